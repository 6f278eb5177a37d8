import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongWords, hasLongWord, LONG_WORD, pieces } from '../../src/render/pdf/long-words.js';
import { runs } from '../helpers/bounds.js';

describe('long words cut into pieces', () => {
  it('gives back every character, in order, and never cuts a surrogate pair or before a combining mark', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'W', ' ', '\n', '/', 'é', 'e\u0301', '😀', '\u200d'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 400 });
    fc.assert(
      fc.property(text, (s) => {
        const parts = pieces(s);
        expect(parts.join('')).toBe(s);
        for (const part of parts.slice(1)) {
          expect(part.charCodeAt(0) >= 0xdc00 && part.charCodeAt(0) <= 0xdfff).toBe(false);
          expect(/^[\p{M}\u200c\u200d]/u.test(part)).toBe(false);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('leaves ordinary text alone and cuts a long word into runs that keep their style', () => {
    expect(pieces('Een gewone zin met woorden.')).toEqual(['Een gewone zin met woorden.']);
    expect(hasLongWord('x'.repeat(LONG_WORD))).toBe(false);
    const url = `https://example.org/${'a'.repeat(100)}`;
    const node = breakLongWords({ text: [{ text: 'Zie ' }, { text: url, bold: true, link: url }] }) as { text: Array<{ text: string; bold?: boolean; link?: string }> };
    expect(node.text.map((r) => r.text).join('')).toBe(`Zie ${url}`);
    expect(node.text.length).toBeGreaterThan(5);
    expect(node.text.slice(1).every((r) => r.bold && r.link === url)).toBe(true);
  });
});
