/**
 * Document structure as data (plan.yaml `structure:`): each preset, an extra chapter placed
 * mid-document and the plan's own action numbers, rendered by the real CLI in HTML, Markdown
 * and PDF. The chapters are read back from each output: the HTML's <h2> headings, the
 * Markdown's "## " lines, the PDF's printed contents and its outline (bookmarks).
 * That `brugge` renders exactly as before is proven by approved-output.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { editFile, examplesDir, fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';
import { norm, readPdf } from '../helpers/pdf.js';

interface Rendered {
  html: string;
  md: string;
  /** The PDF's text, page by page, whitespace collapsed. */
  pdfPages: string[];
  /** The PDF's printed contents: its lines, over as many pages as it takes. */
  contents: string[];
  /** The PDF's outline: top-level titles, each with its children's titles. */
  outline: Array<{ title: string; children: string[] }>;
}

const entities: Record<string, string> = { '&amp;': '&', '&#x27;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
const decode = (s: string): string => s.replace(/&amp;|&#x27;|&quot;|&lt;|&gt;/g, (e) => entities[e]!);

/** Chapter headings of the HTML: every <h2> but the contents and the colophon. */
function htmlChapters(html: string): string[] {
  return [...html.matchAll(/<h2 id="([^"]*)">(?:<span class="number">([^<]*)<\/span> )?([^<]*)<\/h2>/g)]
    .filter(([, id]) => id !== 'inhoud' && id !== 'colofon')
    .map(([, , number, title]) => (number ? `${number} ${decode(title!)}` : decode(title!)));
}

/** Chapter headings of the Markdown: every "## " line but the contents and the colophon. */
function mdChapters(md: string): string[] {
  return md
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3))
    .filter((title) => title !== 'Inhoud' && title !== 'Inhoudsopgave' && title !== 'Colofon');
}

async function render(dir: string): Promise<Rendered> {
  const out = join(dir, 'out');
  const result = await runPlan(['render', dir, '--out', out, '--format', 'html,md,pdf']);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const bytes = new Uint8Array(await readFile(join(out, 'plan.pdf')));
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const outline = ((await doc.getOutline()) ?? []).map((o) => ({ title: norm(o.title), children: (o.items ?? []).map((c) => norm(c.title)) }));
  await doc.destroy();
  const pdf = await readPdf(bytes);
  return {
    html: await readFile(join(out, 'plan.html'), 'utf8'),
    md: await readFile(join(out, 'plan.md'), 'utf8'),
    pdfPages: pdf.pages.map((lines) => norm(lines.join(' '))),
    contents: printedContents(pdf.pages),
    outline,
  };
}

/**
 * The lines of the printed contents: from the page titled "Inhoud", over the pages that follow
 * as long as every line between running head and footer ends in a page number.
 */
function printedContents(pages: string[][]): string[] {
  // "Inhoud" in Flanders, "Inhoudsopgave" in the Netherlands.
  const isHead = (line: string): boolean => line === 'Inhoud' || line === 'Inhoudsopgave';
  const first = pages.findIndex((lines) => lines.some(isHead));
  const lines = pages[first]!.slice(pages[first]!.findIndex(isHead) + 1, -1);
  for (const page of pages.slice(first + 1)) {
    const body = page.slice(1, -1);
    if (!body.every((line) => /\d+$/.test(line))) break;
    lines.push(...body);
  }
  return lines.map(norm);
}

/** The chapters stand in the printed contents in this order, each with its page number. */
function expectInContentsOrder(contentsLines: string[], chapters: string[]): void {
  const contents = contentsLines.join(' | ');
  let from = 0;
  for (const chapter of chapters) {
    const at = contents.indexOf(norm(chapter), from);
    expect(at, `"${chapter}" in the printed contents, after the chapter before it`).toBeGreaterThanOrEqual(0);
    from = at + chapter.length;
  }
}

/** One case: a plan folder made from `from` by `change`, rendered once in every format. */
function renderedCase(from: string, change: (dir: string) => Promise<void>): () => Rendered {
  let dir = '';
  let rendered: Rendered | undefined;
  beforeAll(async () => {
    dir = await tempPlan(from);
    await change(dir);
    rendered = await render(dir);
  });
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });
  return () => rendered!;
}

