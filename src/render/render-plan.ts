import { join, relative } from 'node:path';
import { checkPlan, type CheckResult } from '../check-plan.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlanModel } from '../model/plan-model.js';
import { cleanView } from './clean-view.js';
import { buildDocumentView, type DocumentView } from './document-view.js';
import { logoDataUrl } from './logo.js';
import { pillarChartSvg } from './pillar-chart.js';
import { loadTemplates, TemplateRuntimeError, templateRuntimeDiagnostic, type TemplateFormat, type TemplateSet } from './templates.js';

export type RenderFormat = 'html' | 'md' | 'pdf';
export const renderFormats: readonly RenderFormat[] = ['html', 'md', 'pdf'];

export interface RenderOptions {
  formats: readonly RenderFormat[];
  /** Where the files go; `<plan>/out` when not given. */
  outDir?: string;
  /** A folder with html/ and markdown/ partials that replace shipped ones. */
  templatesDir?: string;
  /** Folder that file names in messages are shown relative to. */
  cwd: string;
  /** SOURCE_DATE_EPOCH in seconds (checked by parseSourceDateEpoch), for a reproducible PDF creation date. */
  sourceDateEpoch?: number;
}

export interface RenderedFile {
  format: RenderFormat;
  path: string;
  data: string | Uint8Array;
}

export interface RenderResult {
  check: CheckResult;
  /** Every problem, including the plan's own (as `plan validate` shows them). */
  diagnostics: Diagnostic[];
  /** Empty when there is any error: nothing is written then. */
  files: RenderedFile[];
  outDir: string;
  /** Source lines of template overrides, for code frames in messages. */
  templateLines: Map<string, string[]>;
}

export const outputName: Record<RenderFormat, string> = { html: 'plan.html', md: 'plan.md', pdf: 'plan.pdf' };

/**
 * check → view → documents, all in memory. Nothing is written here: the caller writes the
 * files only when every format rendered, so a failure never leaves a mix of old and new.
 */
export async function renderPlan(dir: string, options: RenderOptions): Promise<RenderResult> {
  const check = await checkPlan(dir);
  const outDir = options.outDir ?? join(dir, 'out');
  const result: RenderResult = { check, diagnostics: check.diagnostics, files: [], outDir, templateLines: new Map() };
  if (hasErrors(check.diagnostics) || !check.model) return result;
  const model = check.model;

  // checkPlan read and checked the logo; its problems are among check.diagnostics.
  const logo = check.logo ?? null;
  const templateSets = await templateSetsFor(dir, options, result);
  if (hasErrors(result.diagnostics)) return result;

  // One view for every format; only where the logo comes from differs between them.
  const view = documentView(model, logo ? '' : null);
  const withLogo = (src: string): DocumentView => (view.logo ? { ...view, logo: { ...view.logo, src } } : view);
  try {
    for (const format of options.formats) {
      const path = join(outDir, outputName[format]);
      // Each renderer is loaded only when its format is asked for.
      if (format === 'html') {
        const { renderHtml } = await import('./html/render-html.js');
        result.files.push({ format, path, data: renderHtml(withLogo(logo ? logoDataUrl(logo) : ''), templateSets.get('html')!) });
      } else if (format === 'md') {
        const { renderMarkdown } = await import('./markdown/render-markdown.js');
        const logoPath = logo ? relative(outDir, logo.path).split('\\').join('/') : null;
        result.files.push({ format, path, data: renderMarkdown(withLogo(logoPath ?? ''), templateSets.get('markdown')!, logoPath) });
      } else {
        // pdfmake and its fonts are the heaviest part of the tool.
        const { renderPdf } = await import('./pdf/render-pdf.js');
        const pdfLogo = logo ? { data: logo.data, mime: logo.mime } : null;
        const data = await renderPdf(view, { logo: pdfLogo, creationDate: creationDate(model, options.sourceDateEpoch), font: model.plan.style?.font });
        result.files.push({ format, path, data });
      }
    }
  } catch (error) {
    const unsafe = error instanceof Error && error.name === 'UnsafeMarkdownError' ? (error as Error & { href: string }).href : undefined;
    if (!(error instanceof TemplateRuntimeError) && unsafe === undefined) throw error;
    result.files = [];
    const problem: Diagnostic = error instanceof TemplateRuntimeError ? templateRuntimeDiagnostic(error) : { code: 'template-unsafe-link', severity: 'error', params: { href: unsafe } };
    result.diagnostics = sortDiagnostics([...result.diagnostics, problem]);
  }
  return result;
}

/**
 * The template sets the asked formats need (shipped partials with the overrides laid over
 * them). Their problems join the result's diagnostics; the overrides' lines are kept for
 * code frames.
 */
export async function templateSetsFor(dir: string, options: RenderOptions, result: RenderResult): Promise<Map<TemplateFormat, TemplateSet>> {
  const sets = new Map<TemplateFormat, TemplateSet>();
  const problems: Diagnostic[] = [];
  for (const format of options.formats) {
    const templateFormat = format === 'html' ? 'html' : format === 'md' ? 'markdown' : null;
    if (!templateFormat) continue;
    const set = await loadTemplates(templateFormat, options.templatesDir, dir);
    sets.set(templateFormat, set);
    problems.push(...set.diagnostics);
    for (const source of set.partials.values()) if (source.overridden) result.templateLines.set(source.shown, source.text.split(/\r?\n/));
  }
  result.diagnostics = sortDiagnostics([...result.diagnostics, ...problems]);
  return sets;
}

export function documentView(model: PlanModel, logoSrc: string | null): DocumentView {
  return cleanView(buildDocumentView(model, {
    logoSrc,
    chartSvg: (counts, labels, colour) => pillarChartSvg(counts, { title: labels.pillarBalance, goals: labels.goalsCount, actions: labels.actionsCount }, colour),
  }));
}

/**
 * The PDF's creation date must not change between two renders of the same plan, or the
 * bytes differ: SOURCE_DATE_EPOCH when set, else the plan's own dates.
 */
export function creationDate(model: PlanModel, sourceDateEpoch: number | undefined): Date {
  if (sourceDateEpoch !== undefined) return new Date(sourceDateEpoch * 1000);
  const day = model.plan.date ?? model.plan.adoption?.date;
  if (day) return new Date(`${day}T12:00:00Z`);
  return new Date(Date.UTC(model.plan.period.start, 0, 1, 12));
}
