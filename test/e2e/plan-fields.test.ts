import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPages } from '../helpers/completeness.js';
import { examplesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';

/**
 * The fields beyond the Brugge shape (#15), rendered from examples/zandmeer by the real CLI:
 * each one must reach the HTML, the Markdown and the PDF, in the same words.
 */
const squash = (s: string): string => s.replace(/\s+/g, '');
const entities: Record<string, string> = { '&amp;': '&', '&#x27;': "'", '&quot;': '"', '&#x3D;': '=', '&lt;': '<', '&gt;': '>' };
const decode = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|#x27|quot|#x3D|lt|gt);/g, (e) => entities[e] ?? e);

let out: string;
const formats: Record<'html' | 'md' | 'pdf', string> = { html: '', md: '', pdf: '' };

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'plan-fields-'));
  const result = await runPlan(['render', join(examplesDir, 'zandmeer'), '--pdf', '--out', out]);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  formats.html = squash(decode(await readFile(join(out, 'plan.html'), 'utf8')));
  formats.md = squash((await readFile(join(out, 'plan.md'), 'utf8')).replace(/\\/g, ''));
  formats.pdf = pdfPages(new Uint8Array(await readFile(join(out, 'plan.pdf')))).join('');
}, 120_000);

afterAll(async () => {
  if (out) await removeDir(out);
});

const expected: Array<[string, string]> = [
  ['the legal basis', 'Wettelijk kader'],
  ['an article of the law', 'artikel 43a'],
  ['a precursor document', 'Evaluatie PHP 2021-2024'],
  ['the inventory, numbered after the analysis', '1.4 Bestaand aanbod'],
  ['an existing initiative', 'Spreekuur verslavingszorg in het jongerencentrum'],
  ['the enforcement chapter', 'Sanctiestrategie'],
  ['a sanction step', 'three strikes out'],
  ['the risk matrix', 'Risicomatrix'],
  ['a risk with its measure', 'Mystery shopping twee keer per jaar'],
  ['a yearly budget line, with its years', '€ 26.000 per jaar × 4 jaar'],
  ['its total over the period', '€ 104.000'],
  ['the income', 'Totaal inkomsten'],
  ['an action budget per year and its total', '€ 4.000 per jaar = € 16.000'],
  ['an action output', 'kaartjes met de leeftijdsgrens: 15.000 stuks'],
  ['an action income', '€ 1.800 bijdrage aan de zaalhuur'],
  ['an indicator direction with a % target', 'daalt naar 25 % (2027)'],
  ['an indicator frequency', 'Meetfrequentie: jaarlijks'],
  ['a non-partner member with a count', 'ouders uit de klankbordgroep (12)'],
  ['a non-partner chair', 'de burgemeester (portefeuillehouder handhaving)'],
  ['target groups of a strategic goal', 'jongeren van 16 en 17 jaar, jongvolwassenen'],
];

describe.each(['html', 'md', 'pdf'] as const)('examples/zandmeer as %s', (format) => {
  it.each(expected)('shows %s', (_what, text) => {
    expect(formats[format]).toContain(squash(text));
  });
});

describe('adoption by several councils', () => {
  it('names each council with its municipality, in every format', async () => {
    const plan = await tempPlan(join(examplesDir, 'kempen'));
    const dir = await mkdtemp(join(tmpdir(), 'plan-fields-adoption-'));
    try {
      const text = await readFile(join(plan, 'plan.yaml'), 'utf8');
      // The intermunicipal example, whose one adoption now names its text "gemeenteraden van ...".
      const ids = ['balen', 'dessel', 'mol'];
      const adoption = `adoption:\n${ids.map((id, i) => `  - { body: gemeenteraad, municipality: ${id}, date: 2024-0${i + 1}-15 }`).join('\n')}\n`;
      await writeFile(join(plan, 'plan.yaml'), text.replace(/^adoption:\n(  .*\n)+/m, '') + adoption);
      const result = await runPlan(['render', plan, '--pdf', '--out', dir]);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const html = squash(decode(await readFile(join(dir, 'plan.html'), 'utf8')));
      const md = squash(await readFile(join(dir, 'plan.md'), 'utf8'));
      const pdf = pdfPages(new Uint8Array(await readFile(join(dir, 'plan.pdf')))).join('');
      for (const found of [html, md, pdf]) {
        expect(found).toContain(squash('gemeenteraad van Balen'));
        expect(found).toContain(squash('gemeenteraad van Mol'));
      }
    } finally {
      await removeDir(dir);
      await removeDir(plan);
    }
  }, 120_000);
});
