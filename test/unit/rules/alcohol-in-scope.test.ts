import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const noAlcohol = {
  'mission.yaml': (t: string) => t.replace('    - id: alcohol\n      name: Alcohol\n', ''),
  'goals.yaml': (t: string) => t.replace('substances: [alcohol]', 'substances: [cannabis]'),
};

describe('alcohol-in-scope', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'alcohol-in-scope')).toEqual([]);
  });

  it('warns at the substances key when alcohol is not in scope', async () => {
    expect(hits(await checkWith(noAlcohol), 'alcohol-in-scope')).toEqual([{ code: 'alcohol-not-in-scope', severity: 'warning', file: 'mission.yaml', line: 14, column: 3 }]);
  });

  it('warns at the top of mission.yaml when the plan has no scope', async () => {
    const result = await checkWith({
      'mission.yaml': (t) => t.replace(/scope:[\s\S]*$/, ''),
      'goals.yaml': (t) => t.replace('        substances: [alcohol]\n', '').replace('        substances: [cannabis]\n', ''),
    });
    expect(hits(result, 'alcohol-in-scope')).toEqual([{ code: 'alcohol-not-in-scope', severity: 'warning', file: 'mission.yaml', line: 1, column: 1 }]);
  });

  it('recognises alcohol by name as well as by id', async () => {
    const result = await checkWith({
      'mission.yaml': (t) => t.replace('    - id: alcohol\n      name: Alcohol\n', '    - id: drank\n      name: Alcoholische dranken\n'),
      'goals.yaml': (t) => t.replace('substances: [alcohol]', 'substances: [drank]'),
    });
    expect(hits(result, 'alcohol-in-scope')).toEqual([]);
  });
});
