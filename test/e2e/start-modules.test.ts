/**
 * `plan validate` runs on every commit in CI and in editors: it must load only what it
 * needs. The real CLI runs with a preload that records every module it loads (ES modules
 * through a resolve hook, CommonJS through the require cache), and the list is checked.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, repoRoot, runPlan } from '../helpers/cli.js';

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

const cacheTrace = join(repoRoot, 'test', 'helpers', 'code-cache-trace.cjs');
const { v8Flags } = createRequire(import.meta.url)(join(repoRoot, 'bin', 'v8-flags.cjs')) as { v8Flags: string };

/** The flags bin/plan set and, per bundle it compiled, whether a code cache came with it and V8 took it. */
async function cacheUse(args: string[]): Promise<{ flags: string[]; scripts: Array<{ file: string; cached: boolean; rejected: boolean }> }> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-cache-'));
  try {
    const result = await runPlan([...args, ...(args[0] === 'render' ? ['--out', join(dir, 'out')] : [])], { env: { NODE_OPTIONS: `--require=${cacheTrace}`, PLAN_CACHE_TRACE: join(dir, 'trace.json') } });
    expect(result.stderr, 'V8 takes the flags without a word').toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(await readFile(join(dir, 'trace.json'), 'utf8')) as Awaited<ReturnType<typeof cacheUse>>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the code cache of the bundles', () => {
  // A cache refused or not read costs a fifth of validate's time, silently: `npm run bench -- pieces`.
  it.runIf(cacheV8 === process.versions.v8)('is read by bin/plan and taken by V8, under the one flag set, for validate and for render --pdf', async () => {
    const validate = await cacheUse(['validate', join(examplesDir, 'brugge')]);
    expect(validate.flags).toEqual([v8Flags]);
    expect(validate.scripts.map((s) => ({ ...s, file: basename(s.file) }))).toEqual([{ file: 'plan.cjs', cached: true, rejected: false }]);
    const render = await cacheUse(['render', join(fixturesDir, 'base'), '--pdf']);
    expect(render.flags).toEqual([v8Flags]);
    expect(render.scripts.map((s) => ({ ...s, file: basename(s.file) }))).toEqual([
      { file: 'plan.cjs', cached: true, rejected: false },
      { file: 'libraries.cjs', cached: true, rejected: false },
    ]);
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
