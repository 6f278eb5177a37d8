import type { DataPath } from '../diagnostics/diagnostic.js';

/**
 * Calls `visit` with every string value of `data` (not keys), depth first in document order,
 * and the path to it. The path is one array that the walk keeps changing, so that a plan's
 * thousands of texts cost no array each: copy it to keep it. Values under a key in `skip`
 * are not visited.
 */
export function forEachText(data: unknown, visit: (text: string, path: DataPath) => void, skip: ReadonlySet<string> = new Set()): void {
  const path: Array<string | number> = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      visit(value, path);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (skip.has(key)) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(data);
}
