import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { allMeasured as all, checkWith, withIds } from '../../helpers/monitoring.js';

describe('references from monitoring files', () => {
  it('names an unknown indicator, action or budget line at its place, with a did-you-mean', async () => {
    const result = await checkWith(
      {
        'goals.yaml': withIds,
        'monitoring/2025.yaml': 'indicators:\n  - { indicator: scholen-belied, value: 3 }\nactions:\n  - { action: vorming-leerkracht, status: running }\nspending:\n  - { budgetLine: vorming, amount: 10 }\n',
      },
      { allowErrors: true },
    );
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(({ code, file, line, column, params }) => ({ code, file, line, column, suggestion: params.suggestion }));
    expect(errors).toEqual([
      { code: 'unknown-indicator', file: 'monitoring/2025.yaml', line: 2, column: 18, suggestion: 'scholen-beleid' },
      { code: 'unknown-work-item', file: 'monitoring/2025.yaml', line: 4, column: 15, suggestion: 'vorming-leerkrachten' },
      { code: 'unknown-budget-line', file: 'monitoring/2025.yaml', line: 6, column: 19, suggestion: 'vorming-leerkrachten' },
    ]);
  });

  it('tells a plan whose indicators have no id yet to give them one (the migration message)', async () => {
    const result = await checkWith({ 'monitoring/2025.yaml': 'indicators:\n  - { indicator: scholen-beleid, value: 3 }\n' }, { allowErrors: true });
    const unknown = result.diagnostics.find((d) => d.code === 'unknown-indicator')!;
    expect(renderMessage(unknown, 'nl').hint).toContain("3 indicatoren hebben nog geen id, bv. 'Scholen met een drugbeleid' (goals.yaml:22)");
    expect(renderMessage(unknown, 'en').hint).toContain("give them one, such as id: 'scholen-beleid'");
  });

  it('reports a measurement of the same indicator twice in one year', async () => {
    const result = await checkWith({ 'goals.yaml': withIds, 'monitoring/2025.yaml': `${all}  - { indicator: evenementen, value: 5 }\n` }, { allowErrors: true });
    expect(result.diagnostics.filter((d) => d.code === 'monitoring-duplicate').map((d) => [d.line, d.params.first])).toEqual([[5, 'monitoring/2025.yaml:3']]);
  });
});
