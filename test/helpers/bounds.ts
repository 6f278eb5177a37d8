import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** Diagnostics about a file as a whole: they name the file but no line. */
export const fileLevelCodes = new Set(['missing-file', 'not-a-file', 'file-outside-plan', 'file-link-loop', 'file-link-broken', 'file-too-large', 'unreadable-file', 'too-many-problems']);

/** The lines of a file as the tool counts them (BOM dropped; CR LF, LF or a lone CR). */
export function linesOf(text: string): string[] {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

/**
 * Every diagnostic names a known file and, unless it is about the file as a whole, a line
 * and column inside that file (a column may sit just past the end of the line).
 */
export function expectWithinBounds(diagnostics: readonly Diagnostic[], linesByFile: (file: string) => readonly string[] | undefined): void {
  for (const d of diagnostics) {
    const where = `${d.code} ${d.file}:${d.line}:${d.column}`;
    expect(d.file, where).toBeTypeOf('string');
    if (fileLevelCodes.has(d.code)) continue;
    const lines = linesByFile(d.file!);
    expect(lines, `${where}: lines of the file`).toBeDefined();
    expect(Number.isInteger(d.line) && d.line! >= 1 && d.line! <= lines!.length, `${where}: line within 1..${lines!.length}`).toBe(true);
    const length = lines![d.line! - 1]!.length;
    expect(Number.isInteger(d.column) && d.column! >= 1 && d.column! <= length + 1, `${where}: column within 1..${length + 1}`).toBe(true);
    if (d.endLine !== undefined) {
      expect(d.endLine >= d.line! && d.endLine <= lines!.length, `${where}: endLine ${d.endLine}`).toBe(true);
      const endLength = lines![d.endLine - 1]!.length;
      expect(d.endColumn! >= 1 && d.endColumn! <= endLength + 1, `${where}: endColumn ${d.endColumn}`).toBe(true);
    }
  }
}

/** Nothing in the run has written onto the prototypes shared by every object. */
export function expectPrototypesClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeNames);
}

const objectPrototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeNames = Object.getOwnPropertyNames(Array.prototype).sort();

/** numRuns for fast-check: modest by default so the suite stays fast; FC_RUNS=5000 for a deep search. */
export function runs(fallback: number): number {
  const wanted = Number(process.env.FC_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : fallback;
}
