import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runPlan } from '../helpers/cli.js';

const plantedBug = `--require=${join(repoRoot, 'test', 'helpers', 'throw-on-report.cjs')}`;

describe('the "this is a bug" report', () => {
  it('names the source files and lines of the stack, through the bundle’s source map', async () => {
    const result = await runPlan(['validate', join(fixturesDir, 'base')], { env: { NODE_OPTIONS: plantedBug } });
    expect(result.status).toBe(70);
    expect(result.stderr).toContain('dit is een fout in plan zelf');
    expect(result.stderr).toContain('TypeError: a bug planted by test/helpers/throw-on-report.cjs');
    // The command that wrote, by its source file, not a line of dist/bundle/plan.cjs.
    expect(result.stderr).toMatch(/^\s+at .*\bsrc\/cli\/commands\/validate\.ts:\d+:\d+\)?$/m);
    expect(result.stderr).not.toContain('plan.cjs:');
  });
});

describe('plan --version', () => {
  it('prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const result = await runPlan(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});
