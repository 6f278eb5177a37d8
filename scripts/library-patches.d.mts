export interface Edit {
  from: string | RegExp;
  to: string;
  count: number;
}
export interface Patch {
  file: RegExp;
  edits: Edit[];
}
export const patches: Patch[];
/** `text` with the edits made; throws when an edit does not match exactly `count` times. */
export function applyEdits(path: string, text: string, edits: Edit[]): string;
export const patchLibraries: { name: string; setup(build: unknown): void };
