import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { checkWith, hits, withRules } from '../../helpers/lint.js';

const threeSectors = `partners:
  - id: preventiedienst
    name: Preventiedienst
    sector: local-government
  - id: lokale-politie
    name: Lokale politie
    sector: safety-justice
  - id: cgg
    name: CGG
    sector: health
  - id: ervaringsdeskundigen
    name: Ervaringsdeskundigen
    sector: other
    kind: experience-expert
bodies:
  - id: stuurgroep
    name: Stuurgroep
    type: steering-group
    chair: preventiedienst
    members: [lokale-politie, cgg, ervaringsdeskundigen]
`;

describe('sector-coverage', () => {
  it('is quiet on the base fixture, which has a partner in every sector', async () => {
    expect(hits(await checkWith(), 'sector-coverage')).toEqual([]);
  });

  it('warns once per missing sector, in the order of the seed, at the partners key', async () => {
    const result = await checkWith({ 'stakeholders.yaml': threeSectors });
    const found = result.diagnostics.filter((d) => d.rule === 'sector-coverage');
    expect(found.map((d) => d.params.sector)).toEqual(['welfare', 'leisure', 'education', 'youth', 'nightlife', 'work']);
    expect(hits(result, 'sector-coverage')[0]).toEqual({ code: 'sector-without-partner', severity: 'warning', file: 'stakeholders.yaml', line: 1, column: 1 });
  });

  it('names example partners of the sector in the hint, in Dutch and English', async () => {
    const result = await checkWith({ 'stakeholders.yaml': threeSectors });
    const education = result.diagnostics.find((d) => d.rule === 'sector-coverage' && d.params.sector === 'education')!;
    expect(renderMessage(education, 'nl').message).toContain('onderwijs');
    expect(renderMessage(education, 'nl').hint).toContain('CLB');
    expect(renderMessage(education, 'en').hint).toContain('teachers');
  });

  it('can be switched off', async () => {
    const result = await checkWith({ 'stakeholders.yaml': threeSectors, 'plan.yaml': withRules('  sector-coverage: off\n') });
    expect(hits(result, 'sector-coverage')).toEqual([]);
  });
});
