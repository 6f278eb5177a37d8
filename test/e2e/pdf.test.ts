import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { DocumentView } from '../../src/render/document-view.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { scalePlan } from '../../scripts/lib/scale-plan.mjs';
import { examplesDir, fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';
import { FIXED_DATE, flatten, headingLabel, logo, norm, pdfOf, readPdf, viewOf, type ReadPdf } from '../helpers/pdf.js';

const rich = join(fixturesDir, 'pdf-rich');
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The headings of a plan as printed: contents entries, goals and the labels over lists and tables. */
function printedHeadings(view: DocumentView): Set<string> {
  const headings = new Set<string>();
  for (const e of flatten(view.toc)) headings.add(headingLabel(e));
  for (const g of view.goals.productGoals?.goals ?? []) {
    headings.add(norm(`${g.number}. ${g.title}`));
    for (const og of g.operationalGoals) headings.add(headingLabel(og));
  }
  for (const g of view.goals.processGoals?.goals ?? []) headings.add(norm(`${g.number}) ${g.title}`));
  for (const word of [view.labels.operationalGoals, view.labels.indicators, view.labels.actions, `${view.labels.ambitions}:`]) headings.add(word);
  return headings;
}

/** Pages (numbered from 1) whose last line above the footer is a heading. */
function pagesEndingInHeading(view: DocumentView, pages: string[][]): string[] {
  const headings = printedHeadings(view);
  return pages
    .slice(1, -1)
    .map((lines, i) => ({ page: i + 2, last: norm(lines[lines.length - 2] ?? '') }))
    .filter(({ last }) => headings.has(last))
    .map(({ page, last }) => `page ${page}: ${last}`);
}

/** A temporary copy of a plan with plan.yaml changed by `edit`. */
async function planWith(edit: (plan: Record<string, unknown>) => void): Promise<string> {
  const dir = await tempPlan(rich);
  const file = join(dir, 'plan.yaml');
  const plan = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(plan);
  await writeFile(file, stringify(plan));
  return dir;
}

describe('renderPdf on a full plan', () => {
  let view: DocumentView;
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  let pages: string[][];
  const pageText = (n: number): string => pages[n - 1]!.join(' ');

  beforeAll(async () => {
    view = await viewOf(rich);
    bytes = await renderPdf(view, { logo: null, creationDate: FIXED_DATE });
    pdf = await readPdf(bytes);
    pages = pdf.pages.map((lines) => lines.map(norm));
  });

  it('starts with a cover: municipality, title, period, subtitle, status, version and date', () => {
    const cover = pageText(1);
    for (const text of ['Stad Zeebeek', 'Alcohol- en drugbeleidsplan', '2025-2030', 'Samen werken aan een gezonde en veilige gemeente', 'Goedgekeurd', 'Versie 1.3', 'Datum 14 maart 2025']) {
      expect(cover).toContain(norm(text));
    }
    expect(cover).not.toMatch(/pagina \d+ van/);
  });

  it('gives every heading in the contents the page it is printed on', () => {
    const entries = flatten(view.toc, 3);
    expect(entries.length).toBeGreaterThan(20);
    const tocLines = pages.slice(1, 4).flat();
    for (const entry of entries) {
      const label = headingLabel(entry);
      const line = tocLines.find((l) => new RegExp(`^${escape(label)} (\\d+)$`).test(l));
      expect(line, `contents line for "${label}"`).toBeDefined();
      const page = Number(/(\d+)$/.exec(line!)![1]);
      expect(pageText(page), `"${label}" on page ${page}`).toContain(label);
    }
  });

  it('prints every chapter and section heading in the order of the contents', () => {
    const firstBodyPage = pages.findIndex((lines, i) => i > 1 && !lines.some((l) => l.startsWith(view.labels.contents)) && lines.some((l) => l === view.introduction!.title));
    const body = pages.slice(firstBodyPage).flat().join(' ');
    let at = 0;
    for (const entry of flatten(view.toc)) {
      const found = body.indexOf(headingLabel(entry), at);
      expect(found, `"${headingLabel(entry)}" after position ${at}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  it('has a running header and "pagina X van Y" on every page but the cover and the back page', () => {
    const total = pages.length;
    pages.forEach((lines, i) => {
      const page = i + 1;
      if (page === 1 || page === total) {
        expect(lines.join(' ')).not.toMatch(/pagina \d+ van \d+/);
      } else {
        expect(lines[0]).toBe(norm('Alcohol- en drugbeleidsplan 2025-2030 Stad Zeebeek'));
        expect(lines[lines.length - 1]).toBe(`pagina ${page} van ${total}`);
      }
    });
  });

  it('opens chapters on a new page with the large chapter number', () => {
    for (const chapter of [view.analysis, view.missionVision, view.goals]) {
      const page = pages.find((lines) => lines[1] === chapter.number && lines[2] === norm(chapter.title));
      expect(page, `opening page of chapter ${chapter.number}`).toBeDefined();
    }
  });

  it('never leaves a heading alone at the foot of a page', () => {
    expect(pagesEndingInHeading(view, pages)).toEqual([]);
  });

  it('has bookmarks for the chapters and sections', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const outline = (await doc.getOutline()) ?? [];
    await doc.destroy();
    const titles = outline.map((o) => norm(o.title));
    expect(titles).toContain(headingLabel(view.analysis));
    expect(titles).toContain(headingLabel(view.goals));
  });

  it('keeps an operational goal together with its indicator table', () => {
    const goals = (view.goals.productGoals?.goals ?? []).flatMap((g) => g.operationalGoals).filter((og) => og.indicators.length > 0);
    expect(goals.length).toBeGreaterThan(5);
    for (const og of goals) {
      const lines = pages.find((p) => p.includes(headingLabel(og)));
      expect(lines, headingLabel(og)).toBeDefined();
      const after = lines!.slice(lines!.indexOf(headingLabel(og))).join(' ');
      for (const indicator of og.indicators) expect(after, `${og.number}: ${indicator.name}`).toContain(norm(indicator.name));
    }
  });

  it('draws the pillar balance chart with all its text', () => {
    const page = pages.find((lines) => lines.includes(norm(view.overviews.pillarBalance.title)))!.join(' ');
    for (const count of view.overviews.pillarBalance.counts) {
      expect(page).toContain(norm(count.name));
    }
    expect(page).toContain(view.labels.goalsCount);
    expect(page).toContain(view.labels.actionsCount);
  });

  it('prints the stakeholder matrix, the indicator, budget and evaluation tables', () => {
    const all = pages.flat().join(' ');
    expect(all).toContain('Partners 1.1 1.2 1.3');
    expect(all).toContain('Indicator Nulmeting Streefwaarde Bron');
    expect(all).toMatch(/Werkingsmiddelen preventie 2025 Preventie Meerjarenplan € ?42\.000/);
    expect(all).toMatch(/Totaal € ?72\.500/);
    expect(all).toContain('2027 Tussentijdse evaluatie met alle partners en ervaringsdeskundigen Preventiedienst');
  });

  it('ends with the responsible publisher and the adoption on the back page', () => {
    const back = pageText(pages.length);
    expect(back).toContain('V.U. Karel Vermeersch, algemeen directeur, Marktplein 1, 8999 Zeebeek');
    expect(back).toContain('Gemeenteraad van Zeebeek, 28 april 2025');
    expect(back).toContain('GR/2025/117');
    expect(back).toContain('Ine Coppens');
  });

  it('keeps Dutch and French diacritics', () => {
    const all = pages.flat().join(' ');
    for (const word of ['financiële', 'Naïeve', 'geïntegreerde', 'café', 'coördinator', 'één', 'vóór']) expect(all).toContain(word);
  });

  it('renders Markdown, never its syntax', () => {
    const all = pages.flat().join(' ');
    expect(all).toContain('Een plan is maar zo sterk als de partners die het dragen.');
    expect(all).toContain('Meer informatie vindt u op de website van de stad.');
    expect(all).not.toMatch(/\*\*|\]\(|^> |__/m);
    expect(latin1(bytes)).toContain('/URI (https://www.zeebeek.example/drugbeleid)');
  });

  it('embeds its fonts as TrueType subsets', () => {
    const raw = latin1(bytes);
    const descriptors = raw.match(/\/Type \/FontDescriptor/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    expect((raw.match(/\/FontFile2 /g) ?? []).length).toBe(descriptors.length);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3-Bold/);
  });

  it('sets the document information and language', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Alcohol- en drugbeleidsplan 2025-2030',
      Author: 'Stad Zeebeek',
      Subject: 'Samen werken aan een gezonde en veilige gemeente',
      Language: 'nl-BE',
      CreationDate: 'D:20250314120000Z',
      ModDate: 'D:20250314120000Z',
    });
    expect(pdf.info.Keywords).toContain('Preventie');
  });

  it('gives byte-identical output for the same input', async () => {
    const again = await renderPdf(await viewOf(rich), { logo: null, creationDate: FIXED_DATE });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await renderPdf(view, { logo: null, creationDate: new Date(Date.UTC(2026, 0, 1)) });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });
});

describe('renderPdf options and variants', () => {
  it('sets the text in Source Serif when the plan asks for serif', async () => {
    const raw = latin1(await pdfOf(rich, { font: 'serif' }));
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSerif4-Regular/);
    expect(raw).not.toContain('SourceSans3');
  });

  it.each(['logo.png', 'logo.jpg'] as const)('puts a %s logo on the cover as an image', async (name) => {
    const data = await logo(name);
    const raw = latin1(await pdfOf(rich, { logo: { data, mime: name.endsWith('png') ? 'image/png' : 'image/jpeg' } }));
    expect(raw).toContain('/Subtype /Image');
  });

  it('draws an SVG logo as vector graphics', async () => {
    const withLogo = await pdfOf(join(fixturesDir, 'base'), { logo: { data: await logo('logo.svg'), mime: 'image/svg+xml' } });
    const without = await pdfOf(join(fixturesDir, 'base'));
    expect(latin1(withLogo)).not.toContain('/Subtype /Image');
    expect(withLogo.length).toBeGreaterThan(without.length);
  });

  it('prints its own words in the plan language', async () => {
    const dir = await planWith((plan) => {
      plan.language = 'en';
    });
    try {
      const pdf = await readPdf(await pdfOf(dir));
      expect(pdf.pages[1]!.join(' ')).toContain('Contents');
      expect(pdf.pages[2]!.at(-1)).toBe(`page 3 of ${pdf.pages.length}`);
      expect(pdf.info.Language).toBe('en');
    } finally {
      await removeDir(dir);
    }
  });

  it('repeats the header row of a table that runs over pages', async () => {
    const dir = await planWith((plan) => {
      plan.glossary = Array.from({ length: 90 }, (_, i) => ({
        term: `Begrip ${i + 1}`,
        definition: `Uitleg bij begrip ${i + 1}, lang genoeg om een paar regels te vullen in de tabel van de begrippenlijst van dit plan.`,
      }));
    });
    try {
      const pdf = await readPdf(await pdfOf(dir));
      const pages = pdf.pages.filter((lines) => lines.some((l) => /^Begrip \d+ /.test(l)));
      expect(pages.length).toBeGreaterThan(2);
      for (const lines of pages) expect(lines).toContain('Begrip Betekenis');
    } finally {
      await removeDir(dir);
    }
  });

  it('loses nothing on a plan five times the size', async () => {
    const dir = await scalePlan(rich, 5);
    try {
      const view = await viewOf(dir);
      const pdf = await readPdf(await renderPdf(view, { logo: null, creationDate: FIXED_DATE }));
      const all = norm(pdf.pages.flat().join(' '));
      const goals = (view.goals.productGoals?.goals ?? []).flatMap((g) => g.operationalGoals);
      expect(goals.length).toBe(90);
      expect(pagesEndingInHeading(view, pdf.pages)).toEqual([]);
      for (const og of goals) {
        expect(all).toContain(headingLabel(og));
        for (const a of og.actions) expect(all).toContain(norm(a.title));
      }
    } finally {
      await removeDir(dir);
    }
  });
});

describe('plan render --pdf', () => {
  it('writes plan.pdf next to the HTML, byte-identical for the same SOURCE_DATE_EPOCH', async () => {
    const dir = await planWith((plan) => {
      plan.style = { primaryColor: '#7a1f5c', font: 'serif', logo: 'logo.png' };
    });
    try {
      await writeFile(join(dir, 'logo.png'), await logo('logo.png'));
      const env = { SOURCE_DATE_EPOCH: '1742000000' };
      const first = await runPlan(['render', dir, '--pdf', '--out', join(dir, 'a')], { env });
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      const second = await runPlan(['render', dir, '--format', 'pdf', '--out', join(dir, 'b')], { env });
      expect(second.status).toBe(0);
      const a = new Uint8Array(await readFile(join(dir, 'a', 'plan.pdf')));
      const b = new Uint8Array(await readFile(join(dir, 'b', 'plan.pdf')));
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      expect(await readFile(join(dir, 'a', 'plan.html'), 'utf8')).toContain('<html');
      const raw = latin1(a);
      expect(raw.startsWith('%PDF-')).toBe(true);
      expect(raw).toContain('SourceSerif4');
      expect(raw).toContain('/Subtype /Image');
      const pdf = await readPdf(a);
      expect(pdf.info.CreationDate).toBe('D:20250315005320Z');
    } finally {
      await removeDir(dir);
    }
  });
});

describe('renderPdf on other plan shapes', () => {
  it('renders a plan by themes, for several municipalities, in Dutch of the Netherlands', async () => {
    const dir = await tempPlan(join(fixturesDir, 'base'), {
      'goals.yaml': stringify({
        themes: [
          {
            id: 'uitgaan',
            title: 'Veilig uitgaan',
            text: 'Samen met de *horeca*.',
            pillars: ['preventie'],
            actions: [
              { id: 'training', title: 'Training barpersoneel', owner: 'preventiedienst', partners: ['cgg'], start: 2025 },
              { id: 'controles', title: 'Controles bij evenementen', owner: 'lokale-politie', pillars: ['repressie'] },
            ],
          },
          { id: 'school', title: 'Preventie op school', actions: [{ id: 'lessen', title: 'Lessen over alcohol', owner: 'cgg' }] },
        ],
      }),
    });
    try {
      const plan = parse(await readFile(join(dir, 'plan.yaml'), 'utf8')) as Record<string, unknown>;
      plan.language = 'nl-NL';
      plan.municipalities = [
        { id: 'a', name: 'Aardam' },
        { id: 'b', name: 'Beekhuizen' },
        { id: 'c', name: 'Cromvoirt' },
      ];
      plan.partnership = 'Regio Noord';
      await writeFile(join(dir, 'plan.yaml'), stringify(plan));
      const view = await viewOf(dir);
      expect(view.goals.themes?.themes).toHaveLength(2);
      const pdf = await readPdf(await renderPdf(view, { logo: null, creationDate: FIXED_DATE }));
      const all = norm(pdf.pages.flat().join(' '));
      expect(pdf.pages[0]!.join(' ')).toContain('Aardam, Beekhuizen en Cromvoirt');
      expect(pdf.pages[0]!.join(' ')).toContain('Regio Noord');
      for (const text of ['1. Veilig uitgaan', 'Training barpersoneel', 'Controles bij evenementen', '2. Preventie op school', 'Lessen over alcohol', 'Concept']) {
        expect(all).toContain(text);
      }
      expect(pdf.info.Author).toBe('Aardam, Beekhuizen en Cromvoirt');
    } finally {
      await removeDir(dir);
    }
  });
});

const examples = existsSync(examplesDir) ? readdirSync(examplesDir).filter((name) => existsSync(join(examplesDir, name, 'plan.yaml'))) : [];

describe.runIf(examples.length > 0)('renderPdf on the examples', () => {
  it.each(examples)('%s: every contents entry on its page, every goal and action printed, no heading at a page foot', async (name) => {
    const view = await viewOf(join(examplesDir, name));
    const pdf = await readPdf(await renderPdf(view, { logo: null, creationDate: FIXED_DATE }));
    const pages = pdf.pages.map((lines) => lines.map(norm));
    const tocLines = pages.slice(1, 5).flat();
    for (const entry of flatten(view.toc, 3)) {
      const line = tocLines.find((l) => new RegExp(`^${escape(headingLabel(entry))} (\\d+)$`).test(l));
      expect(line, `contents line for "${headingLabel(entry)}"`).toBeDefined();
      const page = Number(/(\d+)$/.exec(line!)![1]);
      expect(pages[page - 1]!.join(' '), `"${headingLabel(entry)}" on page ${page}`).toContain(headingLabel(entry));
    }
    const all = pages.flat().join(' ');
    // A title that wraps in its table cell shares lines with the cells beside it: look for
    // the action's number with the start of its title.
    const start = (title: string): string => norm(title).split(' ').slice(0, 3).join(' ');
    for (const og of (view.goals.productGoals?.goals ?? []).flatMap((g) => g.operationalGoals)) {
      expect(all).toContain(headingLabel(og));
      for (const a of og.actions) expect(all).toContain(`${a.number} ${start(a.title)}`);
    }
    for (const t of view.goals.themes?.themes ?? []) for (const a of t.actions) expect(all).toContain(`${a.number} ${start(a.title)}`);
    expect(pagesEndingInHeading(view, pages)).toEqual([]);
  });
});
