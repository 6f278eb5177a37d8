import type { Node } from 'yaml';
import { isAlias, isCollection, isMap, isScalar, isSeq } from './yaml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_DEPTH, positionAt, type SourceFile } from './source-file.js';

/**
 * Aliases may copy this many nodes in all. Data built from aliases is shared in memory but
 * walked in full by the validator and the renderers, so "billion laughs" must stop here.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

interface Measure {
  /** Nodes in the subtree once aliases are expanded. */
  size: number;
  /** Collections nested in the subtree, itself included. */
  height: number;
}

const scalarMeasure: Measure = { size: 1, height: 0 };

function children(node: Node): Array<Node | null | undefined> {
  if (isMap(node)) return node.items.flatMap((pair) => [pair.key as Node | null, pair.value as Node | null]);
  if (isSeq(node)) return node.items as Array<Node | null>;
  return [];
}

/**
 * One pass over the composed YAML, in document order, for what the parser leaves to us:
 * duplicate keys, lists or maps used as keys, merge keys (`<<`) of something other than a
 * map, aliases without an anchor or inside their own anchor, alias bombs, and nesting
 * deeper than MAX_DEPTH (also when it is built up through aliases). Each of these would
 * otherwise throw or hang later. Linear in the size of the file; stops at the first
 * problem that makes the rest meaningless.
 */
export function structureProblems(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (node: Node | null | undefined, code: Diagnostic['code'], params: Diagnostic['params']): void => {
    const { line, column } = positionAt(file, node?.range?.[0] ?? 0);
    out.push({ code, severity: 'error', file: file.name, line, column, params });
  };
  const root = file.doc.contents as Node | null;
  if (!root) return out;

  const anchors = new Map<string, Node>();
  // Values of merge keys (`<<: *defaults`) and the items of a merged list, checked when the
  // walk reaches them, so that anchors are resolved as the YAML library resolves them.
  const mergeValues = new Set<Node>();
  const mergeItems = new Set<Node>();
  const measured = new Map<Node, Measure>();
  const open = new Set<Node>();
  let expansion = 0;
  // `depth`: collections around the node. `exit`: the node's children are done.
  const stack: Array<{ node: Node; depth: number; exit: boolean }> = [{ node: root, depth: 0, exit: false }];
  while (stack.length > 0) {
    const { node, depth, exit } = stack.pop()!;
    if (exit) {
      open.delete(node);
      let size = 1;
      let height = 0;
      for (const child of children(node)) {
        const m = (child && measured.get(child)) || scalarMeasure;
        size += m.size;
        height = Math.max(height, m.height);
      }
      measured.set(node, { size, height: height + 1 });
      continue;
    }
    if (mergeValues.has(node) || mergeItems.has(node)) {
      const target = isAlias(node) ? anchors.get(node.source) : node;
      if (isSeq(target) && mergeValues.has(node) && !isAlias(node)) {
        for (const item of target.items) if (item) mergeItems.add(item as Node);
      } else if (target && !isMap(target)) {
        report(node, 'yaml-bad-merge', {});
        return out;
      }
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        report(node, 'yaml-bad-alias', { detail: `*${node.source}` });
      } else if (open.has(target)) {
        report(node, 'yaml-alias-cycle', { alias: node.source });
      } else {
        const m = measured.get(target) ?? scalarMeasure;
        measured.set(node, m);
        expansion += m.size;
        if (expansion > MAX_ALIAS_EXPANSION) {
          report(node, 'yaml-alias-bomb', { max: MAX_ALIAS_EXPANSION });
          return out;
        }
        if (depth + m.height > MAX_DEPTH) {
          report(node, 'yaml-too-deep', { max: MAX_DEPTH });
          return out;
        }
      }
      continue;
    }
    if ('anchor' in node && typeof node.anchor === 'string' && node.anchor !== '') anchors.set(node.anchor, node);
    if (!isCollection(node)) continue;
    if (depth + 1 > MAX_DEPTH) {
      report(node, 'yaml-too-deep', { max: MAX_DEPTH });
      return out;
    }
    if (isMap(node)) {
      if (!checkKeys(node.items, report)) return out;
      for (const pair of node.items) if (isMergeKey(pair.key) && pair.value) mergeValues.add(pair.value as Node);
    }
    open.add(node);
    stack.push({ node, depth, exit: true });
    const list = children(node);
    for (let i = list.length - 1; i >= 0; i--) {
      const child = list[i];
      if (child) stack.push({ node: child, depth: depth + 1, exit: false });
    }
  }
  return out;
}

type Report = (node: Node | null | undefined, code: Diagnostic['code'], params: Diagnostic['params']) => void;

/** `<<` as a merge key (the YAML library marks it with a symbol); a quoted '<<' is a plain key. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/**
 * Keys must be plain values: a list or map as a key cannot become a field. Keys are compared
 * as the data will see them: `1` and `"1"` end up as the same field. Returns false to stop.
 */
function checkKeys(pairs: ReadonlyArray<{ key: unknown }>, report: Report): boolean {
  const seen = new Set<string>();
  for (const { key } of pairs) {
    if (isCollection(key)) {
      report(key, 'yaml-complex-key', {});
      return false;
    }
    if (!isScalar(key) || isMergeKey(key)) continue; // merge keys may repeat
    const name = String(key.value);
    if (seen.has(name)) report(key, 'duplicate-key', { key: name.length > 60 ? `${name.slice(0, 59)}…` : name });
    seen.add(name);
  }
  return true;
}
