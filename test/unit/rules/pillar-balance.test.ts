import { describe, expect, it } from 'vitest';
import { checkWith, hits, withRules } from '../../helpers/lint.js';

const twoPillars = `strategicGoals:
  - id: s
    title: S
    operationalGoals:
      - id: a
        title: A
        pillars: [preventie]
        owner: cgg
      - id: b
        title: B
        pillars: [hulpverlening]
        owner: cgg
`;

/** repressie comes only from inheritance: strategic goal → operational goal → action, and theme → action. */
const inherited = `strategicGoals:
  - id: s
    title: S
    pillars: [repressie]
    operationalGoals:
      - id: a
        title: A
        owner: cgg
        actions:
          - id: a1
            title: A1
  - id: t
    title: T
    operationalGoals:
      - id: b
        title: B
        pillars: [preventie, hulpverlening]
        owner: cgg
themes:
  - id: uitgaan
    title: Veilig uitgaan
    pillars: [repressie]
    actions:
      - id: controles
        title: Controles
`;

describe('pillar-balance', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'pillar-balance')).toEqual([]);
  });

  it('warns when a pillar of a shipped model carries nothing, at pillarModel', async () => {
    const result = await checkWith({ 'goals.yaml': twoPillars });
    expect(hits(result, 'pillar-balance')).toEqual([{ code: 'pillar-empty', severity: 'warning', file: 'plan.yaml', line: 11, column: 14 }]);
    expect(result.diagnostics.find((d) => d.rule === 'pillar-balance')?.params.pillar).toBe('Repressie');
  });

  it('points at the pillar in an own pillar model', async () => {
    const result = await checkWith({
      'plan.yaml': (text) =>
        text.replace('pillarModel: brugge\n', 'pillars:\n  - id: preventie\n    name: Preventie\n  - id: hulpverlening\n    name: Hulpverlening\n  - id: repressie\n    name: Repressie\n'),
      'goals.yaml': twoPillars,
    });
    expect(hits(result, 'pillar-balance')).toEqual([{ code: 'pillar-empty', severity: 'warning', file: 'plan.yaml', line: 16, column: 5 }]);
  });

  it('lets goals and actions inherit pillars from their strategic goal, goal or theme', async () => {
    const result = await checkWith({ 'goals.yaml': inherited });
    expect(hits(result, 'pillar-balance')).toEqual([]);
  });

  it('reports a pillar under the configured share, at the configured severity', async () => {
    const result = await checkWith({ 'goals.yaml': inherited, 'plan.yaml': withRules('  pillar-balance: { severity: error, minShare: 30 }\n') });
    // repressie carries 3 of 5 (goal a, action a1, theme action); preventie and hulpverlening 1 each (20%).
    expect(hits(result, 'pillar-balance')).toEqual([
      { code: 'pillar-underweight', severity: 'error', file: 'plan.yaml', line: 11, column: 14 },
      { code: 'pillar-underweight', severity: 'error', file: 'plan.yaml', line: 11, column: 14 },
    ]);
    const shares = result.diagnostics.filter((d) => d.rule === 'pillar-balance').map((d) => [d.params.pillar, d.params.share]);
    expect(shares).toEqual([
      ['Preventie', 20],
      ['Hulpverlening', 20],
    ]);
  });

  it('keeps the default share of 10% when only the severity is set', async () => {
    const result = await checkWith({ 'goals.yaml': inherited, 'plan.yaml': withRules('  pillar-balance: { severity: info }\n') });
    expect(hits(result, 'pillar-balance')).toEqual([]);
  });

  it('counts an empty list as inherited, and says so where it is written', async () => {
    // Goal a writes pillars: [] under a strategic goal on repressie: it still carries repressie.
    const result = await checkWith({ 'goals.yaml': inherited.replace('        title: A\n', '        title: A\n        pillars: []\n') });
    expect(hits(result, 'pillar-balance')).toEqual([{ code: 'pillars-empty-list', severity: 'warning', file: 'goals.yaml', line: 8, column: 18 }]);
    const shares = Object.fromEntries(result.diagnostics.filter((d) => d.rule === 'pillar-balance').map((d) => [d.params.item, d.params.pillar]));
    expect(shares).toEqual({ '1.1': 'Repressie' });
  });
});
