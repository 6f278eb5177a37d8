import { describe, expect, it } from 'vitest';
import { checkWith, hits, withProfile } from '../../helpers/lint.js';

const php = withProfile('alcoholwet');

describe('health-policy-link', () => {
  it('is quiet on a Flemish plan (vad profile)', async () => {
    expect(hits(await checkWith(), 'health-policy-link')).toEqual([]);
  });

  it('warns at the introduction when no text names the local health policy', async () => {
    const result = await checkWith({ 'plan.yaml': php });
    expect(hits(result, 'health-policy-link')).toEqual([{ code: 'health-policy-link-missing', severity: 'warning', file: 'plan.yaml', line: 18, column: 1 }]);
  });

  it.each([
    ['the introduction', { 'plan.yaml': (t: string) => php(t.replace('Een korte inleiding.', 'Een korte inleiding; het plan hoort bij de nota gezondheidsbeleid.')) }],
    ['the context analysis', { 'plan.yaml': php, 'analysis.yaml': (t: string) => t.replace('text: Er is een stuurgroep.', 'text: De Wet publieke gezondheid vraagt een nota.') }],
  ])('is satisfied by a mention in %s', async (_where, overrides) => {
    expect(hits(await checkWith(overrides), 'health-policy-link')).toEqual([]);
  });
});
