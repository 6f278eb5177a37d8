export interface Edit {
  from: string | RegExp;
  to: string;
  count: number;
}
export interface Patch {
  file: RegExp;
  edits: Edit[];
}
/** A JavaScript condition on `codePoint`, true only for code points that are not combining marks. */
export const certainlyNotMark: string;
export const patches: Patch[];
/** `__lazyRequire` and `__lazyTrie`, as put at the top of the libraries bundle. */
export const lazyHelpers: string;
/** `text` with the edits made; throws when an edit does not match exactly `count` times. */
export function applyEdits(path: string, text: string, edits: Edit[]): string;
export const patchLibraries: { name: string; setup(build: unknown): void };
