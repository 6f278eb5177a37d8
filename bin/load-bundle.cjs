// Runs the bundles of dist/bundle/ (the CLI, and the libraries the renderers use) as
// require() would, but with V8's code cache when the build left one, `<bundle>.cache`
// (scripts/code-cache.mjs): their functions are then not parsed and compiled again on every
// start of `plan`. V8 ignores a cache made by another Node.js or under other V8 flags
// (bin/v8-flags.cjs) and compiles as usual, so a stale cache only costs the read. Used by
// bin/plan, src/libraries/libraries.ts, the render worker and scripts/code-cache.mjs;
// CommonJS, so that bin/plan can load it without the ES module loader.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** The code cache of a bundle. */
function cacheFileOf(file) {
  return `${file}.cache`;
}

/**
 * Compiles `file` as Node compiles a CommonJS module, with its code cache if there is one.
 * `cacheRejected`: V8 refused the cache (made by another Node.js or under other flags).
 */
function compileBundle(file) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFileOf(file));
  } catch {
    // No cache: compile as usual.
  }
  // scripts/bundle-cli.mjs writes ASCII only: read as Latin-1, which V8 takes without decoding.
  const source = readFileSync(file, 'latin1');
  // The same wrapper as Node's own for CommonJS, so the bundle sees the usual globals.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  return { script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/** Compiled bundles by file: a bundle runs once per process, like a module. */
const loaded = new Map();

/** Runs `file` once and returns its exports, as require() would. */
function loadBundle(file) {
  let entry = loaded.get(file);
  if (!entry) {
    const { script } = compileBundle(file);
    const module = { exports: {} };
    entry = { script, module };
    loaded.set(file, entry);
    script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  }
  return entry.module.exports;
}

/** For scripts/code-cache.mjs: the bundles this process ran, to write their caches after a run. */
function loadedScripts() {
  return [...loaded].map(([file, { script }]) => ({ file, script }));
}

module.exports = { cacheFileOf, compileBundle, loadBundle, loadedScripts };
