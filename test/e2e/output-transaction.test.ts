/**
 * Several output files change together or not at all (issue 12, class 7), with the real
 * CLI: a rename that fails halfway is rolled back, an interrupt during the write leaves no
 * temporary file and no mix of old and new, and temporaries of a run killed outright are
 * swept by the next one. A preload (test/helpers/pause-writes.mjs) holds the CLI at the
 * exact moment to interrupt, so no test depends on timing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editFile as edit, fixturesDir, planBin, repoRoot, runPlan, stackTrace, withTempPlan } from '../helpers/cli.js';
import { snapshot } from '../helpers/tree.js';

const base = join(fixturesDir, 'base');
const pauseHook = pathToFileURL(join(repoRoot, 'test', 'helpers', 'pause-writes.mjs')).href;
const sidecars = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((name) => /\.(tmp|bak)$/.test(name));

/** chattr +i works only as root on a file system that supports it (ext4, not tmpfs or overlay). */
function canMakeImmutable(dir: string): boolean {
  const probe = join(dir, '.probe');
  try {
    execFileSync('touch', [probe]);
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    execFileSync('rm', [probe]);
    return true;
  } catch {
    return false;
  }
}

interface Interrupted {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `plan render` held at `at`, sends `signal` once it is there, and waits for the end. */
function renderInterrupted(dir: string, args: string[], at: 'temporary' | 'rename', signal: NodeJS.Signals): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [planBin, 'render', '.', ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--import=${pauseHook}`, PLAN_PAUSE_AT: at },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (chunk.includes('PAUSED')) child.kill(signal);
    });
    child.on('error', reject);
    child.on('close', (status, sig) => {
      clearTimeout(guard);
      resolve({ status, signal: sig, stderr });
    });
  });
}

describe('plan render: the output files change together or not at all', () => {
  it('puts plan.html and plan.md back when plan.pdf cannot be replaced (immutable, or locked by a viewer)', async () => {
    await withTempPlan(base, async (dir) => {
      expect((await runPlan(['render', '.', '--pdf'], { cwd: dir })).status).toBe(0);
      const out = join(dir, 'out');
      if (!canMakeImmutable(out)) return; // Nothing to try on this file system.
      const before = await snapshot(out);
      await edit(dir, 'plan.yaml', (t) => t.replace(/^title: .*$/m, 'title: Een nieuwe titel'));
      execFileSync('chattr', ['+i', join(out, 'plan.pdf')]);
      try {
        const result = await runPlan(['render', '.', '--pdf'], { cwd: dir, timeoutMs: 60_000 });
        expect(result.stdout + result.stderr).not.toMatch(stackTrace);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/Kan 'out\/plan\.pdf' niet schrijven \(geen schrijfrechten, EPERM\)/);
        expect(result.stderr).toContain('Geen enkel uitvoerbestand is gewijzigd.');
      } finally {
        execFileSync('chattr', ['-i', join(out, 'plan.pdf')]);
      }
      expect(await snapshot(out), 'plan.html and plan.md are the old ones again').toEqual(before);
      expect(await sidecars(out)).toEqual([]);
    });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while the first temporary file is written: no .tmp left, old output intact, dies of ${signal}`, async () => {
      await withTempPlan(base, async (dir) => {
        expect((await runPlan(['render', '.'], { cwd: dir })).status).toBe(0);
        const before = await snapshot(join(dir, 'out'));
        await edit(dir, 'plan.yaml', (t) => t.replace(/^title: .*$/m, 'title: Een nieuwe titel'));
        const run = await renderInterrupted(dir, [], 'temporary', signal);
        expect(run.stderr).toContain('PAUSED');
        expect(run.stderr).not.toMatch(stackTrace);
        expect(run.signal, 'the exit status still says it was interrupted').toBe(signal);
        expect(await sidecars(join(dir, 'out'))).toEqual([]);
        expect(await snapshot(join(dir, 'out'))).toEqual(before);
      });
    });
  }

  it('SIGTERM between two renames: the file already replaced is put back', async () => {
    await withTempPlan(base, async (dir) => {
      expect((await runPlan(['render', '.'], { cwd: dir })).status).toBe(0);
      const before = await snapshot(join(dir, 'out'));
      await edit(dir, 'plan.yaml', (t) => t.replace(/^title: .*$/m, 'title: Een nieuwe titel'));
      const run = await renderInterrupted(dir, [], 'rename', 'SIGTERM');
      expect(run.signal).toBe('SIGTERM');
      expect(await sidecars(join(dir, 'out'))).toEqual([]);
      expect(await snapshot(join(dir, 'out')), 'plan.html is the old one again, not new beside an old plan.md').toEqual(before);
    });
  });

  it('SIGTERM during a first render: the new files are removed again, nothing half-made stays', async () => {
    await withTempPlan(base, async (dir) => {
      const run = await renderInterrupted(dir, [], 'rename', 'SIGTERM');
      expect(run.signal).toBe('SIGTERM');
      expect(await readdir(join(dir, 'out'))).toEqual([]);
    });
  });

  it('sweeps the temporaries of a run killed outright (SIGKILL) on the next render, and only ours', async () => {
    await withTempPlan(base, async (dir) => {
      const run = await renderInterrupted(dir, [], 'temporary', 'SIGKILL');
      expect(run.signal).toBe('SIGKILL');
      const out = join(dir, 'out');
      const left = await sidecars(out);
      expect(left, 'SIGKILL cannot be caught: its temporary stays').toHaveLength(1);
      expect(left[0]).toMatch(/^\.plan\.html\.\d+\.[0-9a-f]{8}\.tmp$/);
      // Some time has passed since; files that are not ours stay whatever their age.
      const old = new Date(Date.now() - 5 * 60_000);
      await utimes(join(out, left[0]!), old, old);
      const strangers = ['.notes.txt.123.0123abcd.tmp', '.plan.html.tmp', 'plan.html.1.0123abcd.tmp'];
      for (const name of strangers) {
        await writeFile(join(out, name), 'not ours');
        await utimes(join(out, name), old, old);
      }
      expect((await runPlan(['render', '.'], { cwd: dir })).status).toBe(0);
      expect((await sidecars(out)).sort()).toEqual([...strangers].sort());
      expect(await readFile(join(out, 'plan.html'), 'utf8')).toContain('<html');
    });
  });
});
