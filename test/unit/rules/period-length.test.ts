import { describe, expect, it } from 'vitest';
import { periodLengthRule } from '../../../src/lint/rules/period-length.js';
import type { PlanInput, PlanInputs } from '../../../src/model/input.js';
import { checkWith, hits } from '../../helpers/lint.js';

const period = (start: number, end: number) => (text: string) => text.replace('  start: 2024\n  end: 2027\n', `  start: ${start}\n  end: ${end}\n`);
/** Keeps every year of the base goals and plan inside the changed period. */
const noYears = (text: string) => text.replace(/\n\s+(deadline|start|end): 20\d\d/g, '').replace(/, year: 20\d\d/g, '');

describe('period-length', () => {
  it('is quiet on the base fixture (2024-2027, four years)', async () => {
    expect(hits(await checkWith(), 'period-length')).toEqual([]);
  });

  it.each([
    [2024, 2026, []],
    [2021, 2026, []],
    [2024, 2025, ['period-too-short']],
    [2024, 2024, ['period-too-short']],
    [2020, 2026, ['period-too-long']],
  ])('%i-%i', async (start, end, codes) => {
    const result = await checkWith({
      'plan.yaml': (t) => period(start, end)(t).replace(/evaluation:[\s\S]*$/, ''),
      'goals.yaml': noYears,
    });
    const found = hits(result, 'period-length');
    expect(found.map((h) => h.code)).toEqual(codes);
    for (const h of found) expect(h).toMatchObject({ severity: 'warning', file: 'plan.yaml', line: 6, column: 1 });
  });
  it('leaves a one-year action plan (structure preset actieplan) alone', async () => {
    const { model } = await checkWith({ 'plan.yaml': (t) => period(2024, 2024)(t).replace(/evaluation:[\s\S]*$/, ''), 'goals.yaml': noYears });
    const plan = (structure?: unknown) => ({ ...model!.plan, ...(structure ? { structure } : {}) }) as PlanInput;
    const check = (structure?: unknown) => periodLengthRule.check({ model: model!, inputs: { plan: plan(structure) } as PlanInputs, options: {} });
    expect(check().map((f) => f.code)).toEqual(['period-too-short']);
    expect(check({ preset: 'actieplan' })).toEqual([]);
    expect(check({ preset: 'brugge' }).map((f) => f.code)).toEqual(['period-too-short']);
  });
});
