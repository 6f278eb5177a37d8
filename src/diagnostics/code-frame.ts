/** The offending line with a marker under the column, as compilers print it. */
export function codeFrame(lines: readonly string[], line: number, column: number, endColumn?: number): string[] {
  const text = lines[line - 1];
  if (text === undefined) return [];
  const gutter = String(line);
  // Tabs would shift the marker; show them as one space each, like the marker counts them.
  const shown = text.replace(/\t/g, ' ').replace(/\r$/, '');
  const width = Math.max(1, Math.min((endColumn ?? column + 1) - column, shown.length - column + 1));
  return [`${gutter} | ${shown}`, `${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(width)}`];
}
