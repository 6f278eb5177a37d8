import * as YamlPackage from 'yaml';

/**
 * The yaml library, used only through this function: a clean plan is read by the fast path
 * (src/load/fast-parse.ts) and never needs it. In the CLI it is part of the one bundle
 * (scripts/bundle-cli.mjs), with its code cache, so having it at hand costs next to nothing;
 * what a clean plan saves is the parsing with it.
 */
export function yamlLibrary(): typeof YamlPackage {
  used = true;
  return YamlPackage;
}

let used = false;

/** Whether this process has used the yaml library (for tests). */
export function yamlLibraryLoaded(): boolean {
  return used;
}

export type LineCounter = YamlPackage.LineCounter;
