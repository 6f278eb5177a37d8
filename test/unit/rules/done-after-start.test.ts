import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { hits, withRules } from '../../helpers/lint.js';
import { allMeasured as all, checkWith, monitoringRules, withIds } from '../../helpers/monitoring.js';

describe('done-after-start', () => {
  it('warns at a "done" in a year before the action starts (2025), not in a later one', async () => {
    const result = await checkWith({
      'goals.yaml': withIds,
      'monitoring/2024.yaml': 'actions:\n  - { action: vorming-leerkrachten, status: done }\n',
      'monitoring/2025.yaml': `${all}actions:\n  - { action: vorming-leerkrachten, status: done }\n`,
    });
    expect(hits(result, 'done-after-start')).toEqual([{ code: 'done-before-start', severity: 'warning', file: 'monitoring/2024.yaml', line: 2, column: 45 }]);
    expect(renderMessage(result.diagnostics.find((d) => d.rule === 'done-after-start')!, 'en').message).toBe("'Vorming voor leerkrachten' is done in 2024, but goals.yaml says it only starts in 2025");
  });

  it('lets other statuses be reported before the start', async () => {
    const result = await checkWith({ 'goals.yaml': withIds, 'monitoring/2024.yaml': 'actions:\n  - { action: vorming-leerkrachten, status: planned }\n', 'monitoring/2025.yaml': all });
    expect(hits(result, 'done-after-start')).toEqual([]);
  });
});
