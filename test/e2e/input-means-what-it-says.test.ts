/**
 * Issue 12, classes 5 and 6 at the command line: input means what it says, and nothing
 * ends in a stack trace. Every case runs the real CLI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, removeDir, runPlan, stackTrace, withTempPlan } from '../helpers/cli.js';

const base = join(fixturesDir, 'base');
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await removeDir(dir);
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-input-'));
  made.push(dir);
  return dir;
}

describe('plan init writes what was typed', () => {
  // Each of these is a boolean, null or number to a YAML reader when written plainly.
  const names = ['True', 'False', 'Null', 'Yes', 'No', '~', '1e3', '0x1F', '.inf', 'null', "'s-Hertogenbosch", '"Aan zee"', 'a: b', '#1', '- x', '@Home', '[Mol]', '{x}', '*ster', '&anker', '!tag', '%pct', '|pijp', '>gt', '?q'];
  it.concurrent.each(names)('--municipality %s: a valid plan that names exactly that municipality', async (name) => {
    const dir = join(await tempDir(), 'plan');
    const init = await runPlan(['init', dir, '--municipality', name, '--yes']);
    expect(init.stdout + init.stderr).not.toMatch(stackTrace);
    expect(init.status, init.stderr).toBe(0);
    const validate = await runPlan(['validate', dir, '--format', 'json']);
    expect(validate.status, validate.stdout).toBe(0);
    const plan = parse(await readFile(join(dir, 'plan.yaml'), 'utf8')) as { municipalities: Array<{ id: unknown; name: unknown }> };
    expect(plan.municipalities[0]!.name).toBe(name);
    expect(typeof plan.municipalities[0]!.id).toBe('string');
  });

  it('--municipalities True,Null,~,1e3: every id is a string, and the administrations refer to them', async () => {
    const dir = join(await tempDir(), 'plan');
    expect((await runPlan(['init', dir, '--municipalities', 'True,Null,~,1e3', '--yes'])).status).toBe(0);
    expect((await runPlan(['validate', dir])).status).toBe(0);
    const plan = parse(await readFile(join(dir, 'plan.yaml'), 'utf8')) as { municipalities: Array<{ id: unknown; name: unknown }> };
    expect(plan.municipalities.map((m) => m.name)).toEqual(['True', 'Null', '~', '1e3']);
    expect(plan.municipalities.map((m) => typeof m.id)).toEqual(['string', 'string', 'string', 'string']);
  });
});

describe('empty values are usage errors, not "the current folder"', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['render --format ""', ['render', '.', '--format', ''], /--format is leeg/],
    ['render --format ","', ['render', '.', '--format', ','], /Onbekend formaat ','/],
    ['render --out ""', ['render', '.', '--out', ''], /--out is leeg/],
    ['render --out " "', ['render', '.', '--out', ' '], /--out is leeg/],
    ['render --templates ""', ['render', '.', '--templates', ''], /--templates is leeg/],
    ['render --templates "" --lang en', ['render', '.', '--templates', '', '--lang', 'en'], /--templates is empty/],
    ['schema --out ""', ['schema', '--out', ''], /--out is leeg/],
  ];
  it.concurrent.each(cases)('%s: exit 2, a plain message, nothing written', async (_, args, says) => {
    await withTempPlan(base, async (dir) => {
      const before = await readdir(dir);
      const result = await runPlan(args, { cwd: dir });
      expect(result.stdout + result.stderr).not.toMatch(stackTrace);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(says);
      expect(result.stdout).not.toMatch(/Geschreven/);
      expect(await readdir(dir)).toEqual(before);
    });
  });
});

describe('SOURCE_DATE_EPOCH must be whole seconds since 1970', () => {
  it.concurrent.each(['1e20', 'abc', '1.5', '-5', '0x10', '99999999999999'])('%s: exit 2 naming the variable, no PDF', async (value) => {
    await withTempPlan(base, async (dir) => {
      const result = await runPlan(['render', '.', '--pdf'], { cwd: dir, env: { SOURCE_DATE_EPOCH: value } });
      expect(result.stdout + result.stderr).not.toMatch(stackTrace);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`SOURCE_DATE_EPOCH is '${value}', geen geheel aantal seconden sinds 1970`);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  });

  it('a whole number sets the creation date; empty means unset; HTML alone does not look at it', async () => {
    await withTempPlan(base, async (dir) => {
      expect((await runPlan(['render', '.', '--format', 'pdf'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' } })).status).toBe(0);
      expect(execFileSync('pdfinfo', ['-isodates', join(dir, 'out', 'plan.pdf')], { encoding: 'utf8' })).toMatch(/CreationDate:\s+2026-01-01T00:00:00Z/);
      expect((await runPlan(['render', '.', '--format', 'pdf'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '' } })).status).toBe(0);
      expect((await runPlan(['render', '.'], { cwd: dir, env: { SOURCE_DATE_EPOCH: 'abc' } })).status).toBe(0);
    });
  });
});

describe('init and schema --out where nothing can be written', () => {
  const long = 'a'.repeat(300);
  const cases: Array<[string, string[], RegExp, boolean?]> = [
    ['init with a name too long', ['init', long, '--yes'], /plan init: kan niet schrijven in 'a+' \(het pad is te lang, ENAMETOOLONG\)/],
    ['schema --out a name too long', ['schema', '--out', long], /plan schema: kan niet schrijven in 'a+' \(het pad is te lang, ENAMETOOLONG\)/],
    ['init under /proc (mkdir -p looped for ever)', ['init', '/proc/plan-test/x', '--yes'], /kan niet schrijven in '\/proc\/plan-test\/x' \(de map bestaat niet en kan niet gemaakt worden, ENOENT\)/, !existsSync('/proc/self')],
    ['schema --out under /proc', ['schema', '--out', '/proc/plan-test'], /kan niet schrijven in '\/proc\/plan-test' \(de map bestaat niet en kan niet gemaakt worden, ENOENT\)/, !existsSync('/proc/self')],
    ['init below /dev/null', ['init', '/dev/null/x', '--yes'], /een deel van het pad is een bestand, geen map, ENOTDIR/, !existsSync('/dev/null')],
  ];
  for (const [name, args, says, skip] of cases) {
    it.skipIf(skip)(`${name}: exit 2 with a plain message, in time`, async () => {
      const cwd = await tempDir();
      const result = await runPlan(args, { cwd, timeoutMs: 30_000 });
      expect(result.timedOut).toBe(false);
      expect(result.stdout + result.stderr).not.toMatch(stackTrace);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(says);
      expect(await readdir(cwd)).toEqual([]);
    });
  }
});
