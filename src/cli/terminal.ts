import { Chalk, supportsColor } from 'chalk';
import type { Paint } from '../diagnostics/format.js';

/**
 * How many colours standard output gets, by chalk's rules (its bundled supports-color):
 * FORCE_COLOR=0 or false none, 1, true or empty the 16 basic ones, 2 256, 3 full colour;
 * `--no-color` / `--color` on the command line; otherwise colour only for a terminal that is
 * not TERM=dumb. chalk leaves out NO_COLOR (https://no-color.org), which we add: a non-empty
 * NO_COLOR turns colour off unless FORCE_COLOR or `--color` asks for it in so many words.
 */
export function colorLevel(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): 0 | 1 | 2 | 3 {
  const level = supportsColor === false ? 0 : supportsColor.level;
  const asked = env.FORCE_COLOR !== undefined || argv.some((a) => a === '--color' || a.startsWith('--color='));
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '' && !asked) return 0;
  return level;
}

/** The colours of the stylish report, at the level colorLevel() gives (no colour at 0). */
export function terminalPaint(level: 0 | 1 | 2 | 3 = colorLevel()): Paint | undefined {
  if (level === 0) return undefined;
  const chalk = new Chalk({ level });
  return { red: chalk.red, yellow: chalk.yellow, blue: chalk.blue, bold: chalk.bold, dim: chalk.dim };
}
