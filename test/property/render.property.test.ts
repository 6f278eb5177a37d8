/**
 * Property: any valid plan renders. The base plan with arbitrary text in every free-text
 * field (any code point, Markdown, HTML, Handlebars syntax) and lists of goals, actions and
 * sections repeated, in any of the three languages, goes through renderPlan (in memory,
 * nothing written): it never throws, yields every format asked for, and the HTML holds no
 * active markup from the text. The PDF, slower, gets fewer runs, and passes the
 * machine-checkable PDF/UA-1 conditions (test/helpers/pdfua.ts).
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../../src/pipeline/render-plan.js';
import type { RenderFormat } from '../../src/render/render-documents.js';
import { runs } from '../helpers/bounds.js';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { checkPdfUa, describeFailures } from '../helpers/pdfua.js';
import { planFileKeys } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const planFiles = planFileKeys;
type Data = Record<string, unknown>;
const baseData = Object.fromEntries(planFiles.map((f) => [f, parse(readFileSync(join(base, `${f}.yaml`), 'utf8')) as Data])) as Record<(typeof planFiles)[number], Data>;

/** Free text in the base plan: strings with a capital or a space (ids, choices, years keep their value). */
const isFreeText = (value: string, key: string): boolean => /[A-Z ]/.test(value) && key !== 'language';

function countTexts(value: unknown, key = ''): number {
  if (typeof value === 'string') return isFreeText(value, key) ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countTexts(v, key), 0);
  if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + countTexts(v, k), 0);
  return 0;
}

/** Replaces each free text, in document order, with the next of `texts`. */
function replaceTexts(value: unknown, texts: string[], key = ''): unknown {
  if (typeof value === 'string') return isFreeText(value, key) ? texts.shift()! : value;
  if (Array.isArray(value)) return value.map((v) => replaceTexts(v, texts, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTexts(v, texts, k)]));
  return value;
}

/** A copy of a goal or section with fresh ids throughout, so that ids stay unique. */
function withFreshIds(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withFreshIds(v, suffix));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' && typeof v === 'string' ? `${v}-${suffix}` : withFreshIds(v, suffix)]));
  return value;
}

function repeat(list: unknown, times: number, prefix: string): unknown[] {
  const items = Array.isArray(list) ? list : [];
  return items.flatMap((item, i) => [item, ...Array.from({ length: times }, (_, k) => withFreshIds(item, `${prefix}${i}k${k}`))]);
}

const pieces = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{title}}', '{{#each this}}x{{/each}}', '{{> cover}}', '{{{raw}}}', '\\{{x}}',
  '[a](javascript:alert(1))', '[b](https://example.org)', '**vet**', '_schuin_', '`code`', '\n\n- item\n- item\n\n', '\n\n1. een\n2. twee\n\n',
  '> citaat', '# kop', '| a | b |\n|---|---|\n| 1 | 2 |', '```\nblok\n```', '&amp;', '&#x3C;', '<!--', ']]>', '\u202e', '\u0000', '😀', 'é', '—', ' ', '\n',
);
/**
 * Never empty: titles and names must hold something visible (a title of control characters
 * alone is refused by plan validate, `invisible-text`); the invisible ones stay, after an "x".
 */
const visible = (s: string): string => (/[^\s\p{Cc}\p{Cf}]/u.test(s) ? s : `x${s}`);
const freeText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(visible),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }).map((parts) => `x${parts.join('')}`),
);

const textCount = planFiles.reduce((n, f) => n + countTexts(baseData[f]), 0);

interface PlanShape {
  texts: string[];
  language: string;
  strategicGoals: number;
  operationalGoals: number;
  sections: number;
}

const plans: fc.Arbitrary<PlanShape> = fc.record({
  texts: fc.array(freeText, { minLength: textCount, maxLength: textCount }),
  language: fc.constantFrom('nl-BE', 'nl-NL', 'en'),
  strategicGoals: fc.nat({ max: 2 }),
  operationalGoals: fc.nat({ max: 2 }),
  sections: fc.nat({ max: 2 }),
});

function buildPlan({ texts, language, strategicGoals, operationalGoals, sections }: PlanShape): Record<string, Data> {
  const remaining = [...texts];
  const data = Object.fromEntries(planFiles.map((f) => [f, replaceTexts(structuredClone(baseData[f]), remaining) as Data])) as Record<string, Data>;
  data.plan!.language = language;
  const goals = data.goals!;
  goals.strategicGoals = repeat(
    (goals.strategicGoals as Data[]).map((g) => ({ ...g, operationalGoals: repeat(g.operationalGoals, operationalGoals, 'o') })),
    strategicGoals,
    's',
  );
  const determinants = data.analysis!.determinants as Data;
  determinants.sections = repeat(determinants.sections, sections, 'd');
  return data;
}

/**
 * Tags and attributes that would run something; text never holds a real "<tag". (An image
 * written in Markdown, ![x](https://…), is allowed: it is content, and runs nothing.)
 */
function activeMarkup(html: string): string[] {
  return [...html.matchAll(/<[A-Za-z][^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /^<(script|iframe|object|embed)\b|\son[a-z]+\s*=|\s(href|src)\s*=\s*"?\s*javascript:/i.test(tag));
}

/** A Markdown viewer at its most trusting: raw HTML allowed. */
const permissiveViewer = new MarkdownIt({ html: true });

let dir: string;
beforeAll(async () => {
  dir = await tempPlan(base);
});
afterAll(async () => {
  await removeDir(dir);
});

async function renderArbitrary(plan: PlanShape, formats: RenderFormat[]): Promise<Map<RenderFormat, string | Uint8Array>> {
  const data = buildPlan(plan);
  for (const f of planFiles) await writeFile(join(dir, `${f}.yaml`), stringify(data[f]));
  const result = await renderPlan(dir, { formats, cwd: dir, outDir: join(dir, 'out') });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.code} ${d.file}:${d.line}`), 'a valid plan').toEqual([]);
  expect(result.files.map((f) => f.format)).toEqual(formats);
  return new Map(result.files.map((f) => [f.format, f.data]));
}

describe('renderPlan on arbitrary valid plans', () => {
  it('renders HTML and Markdown without throwing, with no active markup from the text', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const out = await renderArbitrary(plan, ['html', 'md']);
        expect(activeMarkup(out.get('html') as string)).toEqual([]);
        // plan.md as a viewer that lets raw HTML through would show it.
        expect(activeMarkup(permissiveViewer.render(out.get('md') as string))).toEqual([]);
      }),
      { numRuns: runs(60) },
    );
  });

  it('renders the PDF without throwing, passing the PDF/UA-1 checks', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const pdf = (await renderArbitrary(plan, ['pdf'])).get('pdf') as Uint8Array;
        expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        const failures = await checkPdfUa(pdf);
        expect(failures, describeFailures(failures)).toEqual([]);
      }),
      { numRuns: runs(8) },
    );
    // Each run renders a PDF and reads it back with qpdf: on a busy machine, past the default.
  }, 180_000);
});
