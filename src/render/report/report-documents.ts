import { join } from 'node:path';
import type { MonitoringYear } from '../../monitoring/monitoring-model.js';
import { cleanView } from '../clean-view.js';
import { logoDataUrl } from '../logo.js';
import { documentView, markdownLogoPath, pdfOptions, withLogoSrc, type DocumentInputs, type RenderedFile, type RenderFormat } from '../render-documents.js';
import { buildReportView } from './report-view.js';

/** report-2023.html, report-2023.md, report-2023.pdf. */
export const reportOutputName = (format: RenderFormat, year: number): string => `report-${year}.${format}`;

/**
 * The yearly progress report's documents in the asked formats, in memory, as
 * renderDocuments makes the plan's: this module writes nothing.
 */
export async function renderReportDocuments(formats: readonly RenderFormat[], inputs: DocumentInputs, monitoring: readonly MonitoringYear[], year: number): Promise<RenderedFile[]> {
  const { model, logo, templateSets, outDir } = inputs;
  const view = cleanView(buildReportView(model, documentView(model, logo ? '' : null), monitoring, year));
  const files: RenderedFile[] = [];
  for (const format of formats) {
    const path = join(outDir, reportOutputName(format, year));
    if (format === 'html') {
      const { renderReportHtml } = await import('../html/render-html.js');
      files.push({ format, path, data: renderReportHtml(withLogoSrc(view, logo ? logoDataUrl(logo) : ''), templateSets.get('html')!) });
    } else if (format === 'md') {
      const { renderReportMarkdown } = await import('../markdown/render-markdown.js');
      files.push({ format, path, data: renderReportMarkdown(withLogoSrc(view, logo ? markdownLogoPath(outDir, logo) : ''), templateSets.get('markdown')!) });
    } else {
      const { renderReportPdf } = await import('../pdf/render-pdf.js');
      files.push({ format, path, data: await renderReportPdf(view, pdfOptions(inputs)) });
    }
  }
  return files;
}
