import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlanModel } from '../model/plan-model.js';
import { adoptions } from '../model/adoptions.js';
import { cleanView } from './clean-view.js';
import { buildDocumentView, type DocumentView } from './document-view.js';
import { logoDataUrl, type Logo } from './logo.js';
import type { RenderPdfOptions } from './pdf/render-pdf.js';
import { pillarChartSvg } from './pillar-chart.js';
import { TemplateRuntimeError, templateRuntimeDiagnostic, type TemplateFormat, type TemplateSet } from './templates.js';

export type RenderFormat = 'html' | 'md' | 'pdf';
export const renderFormats: readonly RenderFormat[] = ['html', 'md', 'pdf'];

export interface RenderedFile {
  format: RenderFormat;
  path: string;
  data: string | Uint8Array;
}

export const outputName: Record<RenderFormat, string> = { html: 'plan.html', md: 'plan.md', pdf: 'plan.pdf' };

/** What every format of a document needs besides its view: the checked logo, the template sets, where the files go. */
export interface DocumentInputs {
  model: PlanModel;
  /** The logo the check read and checked; null when the plan has none. */
  logo: Logo | null;
  /** The template sets of the asked formats (html, markdown); the PDF has none. */
  templateSets: ReadonlyMap<TemplateFormat, TemplateSet>;
  outDir: string;
  /** SOURCE_DATE_EPOCH in seconds, for a reproducible PDF creation date. */
  sourceDateEpoch?: number;
}

/**
 * The plan's documents in the asked formats, in memory: this module writes nothing. A
 * template that fails at run time or an unsafe link throws; renderFailure turns that into a
 * diagnostic.
 */
export async function renderDocuments(formats: readonly RenderFormat[], inputs: DocumentInputs): Promise<RenderedFile[]> {
  const { model, logo, templateSets, outDir } = inputs;
  // One view for every format; only where the logo comes from differs between them.
  const view = documentView(model, logo ? '' : null);
  const files: RenderedFile[] = [];
  for (const format of formats) {
    const path = join(outDir, outputName[format]);
    // Each renderer is loaded only when its format is asked for.
    if (format === 'html') {
      const { renderHtml } = await import('./html/render-html.js');
      files.push({ format, path, data: renderHtml(withLogoSrc(view, logo ? logoDataUrl(logo) : ''), templateSets.get('html')!) });
    } else if (format === 'md') {
      const { renderMarkdown } = await import('./markdown/render-markdown.js');
      const logoPath = logo ? markdownLogoPath(outDir, logo) : null;
      files.push({ format, path, data: renderMarkdown(withLogoSrc(view, logoPath ?? ''), templateSets.get('markdown')!, logoPath) });
    } else {
      // pdfmake and its fonts are the heaviest part of the tool.
      const { renderPdf } = await import('./pdf/render-pdf.js');
      const data = await renderPdf(view, pdfOptions(inputs));
      files.push({ format, path, data });
    }
  }
  return files;
}

/** A template failure or an unsafe link while rendering, as a diagnostic; undefined for any other error (a bug). */
export function renderFailure(error: unknown): Diagnostic | undefined {
  if (error instanceof TemplateRuntimeError) return templateRuntimeDiagnostic(error);
  if (error instanceof Error && error.name === 'UnsafeMarkdownError') {
    return { code: 'template-unsafe-link', severity: 'error', params: { href: (error as Error & { href: string }).href } };
  }
  return undefined;
}

export function documentView(model: PlanModel, logoSrc: string | null): DocumentView {
  return cleanView(buildDocumentView(model, {
    logoSrc,
    chartSvg: (counts, labels, colour) => pillarChartSvg(counts, { title: labels.pillarBalance, goals: labels.goalsCount, actions: labels.actionsCount }, colour),
  }));
}

/** The view with the logo's source for one format (a data URL in HTML, a relative path in Markdown). */
export function withLogoSrc<V extends { logo: { src: string; alt: string } | null }>(view: V, src: string): V {
  return view.logo ? { ...view, logo: { ...view.logo, src } } : view;
}

/** The logo as Markdown links it: relative to the output folder, with forward slashes on every system. */
export function markdownLogoPath(outDir: string, logo: Logo): string {
  return relative(outDir, logo.path).split('\\').join('/');
}

/** What the PDF renderers of the plan and the report take besides the view. */
export function pdfOptions({ model, logo, sourceDateEpoch }: DocumentInputs): RenderPdfOptions {
  return { logo: logo ? { data: logo.data, mime: logo.mime } : null, creationDate: creationDate(model, sourceDateEpoch), font: model.plan.style?.font };
}

/**
 * The PDF's creation date must not change between two renders of the same plan, or the
 * bytes differ: SOURCE_DATE_EPOCH when set, else the plan's own dates.
 */
export function creationDate(model: PlanModel, sourceDateEpoch: number | undefined): Date {
  if (sourceDateEpoch !== undefined) return new Date(sourceDateEpoch * 1000);
  const day = model.plan.date ?? adoptions(model.plan).find((a) => a.adoption.date)?.adoption.date;
  if (day) return new Date(`${day}T12:00:00Z`);
  return new Date(Date.UTC(model.plan.period.start, 0, 1, 12));
}
