import { resolve } from 'node:path';
import { countDiagnostics, hasErrors } from '../../diagnostics/diagnostic.js';
import type { OutputFormat } from '../../diagnostics/format.js';
import { messageLanguage } from '../../messages/index.js';
import { formatReport, type PlanReport } from '../../findings-report/format-report.js';
import { formatCompleteness } from '../../lint/completeness.js';
import { checkPlans } from '../../pipeline/check-plans.js';
import { repositoryRoot } from '../../findings-report/repository-root.js';
import { toolVersion } from '../../package/tool-version.js';
import { EXIT, ExitError } from '../exit-error.js';
import { terminalPaint } from '../terminal.js';
import { folderErrorMessage, planFolders, shownFolder, usageFolderError, worst } from '../usage.js';

export interface ValidateOptions {
  format: OutputFormat;
  lang?: string;
  /** Fail (exit 1) on warnings too, not only on errors. */
  strict?: boolean;
}

export async function validateCommand(args: readonly string[], options: ValidateOptions): Promise<void> {
  const cwd = process.cwd();
  const folders = await planFolders(args, cwd, options.lang);
  const checks = await checkPlans(folders);
  // One folder that cannot be read is a usage error, as it always was; among several, the
  // others are still checked and the run ends with the worst status.
  if (checks.length === 1 && checks[0]!.folderError) usageFolderError(options.lang)(checks[0]!.folderError);
  let status: number = EXIT.ok;
  const reports: PlanReport[] = [];
  for (const check of checks) {
    if (check.folderError) {
      process.stderr.write(`${folderErrorMessage(options.lang, check.folderError)}\n`);
      status = worst(status, EXIT.usage);
      continue;
    }
    const result = check.result!;
    reports.push({
      dir: shownFolder(check.dir, cwd),
      absoluteDir: resolve(cwd, check.dir),
      diagnostics: result.diagnostics,
      lines: (file) => result.sources.get(file)?.lines,
      completeness: result.completeness,
    });
    if (hasErrors(result.diagnostics) || (options.strict && countDiagnostics(result.diagnostics).warning > 0)) status = worst(status, EXIT.problems);
  }
  const lang = messageLanguage(options.lang ?? checks.find((c) => c.result)?.result?.language);
  process.stdout.write(
    formatReport(options.format, reports, {
      lang,
      paint: options.format === 'stylish' ? terminalPaint() : undefined,
      workspace: process.env.GITHUB_WORKSPACE ? resolve(cwd, process.env.GITHUB_WORKSPACE) : undefined,
      repositoryRoot: repositoryRoot(cwd, process.env),
      toolVersion: toolVersion(),
      completenessText: (c) => formatCompleteness(c, lang),
    }),
  );
  if (status !== EXIT.ok) throw new ExitError(status);
}
