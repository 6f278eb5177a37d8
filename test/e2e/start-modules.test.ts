/**
 * `plan validate` runs on every commit in CI and in editors: it must load only what it
 * needs. The real CLI runs with a preload that records every module it loads (ES modules
 * through a resolve hook, CommonJS through the require cache), and the list is checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runPlan } from '../helpers/cli.js';

const trace = pathToFileURL(join(repoRoot, 'test', 'helpers', 'module-trace.mjs')).href;

async function loadedModules(args: string[], env: Record<string, string | undefined> = {}): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-trace-'));
  const out = join(dir, 'modules.txt');
  try {
    const result = await runPlan(args, { env: { NODE_OPTIONS: `--import=${trace}`, PLAN_MODULE_TRACE: out, ...env }, timeoutMs: 30_000 });
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
  it('loads no renderer, no colour library without colour, no schema compiler, and no yaml library for a clean plan', async () => {
    const modules = await loadedModules(['validate', join(fixturesDir, 'base')], { NO_COLOR: '1' });
    expect(modules.some((m) => m.includes('dist/cli/commands/validate.js')), 'the trace works').toBe(true);
    // commander parses the command line; of ajv only the tiny runtime helper the generated
    // validators use. A clean plan is read by js-yaml (src/load/fast-parse.ts); the yaml
    // library (generated/yaml.cjs, scripts/bundle-yaml.mjs) is only for files with problems.
    expect(packages(modules)).toEqual(['ajv', 'commander', 'js-yaml']);
    expect(modules.some((m) => m.endsWith('generated/validators.cjs')), 'bundles are traced').toBe(true);
    expect(modules.filter((m) => m.endsWith('generated/yaml.cjs'))).toEqual([]);
    expect(modules.filter((m) => m.includes('node_modules/ajv/')).every((m) => m.includes('/ajv/dist/runtime/'))).toBe(true);
    // Domain rules may use the small, pure overview helpers; no renderer or template code.
    expect(modules.filter((m) => /dist\/render\/(render-plan|templates|template-helpers|markdown-text|write-files|logo|document-view|html\/|markdown\/|pdf\/)/.test(m))).toEqual([]);
  });

  it('loads the yaml library when a file has a problem to point at', async () => {
    const modules = await loadedModules(['validate', join(fixturesDir, 'invalid', 'out-of-range')], { NO_COLOR: '1' });
    expect(modules.filter((m) => m.endsWith('generated/yaml.cjs'))).toHaveLength(1);
  });

  it('loads chalk only when it prints colour', async () => {
    const modules = await loadedModules(['validate', join(fixturesDir, 'base')], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(packages(modules)).toContain('chalk');
  });
});

describe('the code cache of the generated bundles', () => {
  it('is accepted by V8 under the flags bin/plan sets for validate', () => {
    // A cache made under other flags is silently refused, and start-up slows down by ~15 ms.
    const script = `
      import v8 from 'node:v8';
      import { validateV8Flags } from './dist/cli/v8-flags.js';
      v8.setFlagsFromString(validateV8Flags);
      const { loadBundle } = await import('./dist/load/require-bundle.js');
      const rejected = ['generated/yaml.cjs', 'generated/validators.cjs'].filter((f) => loadBundle(process.cwd() + '/' + f).script.cachedDataRejected !== false);
      process.stdout.write(JSON.stringify(rejected));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });
});

describe('what plan render loads', () => {
  it('loads no PDF library without --pdf', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-render-trace-'));
    try {
      const modules = await loadedModules(['render', join(fixturesDir, 'base'), '--out', dir], { NO_COLOR: '1' });
      expect(packages(modules)).not.toContain('pdfmake');
      expect(packages(modules)).toEqual(expect.arrayContaining(['handlebars']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
