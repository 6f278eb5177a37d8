/**
 * `plan validate` runs on every commit in CI and in editors: it must load only what it
 * needs. The real CLI runs with a preload that records every module it loads (ES modules
 * through a resolve hook, CommonJS through the require cache), and the list is checked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runPlan } from '../helpers/cli.js';

const trace = pathToFileURL(join(repoRoot, 'test', 'helpers', 'module-trace.mjs')).href;

async function loadedModules(args: string[], env: Record<string, string | undefined> = {}, entry?: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-trace-'));
  const out = join(dir, 'modules.txt');
  try {
    const result = await runPlan(args, { env: { NODE_OPTIONS: `--import=${trace}`, PLAN_MODULE_TRACE: out, ...env }, timeoutMs: 30_000, entry });
    expect(result.stderr).toBe('');
    return (await readFile(out, 'utf8')).split('\n').filter(Boolean);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Packages whose files were loaded, by name. */
function packages(modules: string[]): string[] {
  const names = modules.map((m) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1]).filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

describe('what plan validate loads', () => {
  it('loads no package outside the CLI bundle: no renderer, no schema compiler', async () => {
    const modules = await loadedModules(['validate', join(fixturesDir, 'base')], { NO_COLOR: '1' });
    expect(modules.some((m) => m.endsWith('dist/bundle/plan.cjs') || m.endsWith('bin/load-bundle.cjs')), 'the trace works').toBe(true);
    // commander, yaml and ajv's runtime helpers are inside dist/bundle/plan.cjs.
    expect(packages(modules)).toEqual([]);
  });

  it('runs none of our renderer modules (the same import graph, unbundled)', async () => {
    // Inside the bundle a lazily imported module is only run on first use, as here.
    const modules = await loadedModules(['validate', join(fixturesDir, 'base')], { NO_COLOR: '1' }, join(repoRoot, 'dist', 'cli', 'index.js'));
    expect(modules.some((m) => m.includes('dist/cli/commands/validate.js')), 'the trace works').toBe(true);
    expect(packages(modules).filter((p) => !['ajv', 'commander', 'yaml', 'js-yaml', 'chalk'].includes(p))).toEqual([]);
    // Of ajv only the runtime helpers the generated validators use, never its compiler.
    expect(modules.filter((m) => m.includes('node_modules/ajv/')).every((m) => m.includes('/ajv/dist/runtime/'))).toBe(true);
    // Domain rules may use the small, pure overview helpers; no renderer or template code.
    expect(modules.filter((m) => /dist\/(render\/(templates|template-helpers|markdown-text|logo|document-view|html\/|markdown\/|pdf\/)|pipeline\/(render|report|write-output))/.test(m))).toEqual([]);
  });
});

/** The V8 the build's code cache was made by (scripts/code-cache.mjs); another V8 refuses it, as it should. */
const cacheV8 = (JSON.parse(readFileSync(join(repoRoot, 'dist', 'bundle', 'code-cache.json'), 'utf8')) as { v8: string }).v8;

describe('the code cache of the bundles', () => {
  it.runIf(cacheV8 === process.versions.v8)('is accepted by V8 under the flags bin/plan sets for each command', () => {
    // A cache made under other flags is silently refused, and start-up slows down.
    const script = `
      const v8 = require('node:v8');
      const { cacheFileOf, compileBundle } = require('./bin/load-bundle.cjs');
      const { commandFlags } = require('./bin/v8-flags.cjs');
      const [command, name] = process.argv.slice(1);
      if (commandFlags[command]) v8.setFlagsFromString(commandFlags[command]);
      const bundle = process.cwd() + '/dist/bundle/' + name;
      const cache = cacheFileOf(bundle, command);
      process.stdout.write(JSON.stringify({ cache: require('node:fs').existsSync(cache), rejected: compileBundle(bundle, cache).cacheRejected }));`;
    // validate never renders, so it has no cache for the libraries.
    for (const [command, name] of [['validate', 'plan.cjs'], ['other', 'plan.cjs'], ['other', 'libraries.cjs']]) {
      const out = execFileSync(process.execPath, ['-e', script, command!, name!], { cwd: repoRoot, encoding: 'utf8' });
      expect(JSON.parse(out), `${command} ${name}`).toEqual({ cache: true, rejected: false });
    }
  });

  it.runIf(cacheV8 !== process.versions.v8)('is refused by another Node.js, which then compiles the bundle as usual', async () => {
    // CI runs the end-to-end tests on Node 22 and 24 over a build made by Node 20.
    const result = await runPlan(['validate', join(fixturesDir, 'base')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('what plan render loads', () => {
  it('runs no PDF code without --pdf (the same import graph, unbundled)', async () => {
    // pdfmake is only reached through src/render/pdf/; inside dist/bundle/libraries.cjs each
    // library runs on first use, so no PDF module means no pdfmake.
    const dir = await mkdtemp(join(tmpdir(), 'plan-render-trace-'));
    try {
      const modules = await loadedModules(['render', join(fixturesDir, 'base'), '--out', dir], { NO_COLOR: '1' }, join(repoRoot, 'dist', 'cli', 'index.js'));
      expect(modules.some((m) => m.includes('dist/render/html/render-html.js')), 'the trace works').toBe(true);
      expect(modules.filter((m) => m.includes('dist/render/pdf/'))).toEqual([]);
      expect(packages(modules)).not.toContain('pdfmake');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
