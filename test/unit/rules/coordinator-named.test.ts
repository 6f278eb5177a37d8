import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

describe('coordinator-named', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'coordinator-named')).toEqual([]);
  });

  it('warns at the top of plan.yaml when no coordinator is named', async () => {
    const result = await checkWith({ 'plan.yaml': (text) => text.replace('coordinator:\n  name: Jan Janssens\n  stakeholder: preventiedienst\n', '') });
    expect(hits(result, 'coordinator-named')).toEqual([{ code: 'coordinator-missing', severity: 'warning', file: 'plan.yaml', line: 1, column: 1 }]);
  });
});
