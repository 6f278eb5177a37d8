import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { hits, withRules } from '../../helpers/lint.js';
import { allMeasured as all, checkWith, monitoringRules, withIds } from '../../helpers/monitoring.js';

describe('spending-within-budget', () => {
  it('warns once, in the year the spending added up passes the budget (5000)', async () => {
    const result = await checkWith({
      'goals.yaml': withIds,
      'monitoring/2025.yaml': `${all}spending:\n  - { budgetLine: vorming-leerkrachten, amount: 3000 }\n`,
      'monitoring/2026.yaml': `${all}spending:\n  - { budgetLine: vorming-leerkrachten, amount: 2500 }\n`,
      'monitoring/2027.yaml': `${all}spending:\n  - { budgetLine: vorming-leerkrachten, amount: 100 }\n`,
    });
    expect(hits(result, 'spending-within-budget')).toEqual([{ code: 'spending-over-budget', severity: 'warning', file: 'monitoring/2026.yaml', line: 6, column: 49 }]);
    expect(renderMessage(result.diagnostics.find((d) => d.rule === 'spending-within-budget')!, 'nl').message).toBe("de uitgaven voor 'Vorming voor leerkrachten' komen tot €\u00a05.500, meer dan de €\u00a05.000 van de begroting");
  });

  it('counts a one-year line of plan.yaml against that year only', async () => {
    const plan = (text: string): string => `${text.trimEnd()}\nbudget:\n  items:\n    - { id: drukwerk, label: Drukwerk, amount: 1000, year: 2025 }\n`;
    const result = await checkWith({
      'goals.yaml': withIds,
      'plan.yaml': plan,
      'monitoring/2025.yaml': `${all}spending:\n  - { budgetLine: drukwerk, amount: 900 }\n`,
      'monitoring/2026.yaml': `${all}spending:\n  - { budgetLine: drukwerk, amount: 900 }\n`,
    });
    expect(hits(result, 'spending-within-budget')).toEqual([]);
  });
});
