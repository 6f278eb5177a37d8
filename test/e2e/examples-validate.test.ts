import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, runPlan } from '../helpers/cli.js';

/** Every folder in examples/ is a complete plan that must validate without any diagnostic. */
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('the shipped examples', () => {
  it('include the Brugge, gemeente X and Kempen plans', () => {
    expect(examples).toEqual(expect.arrayContaining(['brugge', 'gemeente-x', 'kempen']));
  });

  describe.each(examples)('examples/%s', (name) => {
    const dir = join(examplesDir, name);

    it('validates with exit 0 and no problems', async () => {
      const result = await runPlan(['validate', dir]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Geen problemen gevonden.');
      expect(result.status).toBe(0);
    });

    it('gives an empty diagnostics list with --format json', async () => {
      const result = await runPlan(['validate', dir, '--format', 'json']);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as { diagnostics: unknown[] };
      expect(report.diagnostics).toEqual([]);
    });
  });
});
