import { join, relative } from 'node:path';
import { checkPlan } from '../../check-plan.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { MONITORING_FOLDER } from '../../load/load-monitoring.js';
import { cleanView } from '../clean-view.js';
import { logoDataUrl } from '../logo.js';
import { creationDate, documentView, templateSetsFor, type RenderFormat, type RenderOptions, type RenderResult } from '../render-plan.js';
import { TemplateRuntimeError, templateRuntimeDiagnostic } from '../templates.js';
import { buildReportView, type ReportView } from './report-view.js';

export interface ReportOptions extends RenderOptions {
  /** The report year; the latest year with a monitoring file when not given. */
  year?: number;
}

/** report-2023.html, report-2023.md, report-2023.pdf. */
export const reportOutputName = (format: RenderFormat, year: number): string => `report-${year}.${format}`;

/**
 * check → report view → documents, all in memory, as renderPlan does for the plan. The report
 * year must have its monitoring file; nothing is written here.
 */
export async function renderReport(dir: string, options: ReportOptions): Promise<RenderResult> {
  const check = await checkPlan(dir, { reportYear: options.year });
  const outDir = options.outDir ?? join(dir, 'out');
  const result: RenderResult = { check, diagnostics: check.diagnostics, files: [], outDir, templateLines: new Map() };
  const years = check.monitoring.map((m) => m.year);
  const year = options.year ?? years.at(-1) ?? new Date().getUTCFullYear() - 1;
  const file = `${MONITORING_FOLDER}/${year}.yaml`;
  const missing: Diagnostic[] = [];
  // A file of that year that failed its schema is reported already; only a year with no file at all is missing.
  if (!years.includes(year) && !check.sources.has(file) && !check.sources.has(`${MONITORING_FOLDER}/${year}.yml`)) {
    missing.push({ code: 'report-year-missing', severity: 'error', file, params: { year, years: years.join(', '), latest: years.at(-1) } });
  }
  result.diagnostics = sortDiagnostics([...check.diagnostics, ...missing]);
  if (hasErrors(result.diagnostics) || !check.model) return result;
  const model = check.model;

  // checkPlan read and checked the logo; its problems are among check.diagnostics.
  const logo = check.logo ?? null;
  const templateSets = await templateSetsFor(dir, options, result);
  if (hasErrors(result.diagnostics)) return result;

  const view = cleanView(buildReportView(model, documentView(model, logo ? '' : null), check.monitoring, year));
  const withLogo = (src: string): ReportView => (view.logo ? { ...view, logo: { ...view.logo, src } } : view);
  try {
    for (const format of options.formats) {
      const path = join(outDir, reportOutputName(format, year));
      if (format === 'html') {
        const { renderReportHtml } = await import('../html/render-html.js');
        result.files.push({ format, path, data: renderReportHtml(withLogo(logo ? logoDataUrl(logo) : ''), templateSets.get('html')!) });
      } else if (format === 'md') {
        const { renderReportMarkdown } = await import('../markdown/render-markdown.js');
        result.files.push({ format, path, data: renderReportMarkdown(withLogo(logo ? relative(outDir, logo.path).split('\\').join('/') : ''), templateSets.get('markdown')!) });
      } else {
        const { renderReportPdf } = await import('../pdf/render-pdf.js');
        const pdfLogo = logo ? { data: logo.data, mime: logo.mime } : null;
        result.files.push({ format, path, data: await renderReportPdf(view, { logo: pdfLogo, creationDate: creationDate(model, options.sourceDateEpoch), font: model.plan.style?.font }) });
      }
    }
  } catch (error) {
    if (!(error instanceof TemplateRuntimeError)) throw error;
    result.files = [];
    result.diagnostics = sortDiagnostics([...result.diagnostics, templateRuntimeDiagnostic(error)]);
  }
  return result;
}
