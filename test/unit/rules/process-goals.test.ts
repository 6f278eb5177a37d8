import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

describe('process-goals', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'process-goals')).toEqual([]);
  });

  it('warns at the processGoals key for each aspect no process goal covers', async () => {
    const result = await checkWith({ 'goals.yaml': (t) => t.replace('aspects: [monitoring, evidence-informed]', 'aspects: [participation]') });
    expect(hits(result, 'process-goals')).toEqual([
      { code: 'process-aspect-missing', severity: 'warning', file: 'goals.yaml', line: 1, column: 1 },
      { code: 'process-aspect-missing', severity: 'warning', file: 'goals.yaml', line: 1, column: 1 },
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'process-goals').map((d) => d.params.aspect)).toEqual(['monitoring', 'evidence-informed']);
  });

  it('accepts the aspects spread over several process goals', async () => {
    const result = await checkWith({
      'goals.yaml': (t) => t.replace('aspects: [monitoring, evidence-informed]', 'aspects: [monitoring]\n  - id: evidence\n    title: Er wordt evidence-informed gewerkt\n    aspects: [evidence-informed]'),
    });
    expect(hits(result, 'process-goals')).toEqual([]);
  });

  it('warns at the top of goals.yaml when there are no process goals', async () => {
    const result = await checkWith({ 'goals.yaml': (t) => t.replace(/^processGoals:[\s\S]*?(?=strategicGoals:)/, 'intro: Doelen.\n') });
    expect(hits(result, 'process-goals').map((h) => [h.code, h.line, h.column])).toEqual([
      ['process-aspect-missing', 1, 1],
      ['process-aspect-missing', 1, 1],
    ]);
  });
});
