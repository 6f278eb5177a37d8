import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { hits, withRules } from '../../helpers/lint.js';
import { allMeasured as all, checkWith, monitoringRules, withIds } from '../../helpers/monitoring.js';

describe('indicator-measured', () => {
  it('is quiet without a monitoring folder, and on a year that measures every indicator', async () => {
    for (const result of [await checkWith({ 'goals.yaml': withIds }), await checkWith({ 'goals.yaml': withIds, 'monitoring/2025.yaml': all })]) {
      for (const rule of monitoringRules) expect(hits(result, rule)).toEqual([]);
    }
  });

  it('warns at the start of the latest year for each indicator it does not measure', async () => {
    const result = await checkWith({ 'goals.yaml': withIds, 'monitoring/2024.yaml': 'indicators: []\n', 'monitoring/2025.yaml': 'indicators:\n  - { indicator: scholen-beleid, value: 3 }\n' });
    expect(hits(result, 'indicator-measured')).toEqual([
      { code: 'indicator-not-measured', severity: 'warning', file: 'monitoring/2025.yaml', line: 1, column: 1 },
      { code: 'indicator-not-measured', severity: 'warning', file: 'monitoring/2025.yaml', line: 1, column: 1 },
    ]);
    expect(renderMessage(result.diagnostics.find((d) => d.rule === 'indicator-measured')!, 'en').message).toBe("the indicator 'Evenementen met controle' has no measurement in 2025");
  });

  it('asks for an id on every indicator once the plan has monitoring (the migration message)', async () => {
    const result = await checkWith({ 'monitoring/2025.yaml': 'actions: []\n' });
    expect(hits(result, 'indicator-measured')).toEqual([
      { code: 'indicator-without-id', severity: 'warning', file: 'goals.yaml', line: 22, column: 13 },
      { code: 'indicator-without-id', severity: 'warning', file: 'goals.yaml', line: 37, column: 13 },
      { code: 'indicator-without-id', severity: 'warning', file: 'goals.yaml', line: 48, column: 13 },
    ]);
  });

  it('can be switched off in plan.yaml like every rule', async () => {
    const result = await checkWith({ 'goals.yaml': withIds, 'plan.yaml': withRules('  indicator-measured: off\n'), 'monitoring/2025.yaml': 'indicators: []\n' });
    expect(hits(result, 'indicator-measured')).toEqual([]);
  });
});
