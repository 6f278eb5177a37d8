import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, repoRoot } from '../helpers/cli.js';

// The package as a user gets it: `npm pack`, installed into an empty folder without the
// repository, then init, validate and render --pdf there. Offline: the project's own
// package-lock.json pins every dependency with its integrity, so npm takes them from its
// cache (filled by the `npm ci` that set up this checkout) and asks no registry.

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

let work: string;
let project: string;
let packed: string[];

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plan-packed-'));
  // Built by the global setup already: no scripts, so pack does not build again.
  const [info] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], repoRoot)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);
  project = join(work, 'project');
  await mkdir(project);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: unknown };
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const tarball = `file:../${info!.filename}`;
  const packages: Record<string, unknown> = {
    '': { name: 'gemeenten', dependencies: { beleidsplan: tarball } },
    'node_modules/beleidsplan': { version: pkg.version, resolved: tarball, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path.startsWith('node_modules/') && !entry.dev && !entry.devOptional) packages[path] = entry;
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'gemeenten', private: true, dependencies: { beleidsplan: tarball } }));
  await writeFile(join(project, 'package-lock.json'), JSON.stringify({ name: 'gemeenten', lockfileVersion: 3, requires: true, packages }));
  npm(['ci', '--offline', '--no-audit', '--no-fund'], project);
}, 300_000);
afterAll(async () => removeDir(work));

const plan = (args: string[], cwd: string): string => execFileSync(join(project, 'node_modules', '.bin', 'plan'), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the packed package', () => {
  it('ships only what the installed CLI uses', () => {
    const outside = packed.filter((path) => !/^(bin\/|dist\/bundle\/|schemas\/|templates\/|package\.json$|README\.md$|LICEN[CS]E)/.test(path));
    expect(outside).toEqual([]);
    expect(packed.filter((path) => /(^|\/)out\//.test(path) || path.startsWith('examples/'))).toEqual([]);
    // Each bundle with its source map, for the "this is a bug" report (src/cli/bug-report.ts).
    for (const needed of ['bin/plan', 'dist/bundle/plan.cjs', 'dist/bundle/plan.cjs.map', 'dist/bundle/libraries.cjs', 'dist/bundle/render-worker.cjs', 'dist/bundle/render-worker.cjs.map', 'schemas/plan.schema.json', 'templates/html/document.hbs']) {
      expect(packed, needed).toContain(needed);
    }
  });

  it('runs init, validate and render --pdf in a project that installed it', async () => {
    expect(plan(['init', 'balen', '--yes', '--municipality', 'Balen'], project)).toContain('balen');
    // Inside the project: a relative path into node_modules, which `npm ci` restores after a clone.
    const first = (await readFile(join(project, 'balen', 'goals.yaml'), 'utf8')).split('\n')[0]!;
    expect(first).toBe('# yaml-language-server: $schema=../node_modules/beleidsplan/schemas/goals.schema.json');
    expect(existsSync(join(project, 'balen', '../node_modules/beleidsplan/schemas/goals.schema.json'))).toBe(true);
    expect(plan(['validate', 'balen'], project)).toMatch(/^0 fouten, \d+ waarschuwingen, 0 info$/m);
    expect(plan(['--version'], project)).toBe(`${(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    plan(['render', 'balen', '--pdf'], project);
    const pdf = await readFile(join(project, 'balen', 'out', 'plan.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('outside any project (as with npx or a global install) copies the schemas into the plan', async () => {
    const elsewhere = join(work, 'elders');
    await mkdir(elsewhere);
    plan(['init', 'mol', '--yes'], elsewhere);
    const first = (await readFile(join(elsewhere, 'mol', 'plan.yaml'), 'utf8')).split('\n')[0]!;
    expect(first).toBe('# yaml-language-server: $schema=.schemas/plan.schema.json');
    expect(JSON.parse(await readFile(join(elsewhere, 'mol', '.schemas', 'plan.schema.json'), 'utf8'))).toMatchObject({ $id: 'urn:beleidsplan:schema:v1:plan' });
    expect(plan(['validate', 'mol', '--format', 'json'], elsewhere)).toContain('"version": 1');
  });
});
