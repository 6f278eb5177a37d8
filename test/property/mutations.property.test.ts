/**
 * Property: the base plan with random edits — fields deleted, list items duplicated, values
 * of another type, keys renamed, lines duplicated, dropped or re-indented — goes through
 * the whole check without throwing, and every diagnostic points inside its file. This is
 * where the locator meets real paths into real files.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import { expectPrototypesClean, expectWithinBounds, runs } from '../helpers/bounds.js';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { planFileNames } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const files = planFileNames;
type FileName = (typeof files)[number];
const baseText = Object.fromEntries(files.map((f) => [f, readFileSync(join(base, f), 'utf8')])) as Record<FileName, string>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path in the data, parents before children. */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function parentOf(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const segment of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string | number, Json>)[segment] : undefined;
  return node;
}

/** A value of some other type, or an awkward one of the same. */
const otherValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 2024, 1.5, '', 'yes', 'no', '2025-02-30', 'Lokale Politie', [], {}, [null], { id: 'x' }, ['cgg', 'cgg']),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);

const newKey = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'titel', 'onwer', 'id', 'sections'));

const dataEdit = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'retype', 'rename', 'add'),
  pick: fc.nat(),
  value: otherValue,
  key: newKey,
});

function applyDataEdit(root: Json, edit: { kind: string; pick: number; value: Json; key: string }): Json {
  const all = paths(root).slice(1);
  if (all.length === 0) return edit.value;
  const path = all[edit.pick % all.length]!;
  const parent = parentOf(root, path) as Record<string | number, Json> | Json[];
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const i = last as number;
    if (edit.kind === 'delete') parent.splice(i, 1);
    else if (edit.kind === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]!));
    else if (edit.kind === 'add') parent.push(edit.value);
    else parent[i] = edit.value;
  } else {
    const key = last as string;
    if (edit.kind === 'delete') delete parent[key];
    else if (edit.kind === 'rename') {
      const value = parent[key]!;
      delete parent[key];
      Object.defineProperty(parent, edit.key, { value, enumerable: true, configurable: true, writable: true });
    } else if (edit.kind === 'add' || edit.kind === 'duplicate') {
      Object.defineProperty(parent, edit.key, { value: edit.kind === 'add' ? edit.value : structuredClone(parent[key]!), enumerable: true, configurable: true, writable: true });
    } else parent[key] = edit.value;
  }
  return root;
}

/** Edits of the text itself: what no data edit can make (duplicate keys, bad indentation). */
const textEdit = fc.record({ kind: fc.constantFrom('duplicate-line', 'drop-line', 'indent', 'dedent', 'tab', 'crlf'), pick: fc.nat() });

function applyTextEdit(text: string, edit: { kind: string; pick: number }): string {
  const lines = text.split('\n');
  const i = edit.pick % lines.length;
  const line = lines[i]!;
  if (edit.kind === 'duplicate-line') lines.splice(i, 0, line);
  else if (edit.kind === 'drop-line') lines.splice(i, 1);
  else if (edit.kind === 'indent') lines[i] = ` ${line}`;
  else if (edit.kind === 'dedent') lines[i] = line.replace(/^ /, '');
  else if (edit.kind === 'tab') lines[i] = line.replace(/^ {2}/, '\t');
  else return lines.join('\r\n');
  return lines.join('\n');
}

const mutation = fc.record({
  file: fc.constantFrom(...files),
  dataEdits: fc.array(dataEdit, { maxLength: 4 }),
  textEdits: fc.array(textEdit, { maxLength: 2 }),
});

let dir: string;
beforeAll(async () => {
  dir = await tempPlan(base);
});
afterAll(async () => {
  await removeDir(dir);
});

describe('checkPlan on mutations of the base plan', () => {
  it('never throws, and locates every diagnostic inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ file, dataEdits, textEdits }) => {
        let data = parse(baseText[file]) as Json;
        for (const edit of dataEdits) data = applyDataEdit(data, edit);
        let text = dataEdits.length > 0 ? stringify(data) : baseText[file];
        for (const edit of textEdits) text = applyTextEdit(text, edit);
        await writeFile(join(dir, file), text);
        try {
          const result = await checkPlan(dir);
          expectWithinBounds(result.diagnostics, (name) => result.sources.get(name)?.lines);
          // Only whole-file problems may lack a line: every other one names its place.
          for (const d of result.diagnostics) if (d.line === undefined) expect(['too-many-problems'], d.code).toContain(d.code);
          expectPrototypesClean();
        } finally {
          await writeFile(join(dir, file), baseText[file]);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
