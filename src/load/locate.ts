import type { Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './yaml.js';
import type { DataPath } from '../diagnostics/diagnostic.js';
import { positionAt, type SourceFile } from './source-file.js';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What to point at: the value at the path, or the key that names it. */
export type LocateTarget = 'value' | 'key';

function resolve(file: SourceFile, node: unknown): unknown {
  return isAlias(node) ? node.resolve(file.doc) : node;
}

/** Pairs of each map by key, built on first use: scanning the map per lookup is quadratic in a file with many problems. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairFor(node: unknown, segment: string | number): Pair | undefined {
  if (!isMap(node)) return undefined;
  let index = pairIndex.get(node);
  if (!index) {
    index = new Map();
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      // The first pair with a key wins, as it did with a linear search.
      if (!index.has(key)) index.set(key, pair);
    }
    pairIndex.set(node, index);
  }
  return index.get(String(segment));
}

/**
 * Finds the deepest node on `path` and returns its source range. When the path runs past
 * what exists (a missing field), the range of the nearest existing parent is returned.
 */
export function locate(file: SourceFile, path: DataPath, target: LocateTarget = 'value'): Range {
  let node: unknown = file.doc.contents;
  let rangeNode: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    node = resolve(file, node);
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      rangeNode = item;
      continue;
    }
    const pair = pairFor(node, segment);
    if (!pair) break;
    const last = i === path.length - 1;
    if (last && target === 'key') {
      rangeNode = pair.key;
      break;
    }
    node = pair.value;
    // `key:` with no value has a null value node; point at the key then.
    rangeNode = pair.value ?? pair.key;
    if (pair.value && isScalar(pair.value) && pair.value.source === '' ) rangeNode = pair.key;
  }
  return rangeOf(file, rangeNode);
}

function rangeOf(file: SourceFile, node: unknown): Range {
  const range = (node as Node | null)?.range;
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = positionAt(file, range[0]);
  // A block map's range runs to the start of the next line; clamp to its first line.
  const end = positionAt(file, Math.max(range[0], range[1]));
  const endLine = start.line;
  const endColumn = end.line === start.line ? end.column : (file.lines[start.line - 1]?.length ?? 0) + 1;
  return { line: start.line, column: start.column, endLine, endColumn };
}
