import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, runPlan, withTempPlan } from '../helpers/cli.js';

/**
 * A plan of a Dutch municipality (language: nl-NL) is checked and rendered in the Dutch of the
 * Netherlands: no jeugdhuis, CLB or "gekende ids" in its hints, no Belgian "V.U." in its colophon.
 */
const base = join(fixturesDir, 'base');

/**
 * The base fixture in a language, with one flaw: a misspelt owner (a reference error), or the
 * youth sector left empty (a domain rule, which runs only once the references are sound).
 */
async function flawedPlan(language: string, flaw: 'reference' | 'sector', run: (dir: string) => Promise<void>): Promise<void> {
  const [plan, stakeholders, goals] = await Promise.all(['plan.yaml', 'stakeholders.yaml', 'goals.yaml'].map((f) => readFile(join(base, f), 'utf8')));
  const changed: Record<string, string> = { 'plan.yaml': plan!.replace(/^language: nl-BE$/m, `language: ${language}`) };
  if (flaw === 'reference') changed['goals.yaml'] = goals!.replace('owner: cgg', 'owner: cgh');
  else changed['stakeholders.yaml'] = stakeholders!.replace('    name: Jeugdhuis\n    sector: youth', '    name: Jeugdhuis\n    sector: leisure');
  await withTempPlan(base, run, changed);
}

describe('nl-NL wording of messages and hints', () => {
  it('a Dutch plan gets "bekende" ids, not the Flemish "gekende"', async () => {
    await flawedPlan('nl-NL', 'reference', async (dir) => {
      const result = await runPlan(['validate', dir]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain("'cgh' is geen bekende partner of overlegorgaan — bedoelt u 'cgg'?");
      expect(result.stdout).toContain('Bekende ids:');
      expect(result.stdout).not.toMatch(/gekend/i);
    });
  });

  it('a Dutch plan is pointed to partners of a Dutch municipality, not the jeugdhuis and the scouts', async () => {
    await flawedPlan('nl-NL', 'sector', async (dir) => {
      const result = await runPlan(['validate', dir]);
      expect(result.stdout).toContain('het lokaal overleg heeft geen partner uit de sector jeugd');
      expect(result.stdout).toContain('het jongerenwerk, jongerencentra en scouting');
      expect(result.stdout).not.toMatch(/jeugdbewegingen|scouts/);
    });
  });

  it('a Flemish plan keeps its Flemish wording, and --lang nl-NL switches it', async () => {
    await flawedPlan('nl-BE', 'sector', async (dir) => {
      const flemish = await runPlan(['validate', dir]);
      expect(flemish.stdout).toContain('het jeugdhuis en de jeugdbewegingen, zoals de scouts');
      const dutch = await runPlan(['validate', dir, '--lang', 'nl-NL']);
      expect(dutch.stdout).toContain('het jongerenwerk, jongerencentra en scouting');
    });
    await flawedPlan('nl-BE', 'reference', async (dir) => {
      expect((await runPlan(['validate', dir])).stdout).toContain("'cgh' is geen gekende partner of overlegorgaan");
      expect((await runPlan(['validate', dir, '--lang', 'nl-NL'])).stdout).toContain("'cgh' is geen bekende partner of overlegorgaan");
    });
  });

  it('the colophon of a Dutch plan names its publisher without the Belgian V.U.', async () => {
    await withTempPlan(join(examplesDir, 'gemeente-x'), async (dir) => {
      const result = await runPlan(['render', dir, '--format', 'html,md']);
      expect(result.status).toBe(0);
      const [html, md] = await Promise.all([readFile(join(dir, 'out', 'plan.html'), 'utf8'), readFile(join(dir, 'out', 'plan.md'), 'utf8')]);
      for (const text of [html, md]) {
        expect(text).toContain('Uitgegeven door');
        expect(text).not.toMatch(/Verantwoordelijke uitgever|V\.U\./);
      }
    });
  });
});
