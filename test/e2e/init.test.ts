import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { planBin, removeDir, repoRoot, runPlan } from '../helpers/cli.js';
import { planFileNames } from '../../src/load/plan-files.js';

const yamlFiles = planFileNames;
const allFiles = [...yamlFiles, 'README.md', '.gitignore'];

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await removeDir(dir);
});

async function tempDir(parent = tmpdir()): Promise<string> {
  const dir = await mkdtemp(join(parent, 'plan-init-'));
  made.push(dir);
  return dir;
}

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort().filter((n) => n !== '.schemas')) files.set(name, await readFile(join(dir, name)));
  return files;
}

/** The schema file a YAML file's first line points to, resolved the way the yaml-language-server does. */
async function schemaTarget(file: string): Promise<{ ref: string; path: string }> {
  const firstLine = (await readFile(file, 'utf8')).split('\n')[0] ?? '';
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
  expect(match, `schema line of ${file}`).not.toBeNull();
  const ref = match![1]!;
  return { ref, path: ref.startsWith('file:') ? fileURLToPath(ref) : resolve(dirname(file), ref) };
}

async function expectSchemaLines(dir: string): Promise<string[]> {
  const refs: string[] = [];
  for (const name of yamlFiles) {
    const { ref, path } = await schemaTarget(join(dir, name));
    expect(existsSync(path), `${name} → ${path}`).toBe(true);
    const schema = JSON.parse(await readFile(path, 'utf8')) as { $id: string };
    expect(schema.$id).toBe(`urn:beleidsplan:schema:v1:${name.replace('.yaml', '')}`);
    refs.push(ref);
  }
  return refs;
}

/** Spawns the CLI with stdin left open (a pipe nobody writes to) and fails if it waits for input. */
function runWithOpenStdin(args: string[], timeoutMs: number): Promise<{ status: number | null; timedOut: boolean; stdout: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [planBin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, timedOut, stdout });
    });
  });
}

