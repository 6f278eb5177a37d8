import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { checkWith, hits } from '../../helpers/lint.js';

const emptyDeterminants = (t: string): string => t.replace(/determinants:\n(?: {2}.*\n)+/, 'determinants: {}\n');

describe('empty-section', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'empty-section')).toEqual([]);
  });

  it('warns at determinants: {} and at an empty mission, naming them as the document does', async () => {
    const result = await checkWith({ 'analysis.yaml': emptyDeterminants, 'mission.yaml': (t) => t.replace(/^mission: .*$/m, 'mission: ""') });
    expect(hits(result, 'empty-section')).toEqual([
      { code: 'section-empty', severity: 'warning', file: 'analysis.yaml', line: 9, column: 1 },
      { code: 'section-empty', severity: 'warning', file: 'mission.yaml', line: 1, column: 1 },
    ]);
    const [determinants, mission] = result.diagnostics.filter((d) => d.rule === 'empty-section');
    expect(renderMessage(determinants!, 'nl').message).toBe("het onderdeel '1.2 Determinantenanalyse' is leeg: het plan toont er alleen de titel van");
    expect(renderMessage(mission!, 'en').message).toBe("the part '2.1 Mission' is empty: the plan shows only its heading");
  });

  it("uses the plan's own label for the section", async () => {
    const result = await checkWith({ 'analysis.yaml': emptyDeterminants, 'plan.yaml': (t) => `${t.trimEnd()}\nlabels:\n  determinantAnalysis: Oorzaken\n` });
    const [d] = result.diagnostics.filter((x) => x.rule === 'empty-section');
    expect(renderMessage(d!, 'nl').message).toContain("'1.2 Oorzaken'");
  });

  it('counts risk factors alone as content', async () => {
    const result = await checkWith({ 'analysis.yaml': (t) => t.replace(/determinants:\n(?: {2}.*\n)+/, 'determinants:\n  riskFactors:\n    person: [vroege beginleeftijd]\n') });
    expect(hits(result, 'empty-section')).toEqual([]);
  });
});
