import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const goals = `strategicGoals:
  - id: s
    title: S
    operationalGoals:
      - id: zonder-indicator
        title: Zonder indicator
        pillars: [preventie]
        owner: cgg
      - id: zonder-streefwaarde
        title: Zonder streefwaarde
        pillars: [hulpverlening]
        owner: cgg
        indicators:
          - name: Aantal doorverwijzingen
            baseline: { value: 10, year: 2023 }
      - id: in-orde
        title: In orde
        pillars: [repressie]
        owner: lokale-politie
        indicators:
          - name: Zonder streefwaarde
          - name: Met streefwaarde
            target: { value: 'alle scholen' }
`;

describe('goal-indicator', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'goal-indicator')).toEqual([]);
  });

  it('warns at a goal without indicators, and at the indicators of a goal none of whose indicators has a target', async () => {
    const result = await checkWith({ 'goals.yaml': goals });
    expect(hits(result, 'goal-indicator')).toEqual([
      { code: 'goal-without-indicator', severity: 'warning', file: 'goals.yaml', line: 5, column: 9 },
      { code: 'indicator-without-target', severity: 'warning', file: 'goals.yaml', line: 13, column: 9 },
    ]);
  });
});
