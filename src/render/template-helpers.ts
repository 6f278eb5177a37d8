import type Handlebars from 'handlebars';
import { joinNames } from './name-list.js';

/** Helpers both formats share: small, pure, and documented in docs/templates.md. */
export const commonHelpers: Record<string, Handlebars.HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{#if (any list1 list2)}}`: true when any argument is a non-empty list or a value. */
  any: (...args: unknown[]) => args.slice(0, -1).some((a) => (Array.isArray(a) ? a.length > 0 : a !== null && a !== undefined && a !== '')),
  /** Names of a list of `{id, name}` joined with commas (semicolons when a name holds a comma). */
  names: (list: unknown) => (Array.isArray(list) ? joinNames(list.map((x: { name?: string }) => x?.name ?? '')) : ''),
  join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''),
  /** Heading tag level for a section at a given depth: depth 1 is a chapter (h2). */
  hlevel: (depth: unknown) => Math.min(6, Math.max(2, Number(depth) + 1)),
  inc: (n: unknown) => Number(n) + 1,
  /** Repeats a string n times, for Markdown heading marks. */
  repeat: (text: unknown, n: unknown) => String(text).repeat(Math.max(0, Math.min(6, Number(n)))),
};
