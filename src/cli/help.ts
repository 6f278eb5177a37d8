import { Option, type Argument, type Command, type CommanderError, type HelpConfiguration } from 'commander';
import { messageLanguage, type MessageLanguage } from '../messages/index.js';
import { cliText, langChoices } from '../messages/cli.js';

/**
 * The language of the help and of usage errors, from `--lang` on the command line: they
 * are written before any plan is read. Dutch unless English is asked for.
 */
export function cliLanguage(argv: readonly string[]): MessageLanguage {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return messageLanguage(argv[i + 1]);
    if (arg.startsWith('--lang=')) return messageLanguage(arg.slice('--lang='.length));
  }
  return 'nl';
}

/** The one `--lang` option of every command. */
export function langOption(lang: MessageLanguage): Option {
  return new Option('--lang <lang>', cliText(lang).lang).choices(langChoices);
}

/** Commander's help, with its headings and the notes on choices and defaults in the user's language. */
export function localHelp(lang: MessageLanguage): HelpConfiguration {
  const t = cliText(lang);
  const extra = (choices: readonly string[] | undefined, defaultValue: unknown, description: string): string => {
    const notes: string[] = [];
    if (choices) notes.push(`${t.choices}: ${choices.join(', ')}`);
    if (defaultValue !== undefined && defaultValue !== false && !(Array.isArray(defaultValue) && defaultValue.length === 0)) notes.push(`${t.default}: ${String(defaultValue)}`);
    return notes.length > 0 ? `${description} (${notes.join('; ')})` : description;
  };
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => t.titles[title] ?? title,
    subcommandTerm: (command: Command) => `${command.name()} ${command.usage()}`,
    optionDescription: (option: Option) => extra(option.argChoices, option.negate ? undefined : option.defaultValue, option.description),
    argumentDescription: (argument: Argument) => extra(argument.argChoices, argument.defaultValue, argument.description),
  };
}

/**
 * A usage error in the user's words, with where to read more, instead of commander's English
 * sentence and the whole help. Commander's own text is the source: its error codes say what
 * went wrong, its message holds the names.
 */
export function usageMessage(error: CommanderError, argv: readonly string[], commands: readonly string[], lang: MessageLanguage): string {
  const u = cliText(lang).usage;
  const text = error.message;
  const quoted = (re: RegExp): string => re.exec(text)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(text)?.[1];
  let message: string;
  switch (error.code) {
    case 'commander.unknownOption':
      message = u.unknownOption(quoted(/unknown option '([^']*)'/), suggestion);
      break;
    case 'commander.unknownCommand':
      message = u.unknownCommand(quoted(/unknown command '([^']*)'/), suggestion);
      break;
    case 'commander.optionMissingArgument':
      message = u.missingValue(quoted(/option '([^' ]*)/));
      break;
    case 'commander.invalidArgument':
      message = u.invalidChoice(quoted(/option '([^' ]*)/), quoted(/argument '([^']*)' is invalid/), (/Allowed choices are (.*)\.$/.exec(text)?.[1] ?? '').trim());
      break;
    case 'commander.excessArguments': {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      message = u.tooMany(Number(counts?.[1] ?? 0), Number(counts?.[2] ?? 0));
      break;
    }
    case 'commander.missingArgument':
      message = u.missingArgument(quoted(/argument '([^']*)'/));
      break;
    default:
      message = u.other(text.replace(/^error: /, ''));
  }
  const command = commands.includes(argv[2] ?? '') ? `plan ${argv[2]}` : 'plan';
  return `${command}: ${message}\n${u.seeHelp(command)}`;
}
