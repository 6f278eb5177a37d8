import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { PlanFolderError } from '../load/load-plan.js';
import { renderPlan, type RenderOptions, type RenderResult } from './render-plan.js';
import { OutputWriteError, writeRenderedFiles } from './write-output.js';

/**
 * What became of one plan of `plan render`: plain data only, so that a worker thread can
 * hand it to the main thread (src/pipeline/render-plans.ts).
 */
export interface RenderOutcome {
  dir: string;
  folderError?: { code: PlanFolderError['code']; dir: string };
  /** The language the plan declares. */
  language?: string;
  diagnostics: Diagnostic[];
  /** Source lines of the files the diagnostics point into, for code frames. */
  lines: Record<string, string[]>;
  /** Paths of the files written; empty when there were errors. */
  written: string[];
  /** The file that could not be written, why, and the files that changed all the same (when a rollback failed). */
  writeError?: { path: string; reason: string; changed: string[] };
}

/** check → render → write, for one plan: the whole of `plan render` but the printing. */
export async function renderAndWrite(dir: string, options: RenderOptions): Promise<RenderOutcome> {
  const outcome: RenderOutcome = { dir, diagnostics: [], lines: {}, written: [] };
  let result;
  try {
    result = await renderPlan(dir, options);
  } catch (error) {
    if (!(error instanceof PlanFolderError)) throw error;
    return { ...outcome, folderError: { code: error.code, dir: error.dir } };
  }
  return writeResult(dir, result);
}

/** Writes a rendered result (of `plan render` or `plan report`) when it has no errors, and says what became of it. */
export async function writeResult(dir: string, result: RenderResult): Promise<RenderOutcome> {
  const outcome: RenderOutcome = { dir, diagnostics: result.diagnostics, lines: {}, written: [], language: result.check.language };
  for (const d of result.diagnostics) {
    if (!d.file || d.file in outcome.lines) continue;
    const lines = result.check.sources.get(d.file)?.lines ?? result.templateLines.get(d.file);
    if (lines) outcome.lines[d.file] = lines;
  }
  if (hasErrors(result.diagnostics)) return outcome;
  try {
    await writeRenderedFiles(result.files);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    return { ...outcome, writeError: { path: error.path, reason: error.reason, changed: [...error.changed] } };
  }
  outcome.written = result.files.map((f) => f.path);
  return outcome;
}
