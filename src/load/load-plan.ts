import { isUtf8 } from 'node:buffer';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readInside, type ReadInside } from '../io/read-inside.js';
import { planFiles, type PlanFileKey } from './plan-files.js';
import { fastParse } from './fast-parse.js';
import { parseSource, type SourceFile } from './source-file.js';
import { structureProblems } from './yaml-structure.js';
import { yamlProblems } from './yaml-problems.js';

/** Plan files past this size are refused: a plan is a few hundred kilobytes at most. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

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
      const loaded = await loadFile(dir, file, result.diagnostics);
      if (loaded) {
        result.files[key] = loaded;
        result.sources.set(file, loaded.source);
      }
    }),
  );
  return result;
}

/** Reads, decodes and parses one YAML file of the plan folder (`name` relative to it); problems go to `diagnostics` (then no data). */
export async function loadFile(dir: string, name: string, diagnostics: Diagnostic[]): Promise<LoadedFile | undefined> {
  // A plan file may be a link, but only to a regular file inside the plan folder: a link to
  // /proc/self/environ would otherwise put the environment (CI tokens) into a code frame.
  const read = await readInside(dir, join(dir, name), MAX_FILE_BYTES);
  if (!read.ok) {
    diagnostics.push(refusedFile(name, read));
    return undefined;
  }
  const bytes = read.bytes;
  const text = decodeUtf8(bytes, name, diagnostics);
  if (text === undefined) return undefined;

  const source = parseSource(name, text);
  // Most files are clean: read them fast, and build the yaml Document (with positions) only
  // for a file the fast path is not certain about, or later when a diagnostic points into it.
  const fast = fastParse(source.text);
  if ('data' in fast) return { source, data: fast.data };
  const slow = parseWithPositions(source);
  diagnostics.push(...slow.diagnostics);
  return { source, data: slow.data };
}

/** The diagnostic for a plan file that was not read; it names the file and quotes nothing of it. */
function refusedFile(file: string, read: Extract<ReadInside, { ok: false }>): Diagnostic {
  const at = { severity: 'error', file } as const;
  switch (read.reason) {
    case 'missing':
      return { ...at, code: 'missing-file', params: { file } };
    case 'broken-link':
      return { ...at, code: 'file-link-broken', params: { file } };
    case 'link-loop':
      return { ...at, code: 'file-link-loop', params: { file } };
    case 'outside':
      return { ...at, code: 'file-outside-plan', params: { file } };
    case 'folder':
    case 'special':
      return { ...at, code: 'not-a-file', params: { file, kind: read.reason } };
    case 'too-large':
      return { ...at, code: 'file-too-large', params: { file, size: Math.round((read.size ?? 0) / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 } };
    case 'unreadable':
      return { ...at, code: 'unreadable-file', params: { file, errorCode: read.errno } };
  }
}

/**
 * The full parse with the yaml library: the data, or every problem with its position (and
 * then no data). What fastParse must agree with whenever it returns data.
 */
export function parseWithPositions(source: SourceFile): { diagnostics: Diagnostic[]; data: unknown } {
  const problems = [...yamlProblems(source), ...structureProblems(source)];
  if (problems.length > 0) return { diagnostics: problems, data: undefined };
  if (source.doc.contents === null) {
    return { diagnostics: [{ code: 'empty-file', severity: 'error', file: source.name, line: 1, column: 1, params: { file: source.name } }], data: undefined };
  }
  // structureProblems has bounded what aliases expand to, in linear time; yaml's own alias
  // count walks the whole document again for every nested alias.
  try {
    return { diagnostics: [], data: source.doc.toJS({ maxAliasCount: -1 }) };
  } catch (error) {
    // structureProblems should have caught whatever makes toJS throw; report, do not crash.
    const detail = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ code: 'yaml-syntax', severity: 'error', file: source.name, line: 1, column: 1, params: { detail } }], data: undefined };
  }
}

function decodeUtf8(bytes: Buffer, name: string, diagnostics: Diagnostic[]): string | undefined {
  // isUtf8 is native and fast; the byte-by-byte search only runs to point at a bad byte.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad === -1) return new TextDecoder('utf-8').decode(bytes);
  // Everything before the bad byte is valid: decode it to count lines and columns.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '');
  // Line breaks as parseSource counts them: CR LF, LF, or a lone CR.
  const lines = before.split(/\r\n|\r|\n/);
  diagnostics.push({
    code: 'not-utf8',
    severity: 'error',
    file: name,
    line: lines.length,
    column: lines[lines.length - 1]!.length + 1,
    params: { file: name, byte: `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}` },
  });
  return undefined;
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
 * Found by hand: a lossy decode marks it with U+FFFD, but the file may hold that character.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // nothing past U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}
