// Preloaded with `node --import` by test/e2e/start-modules.test.ts: writes every module the
// process loads, one URL or path a line, to the file named by PLAN_MODULE_TRACE.
// ESM: a resolve hook (runs on the hooks thread, so it appends to the file itself).
// CommonJS: the require cache at exit (ESM importing CommonJS fills it too), and the
// generated bundles (generated/*.cjs).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.PLAN_MODULE_TRACE;
if (out) {
  register('./module-trace-hooks.mjs', import.meta.url, { data: { out } });
  const require = createRequire(import.meta.url);
  // Bundles loaded through src/load/require-bundle.ts run as vm Scripts, in neither list;
  // this is the module instance the CLI uses too (one per URL and process).
  const { loadedBundles } = await import(new URL('../../dist/load/require-bundle.js', import.meta.url).href);
  process.on('exit', () => appendFileSync(out, `${[...Object.keys(require.cache), ...loadedBundles()].join('\n')}\n`));
}
