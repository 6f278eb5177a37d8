import { checkPlan } from './check-plan.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { MONITORING_FOLDER } from '../load/load-monitoring.js';
import { renderReportDocuments } from '../render/report/report-documents.js';
import { documentInputs, emptyResult, renderInto, type RenderOptions, type RenderResult } from './render-plan.js';

export interface ReportOptions extends RenderOptions {
  /** The report year; the latest year with a monitoring file when not given. */
  year?: number;
}

/**
 * check → report view → documents, all in memory, as renderPlan does for the plan. The report
 * year must have its monitoring file; nothing is written here.
 */
export async function renderReport(dir: string, options: ReportOptions): Promise<RenderResult> {
  const check = await checkPlan(dir, { reportYear: options.year });
  const result = emptyResult(check, dir, options);
  const years = check.monitoring.map((m) => m.year);
  const year = options.year ?? years.at(-1) ?? new Date().getUTCFullYear() - 1;
  const file = `${MONITORING_FOLDER}/${year}.yaml`;
  const missing: Diagnostic[] = [];
  // A file of that year that failed its schema is reported already; only a year with no file at all is missing.
  if (!years.includes(year) && !check.sources.has(file) && !check.sources.has(`${MONITORING_FOLDER}/${year}.yml`)) {
    missing.push({ code: 'report-year-missing', severity: 'error', file, params: { year, years: years.join(', '), latest: years.at(-1) } });
  }
  result.diagnostics = sortDiagnostics([...check.diagnostics, ...missing]);
  const inputs = await documentInputs(dir, options, result);
  if (!inputs) return result;
  return renderInto(result, () => renderReportDocuments(options.formats, inputs, check.monitoring, year));
}
