import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { planFiles, type PlanFileKey } from './plan-files.js';
import { parseSource, type SourceFile } from './source-file.js';
import { yamlProblems } from './yaml-problems.js';

/** Plan files past this size are refused: a plan is a few hundred kilobytes at most. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Aliases may repeat a node this many times before the file is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

export interface LoadedFile {
  source: SourceFile;
  /** Plain data of the file, or undefined when the YAML could not be read. */
  data: unknown;
}

export interface LoadResult {
  dir: string;
  files: Partial<Record<PlanFileKey, LoadedFile>>;
  sources: Map<string, SourceFile>;
  diagnostics: Diagnostic[];
}

/** A problem with the folder itself: the CLI reports it as a usage error (exit 2). */
export class PlanFolderError extends Error {
  constructor(
    readonly code: 'folder-missing' | 'folder-not-directory',
    readonly dir: string,
  ) {
    super(`${code}: ${dir}`);
  }
}

export async function loadPlan(dir: string): Promise<LoadResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new PlanFolderError('folder-missing', dir);
  if (!info.isDirectory()) throw new PlanFolderError('folder-not-directory', dir);

  const result: LoadResult = { dir, files: {}, sources: new Map(), diagnostics: [] };
  await Promise.all(
    planFiles.map(async ({ key, file }) => {
      const loaded = await loadFile(join(dir, file), file, result.diagnostics);
      if (loaded) {
        result.files[key] = loaded;
        result.sources.set(file, loaded.source);
      }
    }),
  );
  return result;
}

async function loadFile(path: string, name: string, diagnostics: Diagnostic[]): Promise<LoadedFile | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    diagnostics.push({ code: 'missing-file', severity: 'error', file: name, params: { file: name } });
    return undefined;
  }
  if (!info.isFile()) {
    diagnostics.push({ code: 'not-a-file', severity: 'error', file: name, params: { file: name } });
    return undefined;
  }
  if (info.size > MAX_FILE_BYTES) {
    diagnostics.push({
      code: 'file-too-large',
      severity: 'error',
      file: name,
      params: { file: name, size: Math.round(info.size / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 },
    });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    diagnostics.push({ code: 'unreadable-file', severity: 'error', file: name, params: { file: name, detail: (error as Error).message } });
    return undefined;
  }
  const text = decodeUtf8(bytes, name, diagnostics);
  if (text === undefined) return undefined;

  const source = parseSource(name, text);
  const problems = yamlProblems(source);
  diagnostics.push(...problems);
  if (problems.length > 0) return { source, data: undefined };
  if (source.doc.contents === null) {
    diagnostics.push({ code: 'empty-file', severity: 'error', file: name, line: 1, column: 1, params: { file: name } });
    return { source, data: undefined };
  }
  try {
    return { source, data: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    diagnostics.push({ code: 'yaml-alias-bomb', severity: 'error', file: name, line: 1, column: 1, params: { max: MAX_ALIAS_COUNT } });
    return { source, data: undefined };
  }
}

function decodeUtf8(bytes: Buffer, name: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lossy decode marks the first bad byte with U+FFFD; report where that is.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const lines = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n');
    diagnostics.push({
      code: 'not-utf8',
      severity: 'error',
      file: name,
      line: lines.length,
      column: lines[lines.length - 1]!.length + 1,
      params: { file: name },
    });
    return undefined;
  }
}
