import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads one of the build's CommonJS bundles (generated/*.cjs) as require() would, but with
 * V8's code cache when the build left one beside it (scripts/code-cache.mjs): the bundle's
 * functions are then not parsed and compiled again on every start of `plan`, which saves
 * a good part of its start-up. V8 refuses a cache made by another Node.js or with other
 * flags, and the file is then compiled as usual, so a stale cache only costs the read.
 */
export function requireBundle(file: string): unknown {
  let loaded = bundles.get(file);
  if (!loaded) {
    loaded = loadBundle(file);
    bundles.set(file, loaded);
  }
  return loaded.exports;
}

const bundles = new Map<string, { exports: unknown; script: Script }>();

/** The bundles this process has loaded (for tests: a vm Script is in no module list). */
export function loadedBundles(): string[] {
  return [...bundles.keys()];
}

/** For scripts/code-cache.mjs: the compiled script, to write its cache after a warm-up. */
export function loadBundle(file: string, useCache = true): { exports: unknown; script: Script } {
  const source = readFileSync(file, 'utf8');
  const script = new Script(wrap(source), { filename: file, cachedData: useCache ? readCache(file) : undefined });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}

export function cacheFileOf(file: string): string {
  return `${file}.cache`;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
}

/** The same wrapper as Node's own for CommonJS, so the bundle sees the usual globals. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}
