import { Command, CommanderError, Option } from 'commander';
import { EXIT, ExitError } from './exit-error.js';

// `plan validate | head` closes the pipe before the report ends: stop writing quietly (the
// exit status still tells the outcome) instead of crashing with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

const program = new Command()
  .name('plan')
  .description('Turn a folder of YAML files into a local alcohol-and-drug policy plan.')
  .version(process.env.npm_package_version ?? '0.1.0')
  .showHelpAfterError()
  .exitOverride();

const langOption = () => new Option('--lang <lang>', 'language of the messages: nl or en (default: the plan\'s language)').choices(['nl', 'en', 'nl-BE', 'nl-NL']);

program
  .command('validate')
  .description('check the YAML files of a plan: syntax, schemas, references and domain rules')
  .argument('[dir]', 'folder of the plan', '.')
  .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github']).default('stylish'))
  .addOption(langOption())
  .option('--strict', 'exit with status 1 on warnings too, not only on errors')
  .action(async (dir: string, options: { format: 'stylish' | 'json' | 'github'; lang?: string; strict?: boolean }) => {
    const { validateCommand } = await import('./commands/validate.js');
    await validateCommand(dir, options);
  });

program
  .command('render')
  .description('render the plan document: HTML and Markdown, and PDF with --pdf')
  .argument('[dir]', 'folder of the plan', '.')
  .option('--out <dir>', 'folder for the rendered files (default: <dir>/out)')
  .option('--format <formats>', 'comma-separated formats: html, md, pdf', 'html,md')
  .option('--pdf', 'also render the PDF for the council packet')
  .option('--templates <dir>', 'folder with html/ and markdown/ partials that replace shipped ones')
  .addOption(langOption())
  .action(async (dir: string, options: { out?: string; format: string; pdf?: boolean; templates?: string; lang?: string }) => {
    const { renderCommand } = await import('./commands/render.js');
    await renderCommand(dir, options);
  });

program
  .command('report')
  .description('render the yearly progress report (voortgangsrapport) from monitoring/<year>.yaml: HTML and Markdown, and PDF with --pdf')
  .argument('[dir]', 'folder of the plan', '.')
  .option('--year <year>', 'year of the report (default: the latest year in monitoring/)')
  .option('--out <dir>', 'folder for the report files (default: <dir>/out)')
  .option('--format <formats>', 'comma-separated formats: html, md, pdf', 'html,md')
  .option('--pdf', 'also render the PDF for the council packet')
  .option('--templates <dir>', 'folder with html/ and markdown/ partials that replace shipped ones')
  .addOption(langOption())
  .action(async (dir: string, options: import('./commands/report.js').ReportCommandOptions) => {
    const { reportCommand } = await import('./commands/report.js');
    await reportCommand(dir, options);
  });

program
  .command('preview')
  .description('show the plan in the browser and update it on every save, until Ctrl-C')
  .argument('[dir]', 'folder of the plan', '.')
  .option('--port <port>', 'port on 127.0.0.1 (default: a free port)')
  .option('--open', 'open the preview in the default browser')
  .option('--templates <dir>', 'folder with html/ partials that replace shipped ones (watched too)')
  .addOption(langOption())
  .action(async (dir: string, options: import('./commands/preview.js').PreviewCommandOptions) => {
    const { previewCommand } = await import('./commands/preview.js');
    await previewCommand(dir, options);
  });

program
  .command('init')
  .description('start a new plan: write the five YAML files with guidance, a README and a .gitignore')
  .argument('[dir]', 'folder for the new plan (created when missing)', '.')
  .option('--municipality <name>', 'name of the municipality')
  .option('--municipalities <names>', 'several municipalities for an intermunicipal plan, separated by commas')
  .option('--period <years>', 'first and last year of the policy period, such as 2026-2031')
  .option('--model <model>', 'pillar model: brugge, vlaams-integraal or trimbos')
  .option('--language <lang>', 'language of the plan: nl-BE, nl-NL or en')
  .option('-y, --yes', 'ask nothing: use the flags and the defaults')
  .option('--force', 'replace plan files that already exist in the folder')
  .addHelpText(
    'after',
    `
In a terminal, plan init asks for what the flags do not give, with the default in brackets.
With --yes, or when input is not a terminal (a pipe, CI), it asks nothing and uses the
defaults: language nl-BE, the period from next year for six years, pillar model brugge
(trimbos for nl-NL) and a TODO for the municipality's name.

It never replaces a file: when plan.yaml, analysis.yaml, stakeholders.yaml, mission.yaml,
goals.yaml or README.md already exists in the folder, it names them, writes nothing and
exits with status 2. --force replaces them (each file atomically). An existing .gitignore
is always left alone.

Exit status: 0 written, 2 a wrong flag value or files in the way, 130 questions broken off.`,
  )
  .action(async (dir: string, options: import('./commands/init.js').InitOptions) => {
    const { initCommand } = await import('./commands/init.js');
    await initCommand(dir, options);
  });

program
  .command('schema')
  .description('show where the JSON Schemas of the five plan files are, or copy them with --out')
  .option('--out <dir>', 'copy the five *.schema.json files into this folder (created when missing)')
  .option('--force', 'with --out: replace schema files that exist and differ')
  .addOption(new Option('--lang <lang>', 'language of the messages: nl (default) or en').choices(['nl', 'en']))
  .addHelpText(
    'after',
    `
Without --out, prints the path of each shipped schema, one a line, for editor settings and
scripts. With --out, copies them; a file that is already identical is left as it is, one
that differs is only replaced with --force (otherwise nothing is written and the exit
status is 2).`,
  )
  .action(async (options: import('./commands/schema.js').SchemaOptions) => {
    const { schemaCommand } = await import('./commands/schema.js');
    await schemaCommand(options);
  });

program
  .command('rules')
  .description('list the domain rules of plan validate, or explain one rule')
  .argument('[id]', 'the rule to explain')
  .addOption(new Option('--lang <lang>', 'language: nl or en').choices(['nl', 'en', 'nl-BE', 'nl-NL']).default('nl'))
  .action(async (id: string | undefined, options: { lang: string }) => {
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
      // Commander already printed the problem; --help and --version end with status 0.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`plan: unexpected error — this is a bug in plan, please report it with the output below.\n${detail}\n`);
      process.exitCode = 70;
    }
  }
}

void main();
