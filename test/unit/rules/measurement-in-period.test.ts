import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { hits, withRules } from '../../helpers/lint.js';
import { allMeasured as all, checkWith, monitoringRules, withIds } from '../../helpers/monitoring.js';

describe('measurement-in-period', () => {
  it('is quiet on measurements inside 2024-2027', async () => {
    expect(hits(await checkWith({ 'goals.yaml': withIds, 'monitoring/2025.yaml': all }), 'measurement-in-period')).toEqual([]);
  });

  it('warns at the date of a measurement outside 2024-2027', async () => {
    const result = await checkWith({ 'goals.yaml': withIds, 'monitoring/2025.yaml': all.replace('value: 20 }', 'value: 20, date: 2031-06-30 }') });
    expect(hits(result, 'measurement-in-period')).toEqual([{ code: 'measurement-outside-period', severity: 'warning', file: 'monitoring/2025.yaml', line: 4, column: 53 }]);
    expect(renderMessage(result.diagnostics.find((d) => d.rule === 'measurement-in-period')!, 'nl').message).toBe('deze meting valt in 2031, buiten de planperiode 2024-2027');
  });

  it('takes the file name as the year of a measurement without a date', async () => {
    const result = await checkWith({ 'goals.yaml': withIds, 'monitoring/2023.yaml': all, 'plan.yaml': withRules('  indicator-measured: off\n') });
    expect(hits(result, 'measurement-in-period').map((h) => h.line)).toEqual([2, 3, 4]);
  });
});
