import type { Content } from 'pdfmake/interfaces.js';

/**
 * Long words (a pasted URL, a name without spaces) cut into short pieces before pdfmake sees
 * them, each piece a run of its own with the same style.
 *
 * pdfmake breaks a word that is wider than its line by a binary search over the whole rest of
 * the word, measuring every prefix it tries (and PDFKit keeps each measured string in a cache):
 * time and memory grow with the square of the word's length, 17 s and 2.3 GB for a name of
 * 12,000 characters. Its text breaker keeps the pieces of one word together (no break between
 * runs that join into one word), so a piece moves to the next line with the rest of its word
 * and the word still breaks only where nothing else fits; the search then runs over one piece.
 * A piece also bounds the narrowest width pdfmake gives a column of width '*', which with a
 * whole long word in it grew wider than the page.
 *
 * No character is added: the text extracted from the PDF, and a search in it, give the
 * characters of the plan. Works the same with pdfmake's own layout (no engine hook).
 */

/** A word longer than this is cut. Longer than any Dutch word in use, shorter than a URL. */
export const LONG_WORD = 32;
/** Characters in one piece: short enough that measuring a piece is cheap, long enough to keep runs few. */
const PIECE = 16;

/** Combining marks, joiners and variation selectors stay with the character before them. */
const JOINS_PREVIOUS = /^[\p{M}\u200c\u200d\ufe00-\ufe0f]/u;

/** Whether `text` holds a run of more than LONG_WORD characters without white space. */
export function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b) run = 0;
    else if (++run > LONG_WORD) return true;
  }
  return false;
}

/**
 * `text` in pieces whose concatenation is `text`: short words as they are, a long word cut
 * every PIECE characters (never inside a surrogate pair, never before a combining mark).
 */
export function pieces(text: string): string[] {
  if (!hasLongWord(text)) return [text];
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(new RegExp(`\\S{${LONG_WORD + 1},}`, 'gu'))) {
    const word = match[0];
    const at = match.index;
    let cut = 0;
    let next = cut + PIECE;
    while (next < word.length) {
      // Not between the halves of a surrogate pair, not before a mark that belongs to the character before.
      while (next < word.length && (isLowSurrogate(word.charCodeAt(next)) || JOINS_PREVIOUS.test(word.slice(next, next + 2)))) next++;
      if (next >= word.length) break;
      out.push(text.slice(start, at + next));
      start = at + next;
      cut = next;
      next = cut + PIECE;
    }
  }
  out.push(text.slice(start));
  return out.filter((p) => p !== '');
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

type TextValue = unknown;

/** Properties of a run that must not be copied onto several runs: a destination is unique. */
const UNIQUE = ['id', 'tocItem', 'pageReference', 'textReference'];

function breakText(text: TextValue): TextValue {
  if (typeof text === 'string') {
    const parts = pieces(text);
    return parts.length > 1 ? parts : text;
  }
  if (!Array.isArray(text)) return text;
  return text.flatMap((item: unknown) => {
    if (typeof item === 'string') return pieces(item);
    if (item === null || typeof item !== 'object' || !('text' in item)) return [item];
    const run = item as Record<string, unknown>;
    if (Array.isArray(run.text)) return [{ ...run, text: breakText(run.text) }];
    if (typeof run.text !== 'string' || UNIQUE.some((key) => key in run)) return [run];
    const parts = pieces(run.text);
    return parts.length > 1 ? parts.map((p) => ({ ...run, text: p })) : [run];
  });
}

/** The same content with every long word cut into pieces (see the top of this file). Changes nodes in place. */
export function breakLongWords(node: Content): Content {
  if (typeof node === 'string') {
    const parts = pieces(node);
    return parts.length > 1 ? { text: parts } : node;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = breakLongWords(node[i] as Content);
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  const n = node as unknown as Record<string, unknown>;
  if ('text' in n) n.text = breakText(n.text);
  for (const key of ['stack', 'ul', 'ol', 'columns']) if (Array.isArray(n[key])) breakLongWords(n[key] as Content);
  const table = n.table as { body?: Content[][] } | undefined;
  if (table?.body) for (const row of table.body) breakLongWords(row as Content);
  return node;
}
