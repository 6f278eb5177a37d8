/**
 * Joins names for a list in running text or a table cell: with commas, unless a name holds a
 * comma itself ("Politie, afdeling jeugd"), when commas would make two names of one; then with
 * semicolons, which keep each name whole in every format.
 */
export function joinNames(names: readonly string[]): string {
  return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
}

/** Names in running text, the last joined with "en" or "and": "Brugge, Damme en Oostkamp". */
export function joinNamesWithAnd(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${joinNames(names.slice(0, -1))} ${and} ${names[names.length - 1]}`;
}
