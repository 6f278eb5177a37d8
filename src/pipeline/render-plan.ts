import { join } from 'node:path';
import { checkPlan, type CheckResult } from './check-plan.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDocuments, renderFailure, type DocumentInputs, type RenderedFile, type RenderFormat } from '../render/render-documents.js';
import { loadTemplates, type TemplateFormat, type TemplateSet } from '../render/templates.js';

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

/**
 * check → templates → view → documents, all in memory. Nothing is written here: the caller
 * (render-one.ts) writes the files only when every format rendered, so a failure never
 * leaves a mix of old and new.
 */
export async function renderPlan(dir: string, options: RenderOptions): Promise<RenderResult> {
  const check = await checkPlan(dir);
  const result = emptyResult(check, dir, options);
  const inputs = await documentInputs(dir, options, result);
  if (!inputs) return result;
  return renderInto(result, () => renderDocuments(options.formats, inputs));
}

export function emptyResult(check: CheckResult, dir: string, options: RenderOptions): RenderResult {
  return { check, diagnostics: check.diagnostics, files: [], outDir: options.outDir ?? join(dir, 'out'), templateLines: new Map() };
}

/**
 * What the renderers need once the check passed: the model, the logo the check read, and the
 * template sets. Undefined, with the problems in the result, when the plan or a template has errors.
 */
export async function documentInputs(dir: string, options: RenderOptions, result: RenderResult): Promise<DocumentInputs | undefined> {
  const model = result.check.model;
  if (hasErrors(result.diagnostics) || !model) return undefined;
  const templateSets = await templateSetsFor(dir, options, result);
  if (hasErrors(result.diagnostics)) return undefined;
  // checkPlan read and checked the logo; its problems are among check.diagnostics.
  return { model, logo: result.check.logo ?? null, templateSets, outDir: result.outDir, sourceDateEpoch: options.sourceDateEpoch };
}

/** Runs the renderers; a template failure or an unsafe link becomes a diagnostic and leaves no files. */
export async function renderInto(result: RenderResult, render: () => Promise<RenderedFile[]>): Promise<RenderResult> {
  try {
    result.files = await render();
  } catch (error) {
    const problem = renderFailure(error);
    if (!problem) throw error;
    result.files = [];
    result.diagnostics = sortDiagnostics([...result.diagnostics, problem]);
  }
  return result;
}

/**
 * The template sets the asked formats need (shipped partials with the overrides laid over
 * them). Their problems join the result's diagnostics; the overrides' lines are kept for
 * code frames.
 */
async function templateSetsFor(dir: string, options: RenderOptions, result: RenderResult): Promise<Map<TemplateFormat, TemplateSet>> {
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
