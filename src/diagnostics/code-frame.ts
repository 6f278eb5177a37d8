import { printable } from './printable.js';

/** Longer lines are cut to a window around the column: a minified or hostile file may be one line of megabytes. */
const MAX_SHOWN = 160;
const BEFORE = 60;

/** The offending line with a marker under the column, as compilers print it. */
export function codeFrame(lines: readonly string[], line: number, column: number, endColumn?: number): string[] {
  const text = lines[line - 1];
  if (text === undefined) return [];
  const gutter = String(line);
  // Tabs would shift the marker; show them as one space each, like the marker counts them.
  let shown = printable(text.replace(/\t/g, ' ').replace(/\r$/, ''));
  let at = column;
  if (shown.length > MAX_SHOWN) {
    const start = Math.max(0, Math.min(column - 1 - BEFORE, shown.length - MAX_SHOWN));
    const end = start + MAX_SHOWN;
    shown = `${start > 0 ? '…' : ''}${shown.slice(start, end)}${end < shown.length ? '…' : ''}`;
    at = column - start + (start > 0 ? 1 : 0);
  }
  const width = Math.max(1, Math.min((endColumn ?? column + 1) - column, shown.length - at + 1));
  return [`${gutter} | ${shown}`, `${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, at - 1))}${'^'.repeat(width)}`];
}
