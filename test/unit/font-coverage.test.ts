import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { covers, fontCoverage, FontCoverageError } from '../../src/fonts/font-coverage.js';
import { fontChoices, fontPaths } from '../../src/fonts/shipped-fonts.js';
import { commonCoverage } from '../../src/lint/rules/pdf-characters.js';

// fontkit (through PDFKit) is what draws the glyphs, so its reading of the cmap is the oracle.
interface FontkitFont {
  characterSet: number[];
  glyphForCodePoint(code: number): { id: number };
}
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(buffer: Buffer): FontkitFont };

const shippedFiles = fontChoices.flatMap((choice) => Object.values(fontPaths(choice)));

describe('fontCoverage', () => {
  it('finds the eight shipped fonts', () => {
    expect(shippedFiles).toHaveLength(8);
  });

  it.each(shippedFiles.map((file) => [file.split('/').pop()!, file]))('%s: covers exactly the characters fontkit maps to a glyph', (_name, file) => {
    const buffer = readFileSync(file);
    const font = fontkit.create(buffer);
    const expected = font.characterSet.filter((code) => font.glyphForCodePoint(code).id !== 0).sort((a, b) => a - b);
    const coverage = fontCoverage(buffer);
    const actual = coverage.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
    expect(actual).toEqual(expected);
    // And the search agrees at both ends of every range and just outside them.
    for (const [first, last] of coverage) {
      expect(covers(coverage, first)).toBe(true);
      expect(covers(coverage, last)).toBe(true);
      expect(covers(coverage, first - 1)).toBe(font.glyphForCodePoint(first - 1).id !== 0);
      expect(covers(coverage, last + 1)).toBe(font.glyphForCodePoint(last + 1).id !== 0);
    }
  });

  it('covers Dutch and French, not Arabic or emoji', () => {
    const coverage = fontCoverage(readFileSync(shippedFiles[0]!));
    for (const char of 'éëïèçœàâôûÉ€–—…“”‘’•½') expect(covers(coverage, char.codePointAt(0)!), char).toBe(true);
    for (const char of ['ع', '😀', '中']) expect(covers(coverage, char.codePointAt(0)!), char).toBe(false);
  });

  it('rejects a file that is not a font', () => {
    expect(() => fontCoverage(new TextEncoder().encode('not a font at all'))).toThrow(FontCoverageError);
    expect(() => fontCoverage(new Uint8Array(4))).toThrow(FontCoverageError);
  });
});

describe('the shipped families', () => {
  it.each(fontChoices)('the four styles of %s have the same characters, so the rule may read only the regular one', (choice) => {
    const coverages = Object.values(fontPaths(choice)).map((file) => fontCoverage(readFileSync(file)));
    expect(coverages).toHaveLength(4);
    for (const coverage of coverages) expect(coverage).toEqual(coverages[0]);
  });

  it.each(fontChoices)('%s has every character the rule takes for granted without reading the font', (choice) => {
    const coverage = fontCoverage(readFileSync(fontPaths(choice).normal));
    for (const [first, last] of commonCoverage) {
      for (let code = first; code <= last; code++) expect(covers(coverage, code), `U+${code.toString(16)}`).toBe(true);
    }
  });
});
