import { Command, CommanderError, Option } from 'commander';
import { EXIT, ExitError } from './exit-error.js';

const program = new Command()
  .name('plan')
  .description('Turn a folder of YAML files into a local alcohol-and-drug policy plan.')
  .version(process.env.npm_package_version ?? '0.1.0')
  .showHelpAfterError()
  .exitOverride();

const langOption = () => new Option('--lang <lang>', 'language of the messages: nl or en (default: the plan\'s language)').choices(['nl', 'en', 'nl-BE', 'nl-NL']);

program
  .command('validate')
  .description('check the YAML files of a plan: syntax, schemas and references')
  .argument('[dir]', 'folder of the plan', '.')
  .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github']).default('stylish'))
  .addOption(langOption())
  .action(async (dir: string, options: { format: 'stylish' | 'json' | 'github'; lang?: string }) => {
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

await main();
