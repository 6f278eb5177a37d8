import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';

const base = join(fixturesDir, 'base');

describe('plan validate on the minimal fixture', () => {
  it('accepts a valid plan with exit 0', async () => {
    const result = await runPlan(['validate', base]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Geen problemen gevonden.');
    expect(result.status).toBe(0);
  });

  it('reports a misspelt field with a suggestion, location and exit 1', async () => {
    const dir = await tempPlan(base);
    try {
      const { readFile, writeFile } = await import('node:fs/promises');
      const file = join(dir, 'goals.yaml');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/\bowner:/, 'onwer:'));
      const result = await runPlan(['validate', dir]);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/goals\.yaml:\d+:\d+/);
      expect(result.stdout).toContain("'onwer'");
      expect(result.stdout).toContain("'owner'");
    } finally {
      await removeDir(dir);
    }
  });

  it('exits 2 for a folder that does not exist', async () => {
    const result = await runPlan(['validate', join(fixturesDir, 'does-not-exist')]);
    expect(result.status).toBe(2);
  });
});
