import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplesDir, fixturesDir, removeDir, repoRoot, runPlan } from '../helpers/cli.js';

// Each file in test/approved/ was read and approved by a person (see scripts/approve.mjs).
// A difference here means the output changed: read the diff, then approve it or fix the code.
const approvedDir = join(repoRoot, 'test', 'approved');
const plans = [
  { name: 'base', dir: join(fixturesDir, 'base') },
  ...(existsSync(examplesDir) ? readdirSync(examplesDir, { withFileTypes: true }) : []).filter((e) => e.isDirectory()).map((e) => ({ name: e.name, dir: join(examplesDir, e.name) })),
];

describe.each(plans)('the rendered $name plan', ({ name, dir }) => {
  it.each(['plan.html', 'plan.md'])('%s matches the approved file', async (file) => {
    const approved = join(approvedDir, name, file);
    expect(existsSync(approved), `no approved ${file} for ${name}: run \`npm run approve -- ${name}\`, read it, and commit it`).toBe(true);
    const out = await mkdtemp(join(tmpdir(), `plan-approved-${name}-`));
    try {
      const result = await runPlan(['render', dir, '--out', out, '--format', 'html,md']);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const actual = await readFile(join(out, file), 'utf8');
      expect(actual).toBe(await readFile(approved, 'utf8'));
    } finally {
      await removeDir(out);
    }
  });
});
