import { describe, expect, it } from 'vitest';
import { checkWith, hits, withProfile } from '../../helpers/lint.js';

const php = withProfile('alcoholwet');

describe('age-limit', () => {
  it('is quiet on a Flemish plan (vad profile), which it does not belong to', async () => {
    expect(hits(await checkWith(), 'age-limit')).toEqual([]);
  });

  it('warns at strategicGoals when no goal, action or indicator is about the age limit', async () => {
    const result = await checkWith({ 'plan.yaml': php });
    expect(hits(result, 'age-limit')).toEqual([{ code: 'age-limit-missing', severity: 'warning', file: 'goals.yaml', line: 7, column: 1 }]);
  });

  it.each([
    ['an age band in a target group', (t: string) => t.replace('targetGroups: [leerlingen]', 'targetGroups: [15-jarigen]')],
    ['compliance in an indicator', (t: string) => t.replace('name: Evenementen met controle', 'name: Naleving bij mystery shopping')],
    ['the limit in a title', (t: string) => t.replace('title: Scholen werken preventief', 'title: Geen alcohol onder de 18')],
    ['minors in English', (t: string) => t.replace('title: Scholen werken preventief', 'title: Fewer minors drink')],
  ])('is satisfied by %s', async (_what, edit) => {
    expect(hits(await checkWith({ 'plan.yaml': php, 'goals.yaml': edit }), 'age-limit')).toEqual([]);
  });

  it('is not satisfied by an adult age band', async () => {
    const result = await checkWith({ 'plan.yaml': php, 'goals.yaml': (t) => t.replace('targetGroups: [leerlingen]', 'targetGroups: [25-jarigen]') });
    expect(hits(result, 'age-limit').map((h) => h.code)).toEqual(['age-limit-missing']);
  });
});