describe('plan init', () => {
  it('writes a plan that validates at once', async () => {
    const dir = join(await tempDir(), 'balen');
    const init = await runPlan(['init', dir, '--yes', '--municipality', 'Balen', '--period', '2026-2031']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Balen');
    expect(init.stdout).toContain('npx -p beleidsplan plan validate');
    expect((await readdir(dir)).sort()).toEqual([...allFiles, '.schemas'].sort());

    const validate = await runPlan(['validate', dir]);
    // No errors; the domain rules point out what is still to fill in, as warnings.
    expect(validate.stdout).toMatch(/^0 fouten, \d+ waarschuwingen, 0 info$/m);
    expect(validate.stdout).toContain('[placeholders/placeholder]');
    expect(validate.status).toBe(0);

    const plan = await readFile(join(dir, 'plan.yaml'), 'utf8');
    expect(plan).toContain('name: Balen');
    expect(plan).toMatch(/start: 2026\n\s+end: 2031/);
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('npx plan validate');
    expect(readme).toContain('npx plan render --pdf');
  });

  it.each(['nl-BE', 'en'])('writes a plan that renders to HTML and Markdown in out/ (%s)', async (language) => {
    const dir = await tempDir();
    expect((await runPlan(['init', dir, '--yes', '--municipalities', 'Mol,Dessel', '--language', language])).status).toBe(0);
    const render = await runPlan(['render', dir]);
    expect(render.stderr).toBe('');
    expect(render.status).toBe(0);
    const markdown = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
    expect(markdown).toContain('Mol');
    expect(markdown).toContain('Dessel');
    expect(markdown).toMatch(/^#{4,5} 1\.1 /m);
    expect(await readFile(join(dir, 'out', 'plan.html'), 'utf8')).toContain('<html');
  });

  it('refuses a second init, names the files and leaves them byte-identical', async () => {
    const dir = await tempDir();
    expect((await runPlan(['init', dir, '--yes', '--municipality', 'Mol'])).status).toBe(0);
    const before = await snapshot(dir);

    const again = await runPlan(['init', dir, '--yes', '--municipality', 'Dessel', '--language', 'en']);
    expect(again.status).toBe(2);
    for (const name of ['plan.yaml', 'goals.yaml', 'README.md']) expect(again.stderr).toContain(name);
    expect(again.stderr).toContain('--force');
    expect(again.stdout).toBe('');

    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) expect(after.get(name)!.equals(content), name).toBe(true);
  });

  it('refuses when only one plan file is in the way, and writes none of the others', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'goals.yaml'), 'strategicGoals: []\n');
    const result = await runPlan(['init', dir, '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('goals.yaml');
    expect(result.stderr).not.toContain('plan.yaml');
    expect(await readdir(dir)).toEqual(['goals.yaml']);
  });

  it('replaces the files with --force, but keeps an existing .gitignore', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plan.yaml'), 'title: oud\n');
    await writeFile(join(dir, '.gitignore'), 'node_modules/\n');
    const result = await runPlan(['init', dir, '--yes', '--force', '--municipality', 'Retie']);
    expect(result.status).toBe(0);
    expect(await readFile(join(dir, 'plan.yaml'), 'utf8')).toContain('name: Retie');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    expect(result.stdout).toContain('out/');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await runPlan(['validate', dir])).status).toBe(0);
  });

  it('never waits for input when stdin is not a terminal, even without --yes', async () => {
    const dir = join(await tempDir(), 'plan');
    const result = await runWithOpenStdin(['init', dir], 15_000);
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(0);
    expect((await runPlan(['validate', dir])).status).toBe(0);
    // Nobody named the municipality: the plan says so with a TODO rather than guessing.
    expect(await readFile(join(dir, 'plan.yaml'), 'utf8')).toContain('TODO: naam van de gemeente');
  });

  it('outside the package\'s project, copies the schemas into the plan\'s .schemas/ and points there, so a clone keeps them', async () => {
    const dir = await tempDir();
    expect((await runPlan(['init', dir, '--yes'])).status).toBe(0);
    const refs = await expectSchemaLines(dir);
    for (const ref of refs) expect(ref).toMatch(/^\.schemas\/[a-z]+\.schema\.json$/);
    // The copy travels with the plan: a clone elsewhere still finds every schema.
    const clone = await tempDir();
    await cp(dir, clone, { recursive: true });
    await expectSchemaLines(clone);
    // A second init with --force leaves identical copies alone and still succeeds.
    expect((await runPlan(['init', dir, '--yes', '--force'])).status).toBe(0);
  });

  it('uses a relative schema path when the package is installed next to the plan', async () => {
    const project = await tempDir();
    await mkdir(join(project, 'node_modules'));
    await symlink(repoRoot, join(project, 'node_modules', 'beleidsplan'), 'dir');
    const dir = join(project, 'plannen', 'balen');
    expect((await runPlan(['init', dir, '--yes'])).status).toBe(0);
    const refs = await expectSchemaLines(dir);
    expect(refs[0]).toBe('../../node_modules/beleidsplan/schemas/plan.schema.json');
  });

  it('uses a relative schema path for a plan inside the package itself', async () => {
    const scratch = join(repoRoot, 'test', '.scratch');
    await mkdir(scratch, { recursive: true });
    made.push(scratch);
    const dir = await tempDir(scratch);
    expect((await runPlan(['init', dir, '--yes'])).status).toBe(0);
    const refs = await expectSchemaLines(dir);
    expect(refs[0]).toBe('../../../schemas/plan.schema.json');
  });

  const combinations = ['brugge', 'vlaams-integraal', 'trimbos'].flatMap((model) => ['nl-BE', 'nl-NL', 'en'].map((language) => [model, language] as const));
  it.each(combinations)('validates with model %s in %s, also for an intermunicipal plan', async (model, language) => {
    for (const who of [['--municipality', 'Zwevegem'], ['--municipalities', "Balen, 's-Hertogenbosch,Dessel"]]) {
      const dir = await tempDir();
      const init = await runPlan(['init', dir, '--yes', '--model', model, '--language', language, ...who]);
      expect(init.status).toBe(0);
      const validate = await runPlan(['validate', dir]);
      // No errors (the domain rules warn about the TODOs and the example goals).
      expect(validate.stderr).toBe('');
      expect(validate.stdout).toMatch(/^0 (fouten|errors), \d+ (waarschuwingen|warnings), 0 info$/m);
      expect(validate.status).toBe(0);
      const plan = await readFile(join(dir, 'plan.yaml'), 'utf8');
      expect(plan).toContain(`pillarModel: ${model}`);
      expect(plan).toContain(`language: ${language}`);
      if (who[0] === '--municipalities') {
        for (const name of ['name: Balen', `name: "'s-Hertogenbosch"`, 'name: Dessel']) expect(plan).toContain(name);
        expect(plan).toContain('partnership:');
        expect(await readFile(join(dir, 'stakeholders.yaml'), 'utf8')).toContain('municipality: dessel');
      }
    }
  });

  it.each([
    [['--period', '2031-2026'], /2026-2031/],
    [['--period', 'abc'], /abc/],
    [['--period', '1850-1856'], /1900/],
    [['--model', 'brugs'], /brugge/],
    [['--model', 'nederland'], /brugge, vlaams-integraal, trimbos/],
    [['--language', 'fr'], /nl-BE, nl-NL, en/],
    [['--municipalities', ' , '], /gemeente/],
    [['--municipalities', 'Mol,mol'], /Mol|mol/],
    [['--municipality', 'Mol', '--municipalities', 'Mol,Balen'], /--municipalities/],
  ])('refuses %j with a plain message, exit 2, and writes nothing', async (flags, pattern) => {
    const dir = join(await tempDir(), 'new');
    const result = await runPlan(['init', dir, '--yes', ...flags]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^plan init: /);
    expect(result.stderr).toMatch(pattern);
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a target that is a file', async () => {
    const file = join(await tempDir(), 'plan.txt');
    await writeFile(file, 'x');
    const result = await runPlan(['init', file, '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('geen map');

    const below = await runPlan(['init', join(file, 'sub'), '--yes']);
    expect(below.status).toBe(2);
    expect(below.stderr).toContain('kan niet schrijven');
    expect(below.stderr).not.toContain('bug');
  });
});

