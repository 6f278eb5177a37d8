import { isRendererMarkup } from './renderer-markup.js';

/**
 * Applies `change` to every string in a view, with the key it sits under (array items get
 * their array's key). The views are plain data, so a structural copy is all there is to it.
 */
export function mapStrings<T>(value: T, change: (text: string, key: string) => string, key = ''): T {
  // The renderer's own markup is no text from the plan: it passes as it is.
  if (isRendererMarkup(value)) return value;
  if (typeof value === 'string') return change(value, key) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change, k)])) as T;
  }
  return value;
}

/**
 * The last guard between YAML text and every output format. Control characters (NUL, ESC …)
 * have no place in a document and can steer a terminal or confuse a viewer. Fields that are
 * one line in the document (titles, names, labels) lose their line breaks, so a title can
 * never end a Markdown heading early and start a heading of its own.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ONE_LINE_KEYS = new Set(['title', 'name', 'label', 'term', 'subtitle', 'municipalities', 'partnership', 'value', 'unit', 'source']);

export function cleanView<T>(value: T): T {
  return mapStrings(value, (text, key) => {
    const clean = text.replace(CONTROL, '');
    return ONE_LINE_KEYS.has(key) ? clean.replace(/\s*[\r\n]+\s*/g, ' ').trim() : clean;
  });
}
