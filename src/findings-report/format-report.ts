import { countDiagnostics, type Diagnostic, type DiagnosticCounts } from '../diagnostics/diagnostic.js';
import { formatStylish, githubAnnotations, joinPath, noPaint, summaryLine, type FormatOptions, type OutputFormat, type Paint } from '../diagnostics/format.js';
import { renderMessage, type MessageLanguage } from '../messages/index.js';
import { outputText } from '../messages/output.js';
import { formatSarif } from './sarif.js';
import type { Completeness } from '../lint/completeness.js';

/** One plan of a `plan validate` run, ready to report. */
export interface PlanReport {
  /** The folder as the user named it, relative to the working folder. */
  dir: string;
  /** The same folder, absolute: for paths relative to the workspace or repository root. */
  absoluteDir: string;
  diagnostics: readonly Diagnostic[];
  lines: (file: string) => readonly string[] | undefined;
  completeness?: Completeness;
}

export interface ReportOptions {
  lang: MessageLanguage;
  paint?: Paint;
  /** GITHUB_WORKSPACE, absolute, for the github format's paths. */
  workspace?: string;
  /** The repository root, absolute: SARIF locations are relative to it. */
  repositoryRoot: string;
  toolVersion: string;
  /** Writes the completeness summary of one plan for the stylish report (src/lint/completeness.ts). */
  completenessText?: (completeness: Completeness) => string;
}

/** The version of the `--format json` output; schemas/reports/validate-report.schema.json describes it. */
export const JSON_REPORT_VERSION = 1;


/** The total line under a report of several plans. */
export function totalLine(plans: ReadonlyArray<{ diagnostics: readonly Diagnostic[] }>, lang: MessageLanguage): string {
  const all = plans.flatMap((p) => p.diagnostics);
  const failing = plans.filter((p) => p.diagnostics.some((d) => d.severity === 'error')).length;
  return outputText(lang).total(plans.length, failing, countDiagnostics(all));
}

/** The whole report of a run over one or more plans, in one output format. */
export function formatReport(format: OutputFormat, plans: readonly PlanReport[], options: ReportOptions): string {
  if (format === 'json') return formatJsonReport(plans, options);
  if (format === 'sarif') return formatSarif(plans, options);
  const formatOptions = (plan: PlanReport): FormatOptions => ({
    lang: options.lang,
    dir: plan.dir,
    color: options.paint !== undefined,
    paint: options.paint,
    lines: plan.lines,
    workspace: options.workspace ? { root: options.workspace, planDir: plan.absoluteDir } : undefined,
  });
  if (format === 'github') {
    const annotations = plans.flatMap((plan) => githubAnnotations(plan.diagnostics, formatOptions(plan)));
    const last = plans.length === 1 ? summaryLine(plans[0]!.diagnostics, options.lang) : totalLine(plans, options.lang);
    return `${[...annotations, last].join('\n')}\n`;
  }
  const paint = options.paint ?? noPaint;
  const blocks = plans.map((plan) => {
    const head = plans.length > 1 ? `${paint.bold(plan.dir)}\n` : '';
    const completeness = plan.completeness && options.completenessText ? `\n${options.completenessText(plan.completeness)}` : '';
    return `${head}${formatStylish(plan.diagnostics, formatOptions(plan))}${completeness}`;
  });
  if (plans.length > 1) blocks.push(`${totalLine(plans, options.lang)}\n`);
  return blocks.join('\n');
}

const counts = (list: readonly Diagnostic[]) => {
  const c = countDiagnostics(list);
  return { errors: c.error, warnings: c.warning, infos: c.info };
};

function formatJsonReport(plans: readonly PlanReport[], options: ReportOptions): string {
  const diagnostics = plans.flatMap((plan) =>
    plan.diagnostics.map((d) => {
      const { message, hint } = renderMessage(d, options.lang);
      return {
        plan: plan.dir,
        file: d.file ? joinPath(plan.dir, d.file) : plan.dir,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        code: d.code,
        rule: d.rule,
        message,
        hint,
        path: d.path,
      };
    }),
  );
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'plan', version: options.toolVersion },
    plans: plans.map((plan) => ({ dir: plan.dir, summary: counts(plan.diagnostics), completeness: plan.completeness ?? null })),
    diagnostics,
    summary: { plans: plans.length, plansWithErrors: plans.filter((p) => p.diagnostics.some((d) => d.severity === 'error')).length, ...counts(plans.flatMap((p) => p.diagnostics)) },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
