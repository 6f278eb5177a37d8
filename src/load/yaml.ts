import { fileURLToPath } from 'node:url';
import type * as YamlPackage from 'yaml';
import { requireBundle } from './require-bundle.js';

/**
 * The yaml library as one file, bundled at build time by scripts/bundle-yaml.mjs: loading
 * the package's 74 modules costs about 25 ms of every start of `plan`, the bundle (with its
 * code cache) well under 10. Same version as the package, so the types come from there.
 * Nodes made by either copy are recognised by both (yaml marks them with Symbol.for).
 *
 * Loaded on first use, not on import: a clean plan is read by the fast path
 * (src/load/fast-parse.ts) and never needs it.
 */
export function yamlLibrary(): typeof YamlPackage {
  // src/load and dist/load are both two levels below the package root.
  library ??= requireBundle(fileURLToPath(new URL('../../generated/yaml.cjs', import.meta.url))) as typeof YamlPackage;
  return library;
}

let library: typeof YamlPackage | undefined;

/** Whether this process has loaded the yaml library (for tests). */
export function yamlLibraryLoaded(): boolean {
  return library !== undefined;
}

export type LineCounter = YamlPackage.LineCounter;
