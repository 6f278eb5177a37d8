/** A word of `length` characters without a break opportunity, like a long pasted URL. */
export function longWord(length: number, seed?: string): string;
/** A Markdown table of figures by year: a label column, `years` year columns and a source column. */
export function wideTable(years: number, first?: number): string;
/** Lists nested `depth` deep, as Markdown. */
export function nestedList(depth: number): string;
/** A PNG of `size` × `size` RGBA pixels. */
export function largePng(size: number): Buffer;
/** Copies the plan in `src` to a new temporary folder made hard on the PDF; returns the folder. */
export function pathologicalPlan(src: string, options?: { word?: number; years?: number; depth?: number; logo?: number }): Promise<string>;
