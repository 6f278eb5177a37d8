import { describe, expect, it } from 'vitest';
import { checkWith, hits, withRules } from '../../helpers/lint.js';

const goals = `strategicGoals:
  - id: s
    title: S
    operationalGoals:
      - id: met-trekker
        title: Met trekker
        pillars: [preventie]
        owner: cgg
      - id: zonder-trekker
        title: Zonder trekker
        pillars: [repressie]
        partners: [lokale-politie]
        actions:
          - id: actie-zonder-trekker
            title: Een actie hoeft geen trekker te hebben
`;

describe('goal-owner', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'goal-owner')).toEqual([]);
  });

  it('warns at each operational goal without an owner, not at its actions', async () => {
    const result = await checkWith({ 'goals.yaml': goals });
    expect(hits(result, 'goal-owner')).toEqual([{ code: 'goal-without-owner', severity: 'warning', file: 'goals.yaml', line: 9, column: 9 }]);
    expect(result.diagnostics.find((d) => d.rule === 'goal-owner')?.params).toMatchObject({ goal: '1.2', title: 'Zonder trekker' });
  });

  it('follows the severity set in plan.yaml', async () => {
    const result = await checkWith({ 'goals.yaml': goals, 'plan.yaml': withRules('  goal-owner: error\n') });
    expect(hits(result, 'goal-owner').map((h) => h.severity)).toEqual(['error']);
  });
});
