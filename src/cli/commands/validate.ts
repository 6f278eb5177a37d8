import { relative } from 'node:path';
import { checkPlan } from '../../check-plan.js';
import { countDiagnostics, hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, terminalPaint, type OutputFormat } from '../../diagnostics/format.js';
import { messageLanguage } from '../../diagnostics/messages.js';
import { formatCompleteness } from '../../lint/completeness.js';
import { EXIT, ExitError } from '../exit-error.js';
import { useColor } from '../terminal.js';
import { usageFolderError } from '../usage.js';

export interface ValidateOptions {
  format: OutputFormat;
  lang?: string;
  /** Fail (exit 1) on warnings too, not only on errors. */
  strict?: boolean;
}

export async function validateCommand(dir: string, options: ValidateOptions): Promise<void> {
  const result = await checkPlan(dir).catch(usageFolderError(options.lang));
  const lang = messageLanguage(options.lang ?? result.language);
  const shownDir = relative(process.cwd(), dir) || '.';
  const color = options.format === 'stylish' && useColor(process.stdout);
  const paint = terminalPaint(color);
  process.stdout.write(
    formatDiagnostics(options.format, result.diagnostics, {
      lang,
      dir: shownDir,
      color,
      paint,
      lines: (file) => result.sources.get(file)?.lines,
      extra: { completeness: result.completeness ?? null },
    }),
  );
  if (options.format === 'stylish' && result.completeness) process.stdout.write(`\n${formatCompleteness(result.completeness, lang)}`);
  if (hasErrors(result.diagnostics)) throw new ExitError(EXIT.problems);
  if (options.strict && countDiagnostics(result.diagnostics).warning > 0) throw new ExitError(EXIT.problems);
}
