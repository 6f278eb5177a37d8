import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const partners = `partners:
  - id: preventiedienst
    name: Preventiedienst
    sector: local-government
  - id: lokale-politie
    name: Lokale politie
    sector: safety-justice
  - id: cgg
    name: CGG
    sector: health
`;

describe('advisory-body', () => {
  it('is quiet on the base fixture, whose steering group has a chair', async () => {
    expect(hits(await checkWith(), 'advisory-body')).toEqual([]);
  });

  it('warns at the bodies key when there is only a working group', async () => {
    const result = await checkWith({
      'stakeholders.yaml': `${partners}bodies:\n  - id: werkgroep\n    name: Werkgroep uitgaan\n    type: working-group\n    members: [cgg]\n`,
      'plan.yaml': (t) => t.replace('      who: stuurgroep\n', ''),
    });
    expect(hits(result, 'advisory-body')).toEqual([{ code: 'advisory-body-missing', severity: 'warning', file: 'stakeholders.yaml', line: 11, column: 1 }]);
  });

  it('warns at the partners key when there are no bodies at all', async () => {
    const result = await checkWith({ 'stakeholders.yaml': partners, 'plan.yaml': (t) => t.replace('      who: stuurgroep\n', '') });
    expect(hits(result, 'advisory-body')).toEqual([{ code: 'advisory-body-missing', severity: 'warning', file: 'stakeholders.yaml', line: 1, column: 1 }]);
  });

  it('warns at each advisory council or steering group when none has a chair', async () => {
    const result = await checkWith({
      'stakeholders.yaml': `${partners}bodies:\n  - id: adviesraad\n    name: Adviesraad\n    type: advisory-council\n    members: [cgg]\n  - id: stuurgroep\n    name: Stuurgroep\n    type: steering-group\n    members: [lokale-politie]\n`,
    });
    expect(hits(result, 'advisory-body')).toEqual([
      { code: 'advisory-body-without-chair', severity: 'warning', file: 'stakeholders.yaml', line: 12, column: 5 },
      { code: 'advisory-body-without-chair', severity: 'warning', file: 'stakeholders.yaml', line: 16, column: 5 },
    ]);
  });
  it('counts a local consultation with a chair as the body that advises and steers', async () => {
    const result = await checkWith({
      'stakeholders.yaml': `${partners}bodies:\n  - id: overleg\n    name: Lokaal overleg\n    type: local-consultation\n    chair: preventiedienst\n    members: [cgg, lokale-politie]\n`,
      'plan.yaml': (t) => t.replace('      who: stuurgroep\n', ''),
    });
    expect(hits(result, 'advisory-body')).toEqual([]);
  });

  it('asks a local consultation without a chair for one', async () => {
    const result = await checkWith({
      'stakeholders.yaml': `${partners}bodies:\n  - id: overleg\n    name: Lokaal overleg\n    type: local-consultation\n    members: [cgg, lokale-politie, preventiedienst]\n`,
      'plan.yaml': (t) => t.replace('      who: stuurgroep\n', ''),
    });
    expect(hits(result, 'advisory-body')).toEqual([{ code: 'advisory-body-without-chair', severity: 'warning', file: 'stakeholders.yaml', line: 12, column: 5 }]);
  });
});
