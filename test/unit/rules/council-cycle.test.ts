import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const php = (extra = ''): ((t: string) => string) => (t) => `${t.trimEnd()}\nruleProfile: alcoholwet\n${extra}`;
const noYears = (text: string): string => text.replace(/\n\s+(deadline|start|end): 20\d\d/g, '').replace(/, year: 20\d\d/g, '');

describe('council-cycle', () => {
  it('is quiet on a Flemish plan of five years (vad profile)', async () => {
    const result = await checkWith({ 'plan.yaml': (t) => t.replace('  end: 2027\n', '  end: 2028\n') });
    expect(hits(result, 'council-cycle')).toEqual([]);
  });

  it('is quiet on a four-year plan adopted by the council', async () => {
    expect(hits(await checkWith({ 'plan.yaml': php('adoption:\n  body: Gemeenteraad\n  date: 2024-01-25\n') }), 'council-cycle')).toEqual([]);
  });

  it('warns at period: when the plan does not run four years', async () => {
    const result = await checkWith({ 'plan.yaml': (t) => php()(t.replace('  end: 2027\n', '  end: 2029\n')), 'goals.yaml': noYears });
    expect(hits(result, 'council-cycle')).toEqual([{ code: 'council-cycle-period', severity: 'warning', file: 'plan.yaml', line: 6, column: 1 }]);
    expect(result.diagnostics.find((d) => d.code === 'council-cycle-period')!.params).toMatchObject({ years: 6, cycle: 4 });
  });

  it('warns at adoption: when the executive, not the council, adopts the plan', async () => {
    const result = await checkWith({ 'plan.yaml': php('adoption:\n  body: College van burgemeester en wethouders\n') });
    expect(hits(result, 'council-cycle')).toEqual([{ code: 'council-cycle-not-council', severity: 'warning', file: 'plan.yaml', line: 26, column: 1 }]);
  });
});
