import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';

const base = join(fixturesDir, 'base');
const ruleIds = ['pillar-balance', 'goal-owner', 'stakeholder-involved', 'sector-coverage', 'coordinator-named', 'advisory-body', 'experience-experts', 'goal-indicator', 'period-length', 'substance-coverage', 'alcohol-in-scope', 'process-goals', 'prevention-targeting', 'placeholders', 'pdf-characters'];

describe('plan rules', () => {
  it('lists every rule with its default severity and a Dutch description', async () => {
    const result = await runPlan(['rules']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const id of ruleIds) expect(result.stdout).toMatch(new RegExp(`^  ${id} +waarschuwing +\\S`, 'm'));
    expect(result.stdout).toContain('Elke operationele doelstelling heeft een trekker (owner).');
    expect(result.stdout).toContain('plan rules <id>');
  });

  it('lists them in English with --lang en', async () => {
    const result = await runPlan(['rules', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}goal-owner +warning +all +Every operational goal has an owner\.$/m);
  });

  it('shows the profile of each rule: the VAD-only rules, the Alcoholwet rules and the common ones', async () => {
    const result = await runPlan(['rules']);
    expect(result.stdout).toMatch(/^ {2}process-goals +waarschuwing +vad +\S/m);
    expect(result.stdout).toMatch(/^ {2}experience-experts +waarschuwing +vad +\S/m);
    expect(result.stdout).toMatch(/^ {2}goal-owner +waarschuwing +alle +\S/m);
    for (const id of ['age-limit', 'alcohol-enforcement', 'council-cycle', 'health-policy-link']) expect(result.stdout).toMatch(new RegExp(`^  ${id} +waarschuwing +alcoholwet +\\S`, 'm'));
    expect((await runPlan(['rules', 'council-cycle', '--lang', 'en'])).stdout).toMatch(/^Profile: alcoholwet \(Dutch alcohol prevention and enforcement plan, under the Alcoholwet\)$/m);
  });

  it('checks a plan with ruleProfile: alcoholwet against the Alcoholwet rules, not the VAD ones', async () => {
    const dir = await tempPlan(base);
    try {
      const { appendFile } = await import('node:fs/promises');
      await appendFile(join(dir, 'plan.yaml'), 'ruleProfile: alcoholwet\nadoption:\n  body: College van B en W\n');
      const result = await runPlan(['validate', dir, '--format', 'json']);
      const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule?: string; code: string; file: string; line: number }> };
      expect(report.diagnostics.map((d) => `${d.file.split("/").pop()}:${d.line} ${d.rule}/${d.code}`)).toEqual([
        'goals.yaml:7 age-limit/age-limit-missing',
        'plan.yaml:18 health-policy-link/health-policy-link-missing',
        'plan.yaml:26 council-cycle/council-cycle-not-council',
      ]);
      expect(result.status).toBe(0);
    } finally {
      await removeDir(dir);
    }
  });

  it('explains one rule: description, rationale with its seed, options, example and fix', async () => {
    const result = await runPlan(['rules', 'pillar-balance']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^pillar-balance \(standaard: waarschuwing\)$/m);
    expect(result.stdout).toContain('Waarom:');
    expect(result.stdout).toContain('integraal-geintegreerd-drugbeleid-slides');
    expect(result.stdout).toContain('minShare');
    expect(result.stdout).toContain('Gemeld:');
    expect(result.stdout).toContain('Opgelost:');
    expect(result.stdout).toContain('    pillar-balance: off');
  });

  it('explains a rule in English', async () => {
    const result = await runPlan(['rules', 'sector-coverage', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Why:');
    expect(result.stdout).toContain('lokaal-overleg-stakeholders');
    expect(result.stdout).toContain('Fixed:');
  });

  it('exits 2 for an unknown rule, with a suggestion on stderr', async () => {
    const result = await runPlan(['rules', 'piller-balance']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("Onbekende regel 'piller-balance' — bedoelt u 'pillar-balance'?");
  });
});

describe('plan validate with domain rules', () => {
  /** Base plan whose second operational goal has no owner: one warning from goal-owner. */
  let ownerless: string;
  beforeAll(async () => {
    const { readFile } = await import('node:fs/promises');
    const goals = await readFile(join(base, 'goals.yaml'), 'utf8');
    ownerless = await tempPlan(base, { 'goals.yaml': goals.replace('        owner: lokale-politie\n', '') });
  });
  afterAll(async () => {
    await removeDir(ownerless);
  });

  it('reports a rule finding as a warning with the rule id, and exits 0', async () => {
    const result = await runPlan(['validate', ownerless]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/goals\.yaml:32:9 waarschuwing operationele doelstelling 1\.2 'Handhaving bij evenementen' heeft geen trekker \[goal-owner\/goal-without-owner\]/);
    expect(result.stdout).toContain('0 fouten, 1 waarschuwing, 0 info');
  });

  it('--strict exits 1 on a warning', async () => {
    const result = await runPlan(['validate', ownerless, '--strict']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1 waarschuwing');
  });

  it('--strict exits 0 on a clean plan', async () => {
    const result = await runPlan(['validate', base, '--strict']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Geen problemen gevonden.');
  });

  it('--strict does not fail on info', async () => {
    const dir = await tempPlan(ownerless);
    try {
      const { appendFile } = await import('node:fs/promises');
      await appendFile(join(dir, 'plan.yaml'), 'rules:\n  goal-owner: info\n');
      const result = await runPlan(['validate', dir, '--strict']);
      expect(result.stdout).toContain('0 fouten, 0 waarschuwingen, 1 info');
      expect(result.status).toBe(0);
    } finally {
      await removeDir(dir);
    }
  });

  it.each([
    ['off', 0, 'Geen problemen gevonden.'],
    ['error', 1, '1 fout, 0 waarschuwingen, 0 info'],
  ])('rules: { goal-owner: %s } in plan.yaml changes the outcome', async (severity, status, summary) => {
    const dir = await tempPlan(ownerless);
    try {
      const { appendFile } = await import('node:fs/promises');
      await appendFile(join(dir, 'plan.yaml'), `rules:\n  goal-owner: ${severity}\n`);
      const result = await runPlan(['validate', dir]);
      expect(result.stdout).toContain(summary);
      expect(result.status).toBe(status);
    } finally {
      await removeDir(dir);
    }
  });

  it('an unknown rule id is an error at its key, with did-you-mean', async () => {
    const dir = await tempPlan(base);
    try {
      const { appendFile } = await import('node:fs/promises');
      await appendFile(join(dir, 'plan.yaml'), 'rules:\n  goal-ownr: off\n');
      const result = await runPlan(['validate', dir, '--lang', 'en']);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/plan\.yaml:26:3 error unknown rule 'goal-ownr' — did you mean 'goal-owner'\? \[unknown-rule\]/);
      expect(result.stdout).toContain('  26 |   goal-ownr: off');
    } finally {
      await removeDir(dir);
    }
  });

  it('ends the stylish output with the completeness summary, after the one-line summary', async () => {
    const result = await runPlan(['validate', ownerless]);
    const tail = result.stdout.slice(result.stdout.indexOf('0 fouten, 1 waarschuwing, 0 info'));
    expect(tail).toBe(
      [
        '0 fouten, 1 waarschuwing, 0 info',
        '',
        'Volledigheid:',
        '  onderdelen ingevuld: 8/8',
        '  operationele doelstellingen met trekker: 2/3',
        '  operationele doelstellingen met indicator en streefwaarde: 3/3',
        '  nog in te vullen (TODO): 0',
        '  regelprofiel: vad (Vlaams integraal drugbeleid, in het kader van VAD)',
        '',
      ].join('\n'),
    );
  });

  it('puts the completeness under a key of the json output', async () => {
    const result = await runPlan(['validate', ownerless, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule?: string; code: string }>; summary: unknown; plans: Array<{ completeness: unknown }> };
    expect(report.summary).toEqual({ plans: 1, plansWithErrors: 0, errors: 0, warnings: 1, infos: 0 });
    expect(report.diagnostics).toEqual([expect.objectContaining({ rule: 'goal-owner', code: 'goal-without-owner', line: 32, column: 9, severity: 'warning' })]);
    expect(report.plans[0]!.completeness).toEqual({
      sections: { filled: 8, total: 8, missing: [], titles: {}, numbered: true },
      operationalGoals: { counts: 'goals', total: 3, withOwner: 2, withIndicator: 3 },
      placeholders: 0,
      notChecked: [],
      ruleProfile: 'vad',
    });
  });

  it('names the rule in GitHub annotations', async () => {
    const result = await runPlan(['validate', ownerless, '--format', 'github']);
    expect(result.stdout).toMatch(/^::warning file=.*goals\.yaml,line=32,col=9,.*title=goal-owner\/goal-without-owner::/m);
  });
});

describe('a plan with characters the PDF font lacks', () => {
  let plan: string;
  beforeAll(async () => {
    const { readFile } = await import('node:fs/promises');
    const mission = await readFile(join(base, 'mission.yaml'), 'utf8');
    plan = await tempPlan(base, { 'mission.yaml': mission.replace('De gemeente voert', 'De gemeente 💪 voert') });
  });
  afterAll(async () => {
    await removeDir(plan);
  });

  it('plan validate warns at the character, names it and says what to do', async () => {
    const result = await runPlan(['validate', plan]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("mission.yaml:1:22 waarschuwing het lettertype Source Sans 3 van de PDF heeft geen teken voor '💪' (U+1F4AA): in plan.pdf blijft dat leeg [pdf-characters/pdf-missing-glyphs]");
    expect(result.stdout).toContain('tip: Vervang ze door gewone tekst');
    expect((await runPlan(['validate', plan, '--strict'])).status).toBe(1);
  });

  it('plan render --pdf still writes the PDF, with the warning counted', async () => {
    const out = join(plan, 'out');
    const result = await runPlan(['render', plan, '--format', 'pdf', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 fouten, 1 waarschuwing, 0 info');
    const { readFile } = await import('node:fs/promises');
    const { readPdf, norm } = await import('../helpers/pdf.js');
    const text = norm((await readPdf(new Uint8Array(await readFile(join(out, 'plan.pdf'))))).pages.flat().join(' '));
    // The rest of the sentence is there; in place of the emoji the font's empty glyph 0 (.notdef).
    expect(text).toContain(norm('De gemeente \u0000 voert een integraal alcohol- en drugbeleid'));
    expect(text).not.toContain('💪');
  });

  it('a rule set to off in plan.yaml silences it', async () => {
    const { appendFile } = await import('node:fs/promises');
    await appendFile(join(plan, 'plan.yaml'), 'rules:\n  pdf-characters: off\n');
    const result = await runPlan(['validate', plan]);
    expect(result.stdout).not.toContain('pdf-characters');
    expect(result.stdout).toContain('Geen problemen gevonden.');
  });
});
