/**
 * Property: no dangerous link survives in any output. Texts built from hostile link forms
 * (a javascript:, vbscript:, data: or file: destination written with a backslash, an entity,
 * on the next line, in a reference definition, as an autolink, or split over a title and the
 * text after it) are put into the free-text fields of the base plan, plain ones (titles,
 * names) and Markdown ones alike. The outputs are read back as a viewer reads them
 * (test/helpers/links.ts): every link in plan.md, plan.html and plan.pdf goes to http, https,
 * mailto or a place in the document, and no image loads anything from elsewhere.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../../src/pipeline/render-plan.js';
import type { RenderFormat } from '../../src/render/render-documents.js';
import { runs } from '../helpers/bounds.js';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { htmlLinks, isAllowed, markdownLinks, pdfLinks } from '../helpers/links.js';
import { planFileKeys } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const planFiles = planFileKeys;
type Data = Record<string, unknown>;
const baseData = Object.fromEntries(planFiles.map((f) => [f, parse(readFileSync(join(base, `${f}.yaml`), 'utf8')) as Data])) as Record<string, Data>;

const isFreeText = (value: string, key: string): boolean => /[A-Z ]/.test(value) && key !== 'language' && key !== 'email';

/** Each free text, in document order, gets the next of `texts` (round robin). */
function replaceTexts(value: unknown, texts: string[], state = { i: 0 }, key = ''): unknown {
  if (typeof value === 'string') return isFreeText(value, key) ? texts[state.i++ % texts.length] : value;
  if (Array.isArray(value)) return value.map((v) => replaceTexts(v, texts, state, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTexts(v, texts, state, k)]));
  return value;
}

/** Schemes that run code or read local files, each as a viewer might be handed it. */
const scheme = fc.constantFrom('javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html,', 'file:///etc/', 'javascript\\:', 'javascript&#58;', 'javascript&colon;', '&#106;avascript:', 'java&#x73;cript:', ' javascript:', '\tjavascript:', '//evil.example/', 'relatief/pad');
const payload = fc.constantFrom('alert(1)', 'x', 'passwd', '%0aalert(1)');
const destination = fc.tuple(scheme, payload).map(([s, p]) => `${s}${p}`);
const label = fc.constantFrom('klik', 'hier', 'x', '*vet*', '`code`');

/** One hostile link form around a destination. */
const linkForm = fc.tuple(destination, label, fc.nat({ max: 9 })).map(([d, l, form]) => {
  switch (form) {
    case 0: return `[${l}](${d})`;
    case 1: return `[${l}](\n${d})`;
    case 2: return `[${l}](<${d}>)`;
    case 3: return `[${l}][ref]\n\n[ref]: ${d}\n`;
    case 4: return `[ref]: ${d}\n\nen [${l}][ref]`;
    case 5: return `![${l}](${d})`;
    case 6: return `<${d}>`;
    case 7: return `[${l}](${d} "titel")`;
    case 8: return `[${l}`; // a title ending in "[x", followed by a text starting with "](…)"
    default: return `](${d})`;
  }
});
const safePiece = fc.constantFrom('Een zin.', ' ', '\n', '\n\n', '- item\n', '> citaat\n', '[ok](https://example.org)', '![foto](https://example.org/f.png)', '<mailto:a@b.be>', '**vet**');
const text = fc.array(fc.oneof({ weight: 3, arbitrary: linkForm }, { weight: 2, arbitrary: safePiece }), { minLength: 1, maxLength: 5 }).map((parts) => `T ${parts.join(' ')}`);

/** One plan folder per test: a test that times out must not write into another's plan. */
const dirs = new Map<RenderFormat, string>();
beforeAll(async () => {
  for (const format of ['md', 'pdf'] as const) dirs.set(format, await tempPlan(base));
});
afterAll(async () => {
  for (const dir of dirs.values()) await removeDir(dir);
});

async function render(texts: string[], formats: RenderFormat[]): Promise<Map<RenderFormat, string | Uint8Array>> {
  const dir = dirs.get(formats.includes('pdf') ? 'pdf' : 'md')!;
  for (const f of planFiles) await writeFile(join(dir, `${f}.yaml`), stringify(replaceTexts(structuredClone(baseData[f]), texts)));
  const result = await renderPlan(dir, { formats, cwd: dir, outDir: join(dir, 'out') });
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line}`), 'a valid plan').toEqual([]);
  return new Map(result.files.map((f) => [f.format, f.data]));
}

const bad = (links: Array<{ kind: string; href: string }>): Array<{ kind: string; href: string }> =>
  links.filter((l) => (l.kind === 'html' ? true : l.kind === 'image' ? !/^data:image\//.test(l.href) : !isAllowed(l.href)));

describe('links in the outputs of arbitrary plans', () => {
  it('plan.md and plan.html link only to http, https, mailto or #…, and load no image', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 12 }), async (texts) => {
        const out = await render(texts, ['html', 'md']);
        expect(bad(markdownLinks(out.get('md') as string)), 'plan.md').toEqual([]);
        expect(bad(htmlLinks(out.get('html') as string)), 'plan.html').toEqual([]);
      }),
      { numRuns: runs(40) },
    );
  }, 300_000);

  it('plan.pdf links only to http, https and mailto', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 12 }), async (texts) => {
        const pdf = (await render(texts, ['pdf'])).get('pdf') as Uint8Array;
        expect(pdfLinks(pdf).filter((uri) => !/^(https?:\/\/|mailto:)/i.test(uri))).toEqual([]);
      }),
      { numRuns: runs(5) },
    );
  }, 300_000);
});
