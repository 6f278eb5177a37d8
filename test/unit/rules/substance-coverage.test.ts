import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const scope = (text: string) => `${text.trimEnd()}\n    - id: gokken\n      name: Gokken\n      kind: behaviour\n    - id: medicatie\n      name: Medicatie\n`;

describe('substance-coverage', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'substance-coverage')).toEqual([]);
  });

  it('warns at each substance or behaviour in scope that no goal or action names', async () => {
    const result = await checkWith({ 'mission.yaml': scope });
    expect(hits(result, 'substance-coverage')).toEqual([
      { code: 'substance-not-in-goals', severity: 'warning', file: 'mission.yaml', line: 19, column: 7 },
      { code: 'substance-not-in-goals', severity: 'warning', file: 'mission.yaml', line: 22, column: 7 },
    ]);
  });

  it('counts substances named by actions, also under themes', async () => {
    const result = await checkWith({
      'mission.yaml': scope,
      'goals.yaml': (t) =>
        `${t.replace('            owner: cgg\n', '            owner: cgg\n            substances: [medicatie]\n')}themes:\n  - id: gokken\n    title: Gokken\n    pillars: [preventie]\n    actions:\n      - id: gokpreventie\n        title: Gokpreventie\n        substances: [gokken]\n        targetGroups: [jongeren]\n        settings: [uitgaan]\n`,
    });
    expect(hits(result, 'substance-coverage')).toEqual([]);
  });
});
