import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const stakeholders = `partners:
  - id: preventiedienst
    name: Preventiedienst
    sector: local-government
  - id: lokale-politie
    name: Lokale politie
    sector: safety-justice
  - id: cgg
    name: CGG
    sector: health
  - id: apotheker
    name: Apothekers
    sector: health
  - id: secretaris
    name: Secretariaat
    sector: local-government
bodies:
  - id: stuurgroep
    name: Stuurgroep
    type: steering-group
    chair: preventiedienst
    secretary: secretaris
`;

describe('stakeholder-involved', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'stakeholder-involved')).toEqual([]);
  });

  it('warns at a partner that is in no goal and no body; owners, partners, chairs and secretaries count', async () => {
    // The base goals use preventiedienst, lokale-politie and cgg as owner or partner.
    const result = await checkWith({ 'stakeholders.yaml': stakeholders });
    expect(hits(result, 'stakeholder-involved')).toEqual([{ code: 'stakeholder-unused', severity: 'warning', file: 'stakeholders.yaml', line: 11, column: 5 }]);
    expect(result.diagnostics.find((d) => d.rule === 'stakeholder-involved')?.params.id).toBe('apotheker');
  });

  it('counts a process goal owner and an action partner', async () => {
    const result = await checkWith({
      'stakeholders.yaml': stakeholders,
      'goals.yaml': (text) =>
        text
          .replace('    aspects: [monitoring, evidence-informed]\n', '    aspects: [monitoring, evidence-informed]\n    owner: secretaris\n')
          .replace('            owner: cgg\n', '            owner: cgg\n            partners: [apotheker]\n'),
    });
    expect(hits(result, 'stakeholder-involved')).toEqual([]);
  });
});
