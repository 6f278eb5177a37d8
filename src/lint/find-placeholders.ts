import type { DataPath } from '../diagnostics/diagnostic.js';
import { forEachText } from './texts.js';

import { PLACEHOLDER_MARK } from '../messages/placeholder-mark.js';

export { PLACEHOLDER_MARK };

export interface Placeholder {
  /** Path of the text that holds the marker. */
  path: DataPath;
  /** Which occurrence of the marker in that text (0 for the first). */
  occurrence: number;
  /** The line of the text around the marker, shortened, to show in the message. */
  excerpt: string;
}

const MAX_EXCERPT = 60;

function excerptAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end === -1 ? undefined : end).trim();
  return line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT - 1)}…` : line;
}

/** Every occurrence of the marker in the string values of `data`, depth first in document order. */
export function findPlaceholders(data: unknown): Placeholder[] {
  const found: Placeholder[] = [];
  forEachText(data, (text, path) => {
    let occurrence = 0;
    for (let index = text.indexOf(PLACEHOLDER_MARK); index !== -1; index = text.indexOf(PLACEHOLDER_MARK, index + PLACEHOLDER_MARK.length)) {
      found.push({ path: [...path], occurrence: occurrence++, excerpt: excerptAt(text, index) });
    }
  });
  return found;
}