const appendToPlan = (text: string) => (dir: string) => editFile(dir, 'plan.yaml', (yaml) => `${yaml.trimEnd()}\n${text}`);

describe('structure: { preset: php-nl } — a Dutch preventie- en handhavingsplan', () => {
  const out = renderedCase(join(examplesDir, 'gemeente-x'), appendToPlan('structure:\n  preset: php-nl\n'));
  // gemeente-x renames the analysis chapter in `labels:`; the plan's own label wins over the preset's title.
  const chapters = ['Inleiding', '1 Lokale analyse', '2 Ambitie en doelstellingen', '3 Uitgangspunten', '4 Activiteiten', '5 Samenwerking en evaluatie', '6 Budget'];

  it('puts H1 to H5 in their order in HTML, Markdown and the PDF (contents and outline), with no overviews', () => {
    const { html, md, contents, outline } = out();
    expect(htmlChapters(html)).toEqual(chapters);
    expect(mdChapters(md)).toEqual(chapters);
    expectInContentsOrder(contents, chapters);
    expect(outline.map((o) => o.title)).toEqual(chapters.map((c) => c.replace(/^(\d+) /, '$1 ')));
    expect(html).not.toContain('id="overzichten"');
  });

  it('gives the goals chapter no period, and its sections no number beside the goals', () => {
    const { html, md } = out();
    expect(md).toContain('## 2 Ambitie en doelstellingen\n');
    expect(md).not.toContain('2024-2027\n\n### ');
    expect(html).toContain('<h3 id="procesdoelstellingen">Procesdoelstellingen</h3>');
  });

  it('puts the themes straight under the goals chapter, in the contents and the PDF outline', () => {
    const { html, md, outline } = out();
    expect(html).toContain('<h3 id="thema-1"><span class="number">1</span> Minderjarigen en middelengebruik</h3>');
    expect(md).toContain('  - [1 Minderjarigen en middelengebruik](#1-minderjarigen-en-middelengebruik)');
    expect(outline.find((o) => o.title === '2 Ambitie en doelstellingen')!.children).toContain('1 Minderjarigen en middelengebruik');
  });

  it('shows the actions once, in H4, and the evaluation as the last section of H5', () => {
    const { md, outline } = out();
    expect(md.match(/^#+ Actie 1: /gm)).toHaveLength(1);
    expect(md.indexOf('Actie 1: ')).toBeGreaterThan(md.indexOf('## 4 Activiteiten'));
    expect(md).toMatch(/## 5 Samenwerking en evaluatie\n[\s\S]*### Partners[\s\S]*### Evaluatie en monitoring\n[\s\S]*## 6 Budget/);
    expect(outline.find((o) => o.title === '5 Samenwerking en evaluatie')!.children).toEqual(['Evaluatie en monitoring']);
  });
});

describe('structure: { preset: actieplan } — examples/hoeverdonk, a one-year action plan', () => {
  const out = renderedCase(join(examplesDir, 'hoeverdonk'), async () => {});
  const chapters = ['Inleiding', '1 Acties', '2 Budget', '3 Wie doet wat', '4 Evaluatie en monitoring', 'Begrippenlijst'];

  it('has no analysis or mission chapter: actions, budget, who does what', () => {
    const { html, md, contents, outline } = out();
    expect(htmlChapters(html)).toEqual(chapters);
    expect(mdChapters(md)).toEqual(chapters);
    expectInContentsOrder(contents, chapters);
    expect(outline.map((o) => o.title)).toEqual(chapters);
  });

  it('numbers the eight actions 1 to 8 and prints the budget total in every format', () => {
    const { html, md, pdfPages } = out();
    const numbers = [...md.matchAll(/^### Actie (\d+): /gm)].map((m) => m[1]);
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(html).toContain('<h3 id="actie-8">Actie 8: Lokaal overleg en evaluatie van het actieplan</h3>');
    // Amounts are printed with a no-break space after the euro sign.
    for (const text of [html, md, pdfPages.join(' ')]) expect(text.replace(/\u00a0/g, ' ')).toContain('€ 14.150');
  });

  it('prints a one-year period once: 2026, not 2026-2026', () => {
    const { html, md, pdfPages } = out();
    for (const text of [html, md, pdfPages.join(' ')]) expect(text).not.toContain('2026-2026');
  });
});

describe('structure: parts — an extra chapter placed between the analysis and the mission', () => {
  const out = renderedCase(
    join(fixturesDir, 'base'),
    appendToPlan(
      [
        'chapters:',
        '  - id: communicatie',
        '    title: Communicatie',
        '    text: Hoe we over het plan communiceren.',
        '    sections:',
        '      - title: Kanalen',
        '        text: Website, nieuwsbrief en de lokale krant.',
        'structure:',
        '  parts:',
        '    - introduction',
        '    - overviews',
        '    - analysis',
        '    - chapter: communicatie',
        '    - mission',
        '    - part: goals',
        '      title: Wat we willen bereiken',
        '    - evaluation',
        '',
      ].join('\n'),
    ),
  );
  const chapters = ['Inleiding', 'Overzichten', '1 Conclusie lokale omgevingsanalyse', '2 Communicatie', '3 Missie en visie', '4 Wat we willen bereiken 2024-2027', '5 Evaluatie en monitoring'];

  it('numbers every chapter from its place, in all three formats', () => {
    const { html, md, contents, outline } = out();
    expect(htmlChapters(html)).toEqual(chapters);
    expect(mdChapters(md)).toEqual(chapters);
    expectInContentsOrder(contents, chapters);
    expect(outline.map((o) => o.title)).toEqual(chapters);
  });

  it('moves the sections with their chapter: 2.1 Kanalen, 3.1 Missie, 4.1 Procesdoelstellingen', () => {
    const { md, outline } = out();
    expect(md).toContain('### 2.1 Kanalen');
    expect(md).toContain('### 3.1 Missie');
    expect(md).toContain('### 4.1 Procesdoelstellingen');
    expect(outline.find((o) => o.title === '2 Communicatie')!.children).toEqual(['2.1 Kanalen']);
  });
});

describe('structure: { numberGoalSections: false } — the Brugge structure without numbers on the goal sections', () => {
  const out = renderedCase(join(fixturesDir, 'base'), appendToPlan('structure:\n  numberGoalSections: false\n'));

  it('leaves "Procesdoelstellingen" and "Productdoelstellingen" unnumbered and keeps the goals\' own numbers, in all three formats', () => {
    const { html, md, pdfPages } = out();
    expect(md).toContain('### Procesdoelstellingen');
    expect(md).toContain('### Productdoelstellingen');
    expect(md).not.toContain('### 3.1 Procesdoelstellingen');
    expect(md).toContain('##### 1.1 Scholen werken preventief');
    expect(html).not.toMatch(/<span class="number">3\.1<\/span> Procesdoelstellingen/);
    const pdf = pdfPages.join('\n');
    expect(pdf).toContain('Procesdoelstellingen');
    expect(pdf).not.toMatch(/3\.1\s+Procesdoelstellingen/);
  });
});

describe('structure: { actionNumbers: own } — the plan keeps its own action numbers', () => {
  const out = renderedCase(join(fixturesDir, 'base'), async (dir) => {
    await appendToPlan('structure:\n  actionNumbers: own\n')(dir);
    await editFile(dir, 'goals.yaml', (yaml) => yaml.replace('          - id: vorming-leerkrachten\n', '          - id: vorming-leerkrachten\n            number: A7\n'));
  });

  it('prints "Actie A7" in HTML, Markdown and PDF', () => {
    const { html, md, pdfPages } = out();
    expect(html).toContain('Actie A7: Vorming voor leerkrachten');
    expect(md).toContain('Actie A7: Vorming voor leerkrachten');
    expect(pdfPages.join(' ')).toContain('A7 Vorming voor leerkrachten');
    expect(md).not.toContain('Actie 1.1.1');
  });
});
