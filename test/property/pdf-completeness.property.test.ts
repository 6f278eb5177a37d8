/**
 * Property: the PDF holds every word of any valid plan (test/helpers/completeness.ts). The
 * fixture with every field filled (pdf-rich) gets long words without a break (pasted URLs,
 * names run together) in its names, titles and texts, wide Markdown tables and lists nested
 * deep (below markdown-it's limit, which `plan validate` reports) in its texts; the PDF made by
 * our engine and by stock pdfmake from the same definition must both hold every word.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestedList, wideTable } from '../../scripts/lib/pathological-plan.mjs';
import { runs } from '../helpers/bounds.js';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { missingWords } from '../helpers/completeness.js';
import { pdfOf, viewOf } from '../helpers/pdf.js';
import { stockPdf } from '../helpers/stock-pdfmake.js';
import { planFileKeys } from '../../src/load/plan-files.js';

const rich = join(fixturesDir, 'pdf-rich');
const planFiles = planFileKeys;
type Data = Record<string, unknown>;
const richData = Object.fromEntries(planFiles.map((f) => [f, parse(readFileSync(join(rich, `${f}.yaml`), 'utf8')) as Data])) as Record<(typeof planFiles)[number], Data>;

type Path = Array<string | number>;

/** Paths of the free texts (a capital or a space: ids, choices, years and dates keep their value); `markdown` for the `text` fields. */
function textPaths(value: unknown, path: Path = [], key = ''): Array<{ path: Path; markdown: boolean }> {
  if (typeof value === 'string') return /[A-Z ]/.test(value) && !['language', 'date', 'period'].includes(key) ? [{ path, markdown: key === 'text' }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => textPaths(v, [...path, i], key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textPaths(v, [...path, k], k));
  return [];
}

const paths = planFiles.flatMap((file) => textPaths(richData[file]).map((p) => ({ file, ...p })));
const markdownPaths = paths.filter((p) => p.markdown);

function setIn(data: Data, path: Path, change: (old: string) => string): void {
  let node: unknown = data;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1]!;
  const parent = node as Record<string | number, unknown>;
  parent[last] = change(String(parent[last]));
}

/** A word without white space or a break opportunity, of letters (accented too) and digits. */
const longWord = fc
  .tuple(fc.integer({ min: 33, max: 4000 }), fc.constantFrom('abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'éèëïöüçàâßøå', 'WMwm'))
  .map(([length, alphabet]) => Array.from({ length }, (_, i) => alphabet[(i * 7 + (i >> 3)) % alphabet.length]).join(''));

const edits = fc.record({
  words: fc.array(fc.tuple(fc.nat(paths.length - 1), longWord), { maxLength: 3 }),
  tables: fc.array(fc.tuple(fc.nat(markdownPaths.length - 1), fc.integer({ min: 1, max: 24 })), { maxLength: 2 }),
  lists: fc.array(fc.tuple(fc.nat(markdownPaths.length - 1), fc.integer({ min: 1, max: 45 })), { maxLength: 2 }),
});

type Edits = typeof edits extends fc.Arbitrary<infer T> ? T : never;

function buildPlan(e: Edits): Record<string, Data> {
  const data = structuredClone(richData) as Record<string, Data>;
  for (const [i, word] of e.words) setIn(data[paths[i]!.file]!, paths[i]!.path, (old) => `${old} ${word}`);
  for (const [i, years] of e.tables) setIn(data[markdownPaths[i]!.file]!, markdownPaths[i]!.path, (old) => `${old}\n\n${wideTable(years)}\n\nNa de tabel.`);
  for (const [i, depth] of e.lists) setIn(data[markdownPaths[i]!.file]!, markdownPaths[i]!.path, (old) => `${old}\n\n${nestedList(depth)}\n\nNa de lijst.`);
  return data;
}

let dir: string;
beforeAll(async () => {
  dir = await tempPlan(rich);
});
afterAll(async () => {
  await removeDir(dir);
});

describe('the PDF of an arbitrary plan', () => {
  it('holds every word of the document view, drawn by our engine and by stock pdfmake', async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (e) => {
        const data = buildPlan(e);
        for (const f of planFiles) await writeFile(join(dir, `${f}.yaml`), stringify(data[f], { lineWidth: 0 }));
        const view = await viewOf(dir);
        expect(missingWords(view, await pdfOf(dir)), 'our engine').toEqual([]);
        expect(missingWords(view, await stockPdf(view)), 'stock pdfmake').toEqual([]);
      }),
      { numRuns: runs(6) },
    );
  }, 600_000);
});
