import { Command, CommanderError, Option } from 'commander';
import { outputFormats } from '../diagnostics/format.js';
import { toolVersion } from '../package/tool-version.js';
import { sourceMappedStack } from './bug-report.js';
import { cliText } from '../messages/cli.js';
import { EXIT, ExitError } from './exit-error.js';
import { cliLanguage, langOption, localHelp, usageMessage } from './help.js';

// `plan validate | head` closes the pipe before the report ends: stop writing quietly (the
// exit status still tells the outcome) instead of crashing with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

// Help and usage errors speak the language of `--lang` (Dutch by default); every text is in
// src/messages/cli.ts.
const lang = cliLanguage(process.argv);
const t = cliText(lang);

const program = new Command()
  .name('plan')
  .description(t.program)
  .usage(`${t.usageWords.options} ${t.usageWords.command}`)
  .version(toolVersion(), '-V, --version', t.version)
  .helpOption('-h, --help', t.help)
  .helpCommand('help [command]', t.helpCommand)
  .option('--color', t.color)
  .option('--no-color', t.noColor)
  .addHelpText('after', t.programAfter)
  .configureHelp(localHelp(lang))
  // Usage errors are written by main(), in the user's language and without the whole help.
  .configureOutput({ outputError: () => undefined })
  .showSuggestionAfterError()
  .exitOverride();

program
  .command('validate')
  .description(t.validate.description)
  .argument(`[${t.usageWords.dirs}...]`, t.validate.dirs)
  .usage(`${t.usageWords.options} [${t.usageWords.dirs}...]`)
  .addOption(new Option('--format <format>', t.validate.format).choices(outputFormats).default('stylish'))
  .addOption(langOption(lang))
  .option('--strict', t.validate.strict)
  .addHelpText('after', t.validate.after)
  .action(async (dirs: string[], options: import('./commands/validate.js').ValidateOptions) => {
    const { validateCommand } = await import('./commands/validate.js');
    await validateCommand(dirs, options);
  });

program
  .command('render')
  .description(t.render.description)
  .argument(`[${t.usageWords.dirs}...]`, t.render.dirs)
  .usage(`${t.usageWords.options} [${t.usageWords.dirs}...]`)
  .option('--out <dir>', t.render.out)
  .option('--format <formats>', t.render.format, 'html,md')
  .option('--pdf', t.render.pdf)
  .option('--templates <dir>', t.render.templates)
  .addOption(langOption(lang))
  .addHelpText('after', t.render.after)
  .action(async (dirs: string[], options: import('./commands/render.js').RenderCommandOptions) => {
    const { renderCommand } = await import('./commands/render.js');
    await renderCommand(dirs, options);
  });

program
  .command('report')
  .description(t.report.description)
  .argument(`[${t.usageWords.dir}]`, t.report.dir, '.')
  .usage(`${t.usageWords.options} [${t.usageWords.dir}]`)
  .option('--year <year>', t.report.year)
  .option('--out <dir>', t.report.out)
  .option('--format <formats>', t.report.format, 'html,md')
  .option('--pdf', t.report.pdf)
  .option('--templates <dir>', t.report.templates)
  .addOption(langOption(lang))
  .addHelpText('after', t.report.after)
  .action(async (dir: string, options: import('./commands/report.js').ReportCommandOptions) => {
    const { reportCommand } = await import('./commands/report.js');
    await reportCommand(dir, options);
  });

program
  .command('preview')
  .description(t.preview.description)
  .argument(`[${t.usageWords.dir}]`, t.preview.dir, '.')
  .usage(`${t.usageWords.options} [${t.usageWords.dir}]`)
  .option('--port <port>', t.preview.port)
  .option('--open', t.preview.open)
  .option('--templates <dir>', t.preview.templates)
  .addOption(langOption(lang))
  .addHelpText('after', t.preview.after)
  .action(async (dir: string, options: import('./commands/preview.js').PreviewCommandOptions) => {
    const { previewCommand } = await import('./commands/preview.js');
    await previewCommand(dir, options);
  });

program
  .command('init')
  .description(t.init.description)
  .argument(`[${t.usageWords.dir}]`, t.init.dir, '.')
  .usage(`${t.usageWords.options} [${t.usageWords.dir}]`)
  .option('--municipality <name>', t.init.municipality)
  .option('--municipalities <names>', t.init.municipalities)
  .option('--period <years>', t.init.period)
  .option('--model <model>', t.init.model)
  .option('--language <lang>', t.init.language)
  .option('-y, --yes', t.init.yes)
  .option('--force', t.init.force)
  .addOption(langOption(lang))
  .addHelpText('after', t.init.after)
  .action(async (dir: string, options: import('./commands/init.js').InitOptions) => {
    const { initCommand } = await import('./commands/init.js');
    await initCommand(dir, options);
  });

program
  .command('schema')
  .description(t.schema.description)
  .usage(t.usageWords.options)
  .option('--out <dir>', t.schema.out)
  .option('--force', t.schema.force)
  .addOption(langOption(lang))
  .addHelpText('after', t.schema.after)
  .action(async (options: import('./commands/schema.js').SchemaOptions) => {
    const { schemaCommand } = await import('./commands/schema.js');
    await schemaCommand(options);
  });

program
  .command('rules')
  .description(t.rules.description)
  .argument(`[${t.usageWords.id}]`, t.rules.id)
  .usage(`${t.usageWords.options} [${t.usageWords.id}]`)
  .addOption(langOption(lang))
  .addHelpText('after', t.rules.after)
  .action(async (id: string | undefined, options: { lang?: string }) => {
    const { rulesCommand } = await import('./commands/rules.js');
    rulesCommand(id, options);
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof ExitError) {
      if (error.exitCode !== EXIT.ok && error.message !== `exit ${error.exitCode}`) process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof CommanderError) {
      // --help and --version end with status 0; `plan` alone shows the help and ends with 2.
      if (error.exitCode === 0) {
        process.exitCode = EXIT.ok;
      } else {
        if (error.code !== 'commander.help') process.stderr.write(`${usageMessage(error, process.argv, program.commands.map((c) => c.name()), lang)}\n`);
        process.exitCode = EXIT.usage;
      }
    } else {
      const detail = error instanceof Error ? sourceMappedStack(error.stack ?? error.message) : String(error);
      process.stderr.write(`${cliText(lang).bug}\n${detail}\n`);
      process.exitCode = 70;
    }
  }
}

void main();