describe('plan schema', () => {
  it('prints the paths of the six shipped schemas (five plan files and the monitoring files) without --out', async () => {
    const result = await runPlan(['schema']);
    expect(result.status).toBe(0);
    const paths = result.stdout.trim().split('\n');
    expect(paths).toHaveLength(6);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });

  it('writes six valid JSON Schemas with --out, and never replaces a changed one without --force', async () => {
    const out = join(await tempDir(), 'schemas');
    const first = await runPlan(['schema', '--out', out]);
    expect(first.status).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toEqual(['analysis.schema.json', 'goals.schema.json', 'mission.schema.json', 'monitoring.schema.json', 'plan.schema.json', 'stakeholders.schema.json']);
    for (const name of names) {
      const schema = JSON.parse(await readFile(join(out, name), 'utf8')) as { $schema: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect((await readFile(join(out, name))).equals(await readFile(join(repoRoot, 'schemas', name)))).toBe(true);
    }

    // Identical files are simply up to date.
    expect((await runPlan(['schema', '--out', out])).status).toBe(0);

    await writeFile(join(out, 'goals.schema.json'), '{}\n');
    const refused = await runPlan(['schema', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('goals.schema.json');
    expect(refused.stderr).not.toContain('plan.schema.json');
    expect(await readFile(join(out, 'goals.schema.json'), 'utf8')).toBe('{}\n');

    const forced = await runPlan(['schema', '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect((await readFile(join(out, 'goals.schema.json'))).equals(await readFile(join(repoRoot, 'schemas', 'goals.schema.json')))).toBe(true);
  });
});
