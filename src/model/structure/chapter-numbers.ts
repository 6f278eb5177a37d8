import { UNNUMBERED_PARTS, type PartId, type PlacedPart } from './parts.js';

/**
 * Chapter numbers from each part's place in the order, keyed `part:<id>` and `chapter:<id>`:
 * 1, 2, 3 … for every numbered part the document shows. The introduction, the overviews, the
 * glossary and appendices carry none.
 */
export function chapterNumbers(order: readonly PlacedPart[], shown: (part: PartId) => boolean, isAppendix: (id: string) => boolean): Map<string, string> {
  const numbers = new Map<string, string>();
  let next = 1;
  for (const p of order) {
    if (p.kind === 'part') {
      if (shown(p.part) && !UNNUMBERED_PARTS.has(p.part)) numbers.set(`part:${p.part}`, String(next++));
    } else {
      for (const id of p.ids) if (!isAppendix(id)) numbers.set(`chapter:${id}`, String(next++));
    }
  }
  return numbers;
}

/** "1.2.1" under chapter 1 becomes "4.2.1" under chapter 4: a section keeps its place, its chapter moves. */
export function renumber(number: string, from: string, to: string): string {
  if (from === to) return number;
  if (number === from) return to;
  return number.startsWith(`${from}.`) ? `${to}${number.slice(from.length)}` : number;
}
