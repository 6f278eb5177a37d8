// Runs the CLI bundle (dist/bundle/plan.cjs) as require() would, but with V8's code cache
// when the build left one (scripts/code-cache.mjs): the bundle's functions are then not
// parsed and compiled again on every start of `plan`. V8 ignores a cache made by another
// Node.js or under other V8 flags and compiles as usual, so a stale cache only costs the
// read. Used by bin/plan and scripts/code-cache.mjs; CommonJS, so that bin/plan can load it
// without the ES module loader.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/**
 * Compiles `file` as Node compiles a CommonJS module, with the code cache in `cacheFile` if
 * there is one. `cacheRejected`: V8 refused the cache (made by another Node.js or under
 * other flags).
 */
function compileBundle(file, cacheFile) {
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache: compile as usual.
    }
  }
  const source = readFileSync(file, 'utf8');
  // The same wrapper as Node's own for CommonJS, so the bundle sees the usual globals.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  return { script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/** Compiles and runs `file`; returns its exports and the compiled script (to write a cache from after a warm-up). */
function loadBundle(file, cacheFile) {
  const { script } = compileBundle(file, cacheFile);
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}


module.exports = { compileBundle, loadBundle };
