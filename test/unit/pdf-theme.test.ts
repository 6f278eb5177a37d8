import { describe, expect, it } from 'vitest';
import { labelSets } from '../../src/render/labels.js';
import { estimateTextHeight, keepWithNext } from '../../src/render/pdf/blocks.js';
import { matrixBlocks } from '../../src/render/pdf/overviews.js';
import { normaliseColour, tint } from '../../src/render/pdf/theme.js';

describe('PDF house style', () => {
  it.each([
    ['#1D4F91', '#1d4f91'],
    ['#abc', '#aabbcc'],
    ['rebeccapurple', '#1d4f91'],
    ['#12345', '#1d4f91'],
  ])('uses %s as %s', (input, expected) => {
    expect(normaliseColour(input)).toBe(expected);
  });

  it('tints a colour towards white', () => {
    expect(tint('#000000', 0)).toBe('#000000');
    expect(tint('#000000', 1)).toBe('#ffffff');
    expect(tint('#204080', 0.5)).toBe('#90a0c0');
  });

  it.each(Object.entries(labelSets))('has a page footer with both numbers in %s', (_, labels) => {
    expect(labels.pageOfPages).toContain('{page}');
    expect(labels.pageOfPages).toContain('{pages}');
  });
});

describe('keeping headings with what follows', () => {
  it('reserves room under the heading and moves the content up into it', () => {
    const [head, rest] = keepWithNext({ text: 'Kop' }, [{ text: 'Tekst' }]) as unknown as [
      { unbreakable: boolean; stack: Array<{ margin?: number[] }> },
      { margin: number[] },
    ];
    expect(head.unbreakable).toBe(true);
    const band = head.stack[1]!.margin![3]!;
    expect(band).toBeGreaterThan(0);
    expect(rest.margin[1]).toBe(-band);
  });

  it('takes a heading into a block that is kept on one page anyway', () => {
    const block = { stack: [{ text: 'Doel' }], unbreakable: true };
    expect(keepWithNext({ text: 'Kop' }, [block])).toEqual([{ unbreakable: true, stack: [{ text: 'Kop' }, block] }]);
  });

  it('estimates longer texts as taller', () => {
    expect(estimateTextHeight('kort')).toBeLessThan(estimateTextHeight('lang '.repeat(200)));
    expect(estimateTextHeight(null)).toBe(0);
  });
});

describe('splitting the partner matrix across the page', () => {
  const numbers = (counts: number[]): string[] => counts.flatMap((n, g) => Array.from({ length: n }, (_, i) => `${g + 1}.${i + 1}`));

  it('keeps whole strategic goals together in a block where they fit', () => {
    const blocks = matrixBlocks(numbers([7, 5, 6]), 17);
    expect(blocks.map((b) => b.length)).toEqual([12, 6]);
    expect(blocks.flat()).toEqual([...Array(18).keys()]);
  });

  it('splits a goal with more operational goals than fit into even parts', () => {
    expect(matrixBlocks(numbers([40]), 17).map((b) => b.length)).toEqual([14, 14, 12]);
  });

  it('takes theme actions, numbered 1, 2, 3, as one group each', () => {
    expect(matrixBlocks(['1', '2', '3'], 17)).toEqual([[0, 1, 2]]);
  });
});
