import { stringify } from 'yaml';

/** One YAML scalar for a template: plain when YAML allows it, quoted otherwise ("TODO: …", "'s-Hertogenbosch"). */
export function scalar(value: string | number): string {
  if (typeof value === 'string' && /[\r\n]/.test(value)) throw new Error('scalar() takes one line; write block scalars in the template');
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A flow list of ids or short texts: [a, b, "c: d"]. */
export function flowList(values: ReadonlyArray<string | number>): string {
  return `[${values.map(scalar).join(', ')}]`;
}

/** "Balen", "Balen en Mol", "Balen, Mol en Dessel" — a list of names in running text. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
