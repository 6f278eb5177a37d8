import { describe, expect, it } from 'vitest';
import { mergeInlines, type LaidOutInline, type LaidOutPage } from '../../src/render/pdf/pdfmake-engine.js';

const regular = { name: 'regular' };
const bold = { name: 'bold' };

/** A line of runs laid out one after the other, as pdfmake's layout leaves them. */
function line(...runs: Array<Partial<LaidOutInline> & { text: string }>): { inlines: LaidOutInline[]; _pageNodeRef?: unknown } {
  let x = 0;
  const inlines = runs.map((run) => {
    const width = run.width ?? run.text.length * 5;
    const inline: LaidOutInline = { font: regular, fontSize: 10, height: 12, color: '#000', ...run, x, width };
    x += width;
    return inline;
  });
  return { inlines };
}

const pageOf = (...lines: Array<ReturnType<typeof line>>): LaidOutPage => ({ items: lines.map((item) => ({ type: 'line', item })) });
const texts = (l: ReturnType<typeof line>): string[] => l.inlines.map((i) => i.text);

describe('joining the runs of a laid-out line', () => {
  it('draws the words of a line in one style as one run, as wide as the words together', () => {
    const l = line({ text: 'Samen ' }, { text: 'werken ' }, { text: 'aan' });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['Samen werken aan']);
    expect(l.inlines[0]!.x).toBe(0);
    expect(l.inlines[0]!.width).toBe(80);
  });

  it('starts a new run where the style changes', () => {
    const l = line({ text: 'Trekker: ', font: bold }, { text: 'Stad ' }, { text: 'Brugge ' }, { text: 'en ', color: '#f00' }, { text: 'CGG' });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['Trekker: ', 'Stad Brugge ', 'en ', 'CGG']);
    expect(l.inlines.map((i) => i.x)).toEqual([0, 45, 105, 120]);
  });

  it('joins only after a space, where the text is measured word by word anyway', () => {
    const l = line({ text: 'West-' }, { text: 'Vlaanderen ' }, { text: 'CLB' }, { text: "'s" });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['West-', "Vlaanderen CLB", "'s"]);
  });

  it('keeps runs apart that are not side by side, and page numbers the contents fills in', () => {
    const gap = line({ text: 'a ' }, { text: 'b' });
    gap.inlines[1]!.x += 3;
    const justified = line({ text: 'a ' }, { text: 'b', justifyShift: 2 });
    const reference = line({ text: 'Inleiding ' }, { text: '00', _pageNodeRef: {} });
    const referenceLine = line({ text: '1 ' }, { text: '2' });
    referenceLine._pageNodeRef = {};
    mergeInlines([pageOf(gap, justified, reference, referenceLine)]);
    expect([gap, justified, reference, referenceLine].map(texts)).toEqual([['a ', 'b'], ['a ', 'b'], ['Inleiding ', '00'], ['1 ', '2']]);
  });

  it('keeps links apart from plain text but joins the words of one link', () => {
    const link = 'https://example.org';
    const l = line({ text: 'zie ' }, { text: 'de ', link }, { text: 'website ', link }, { text: 'nu' });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['zie ', 'de website ', 'nu']);
  });

  it('leaves the laid-out run objects as they were', () => {
    const l = line({ text: 'een ' }, { text: 'twee' });
    const [first, second] = l.inlines;
    mergeInlines([pageOf(l)]);
    expect(first).toMatchObject({ text: 'een ', width: 20 });
    expect(second).toMatchObject({ text: 'twee', width: 20 });
  });

  it('leaves other page items alone', () => {
    const vector = { type: 'vector', item: { type: 'line' } };
    const page: LaidOutPage = { items: [vector] };
    mergeInlines([page]);
    expect(page.items).toEqual([vector]);
  });
});
