import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { fontDictionary, fontFolders, fontStore } from '../../src/render/pdf/fonts.js';
import { linesBeforeBreak, MIN_LINES } from '../../src/render/pdf/keep-lines.js';
import { renderDefinition, type EngineOptions } from '../../src/render/pdf/pdfmake-engine.js';
import { readPdf } from '../helpers/pdf.js';

describe('linesBeforeBreak', () => {
  const ten = (n: number): number[] => Array.from({ length: n }, () => 10);

  it('keeps a paragraph that fits whole', () => {
    expect(linesBeforeBreak(ten(5), 0, 50, false, true)).toBe(5);
    expect(linesBeforeBreak(ten(5), 0, 500, false, true)).toBe(5);
  });

  it('splits where the room ends when both sides keep two lines', () => {
    expect(linesBeforeBreak(ten(8), 0, 45, false, true)).toBe(4);
  });

  it('takes a line along to the next page rather than leave one there alone (widow)', () => {
    expect(linesBeforeBreak(ten(5), 0, 45, false, true)).toBe(3);
    expect(linesBeforeBreak(ten(6), 0, 55, false, true)).toBe(4);
  });

  it('moves the whole paragraph rather than leave its first line alone at the foot (orphan)', () => {
    expect(linesBeforeBreak(ten(5), 0, 15, false, true)).toBe(0);
    expect(linesBeforeBreak(ten(3), 0, 25, false, true)).toBe(0);
    expect(linesBeforeBreak(ten(2), 0, 15, false, true)).toBe(0);
  });

  it('moves a paragraph on when not even its first line fits', () => {
    expect(linesBeforeBreak(ten(4), 0, 5, false, true)).toBe(0);
  });

  it('does what it can at the top of a page, where moving on gains nothing', () => {
    // A page of one line's room: pdfmake puts the first line anyway.
    expect(linesBeforeBreak(ten(4), 0, 5, true, true)).toBe(1);
    expect(linesBeforeBreak(ten(4), 0, 15, true, true)).toBe(1);
    // The rest of a long paragraph on a following page: two lines stay for the page after.
    expect(linesBeforeBreak(ten(20), 8, 95, true, false)).toBe(9);
    expect(linesBeforeBreak(ten(20), 8, 105, true, false)).toBe(10);
    expect(linesBeforeBreak(ten(20), 8, 115, true, false)).toBe(10);
  });

  it('counts as pdfmake does: a line fits when it is not taller than the room left', () => {
    expect(linesBeforeBreak([10, 10, 10, 10], 0, 40, false, true)).toBe(4);
    expect(linesBeforeBreak([10, 10, 10, 10, 10], 0, 39.999, false, true)).toBe(3);
  });
});

/** A small deterministic random sequence, so every run checks the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Paragraphs whose every word is the paragraph's own tag ("p12"), of 1 to about 12 lines, with varied space between them. */
function paragraphs(seed: number, count = 150): TDocumentDefinitions {
  const next = random(seed);
  const content: Content[] = Array.from({ length: count }, (_, k) => ({
    text: Array.from({ length: 4 + Math.floor(next() * 160) }, () => `p${k}`).join(' '),
    margin: [0, 0, 0, Math.floor(next() * 14)] as [number, number, number, number],
  }));
  return { pageSize: 'A4', pageMargins: [60, 70, 60, 70], content, defaultStyle: { font: 'SourceSans', fontSize: 10, lineHeight: 1.3 } };
}

const engine = (extra: Partial<EngineOptions> = {}): EngineOptions => ({
  fonts: fontDictionary(),
  files: fontStore,
  mayRead: (path) => fontFolders().some((folder) => path.startsWith(folder)),
  ...extra,
});

/** For each paragraph that runs over a page break, its number of lines on each page it is on. */
async function splits(definition: TDocumentDefinitions, options: Partial<EngineOptions>): Promise<{ split: Array<{ paragraph: string; lines: number[] }>; lines: Map<string, number> }> {
  const pdf = await readPdf(new Uint8Array(await renderDefinition(definition, engine(options))));
  const perPage = new Map<string, number[]>();
  pdf.pages.forEach((page, p) => {
    for (const line of page) {
      const tag = line.split(' ')[0]!;
      expect(line.split(' ').every((word) => word === tag), line).toBe(true);
      const counts = perPage.get(tag) ?? [];
      counts[p] = (counts[p] ?? 0) + 1;
      perPage.set(tag, counts);
    }
  });
  const split = [...perPage].map(([paragraph, counts]) => ({ paragraph, lines: counts.filter((n) => n !== undefined) })).filter((s) => s.lines.length > 1);
  return { split, lines: new Map([...perPage].map(([paragraph, counts]) => [paragraph, counts.reduce((a, b) => a + (b ?? 0), 0)])) };
}

describe('widow and orphan control in the PDF', () => {
  it.each([1, 2, 3, 4, 5, 6])('leaves at least two lines of a paragraph on either side of every page break (document %i)', async (seed) => {
    const kept = await splits(paragraphs(seed), {});
    expect(kept.split.length, 'paragraphs run over page breaks').toBeGreaterThan(3);
    for (const { paragraph, lines } of kept.split) {
      for (const n of lines) expect(n, `${paragraph}: ${lines.join(' + ')}`).toBeGreaterThanOrEqual(MIN_LINES);
    }
    // Only where the page breaks changes: every paragraph keeps its lines.
    const plain = await splits(paragraphs(seed), { keepLines: false });
    expect(kept.lines).toEqual(plain.lines);
  });

  it('is needed: pdfmake alone leaves single lines at page breaks in these documents', async () => {
    let lonely = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { split } = await splits(paragraphs(seed), { keepLines: false });
      lonely += split.filter(({ lines }) => lines.some((n) => n < MIN_LINES)).length;
    }
    expect(lonely).toBeGreaterThan(3);
  });
});
