import { describe, expect, it } from 'vitest';
import { formatCompleteness } from '../../../src/lint/completeness.js';
import { checkWith } from '../../helpers/lint.js';

describe('completeness', () => {
  it('is complete for the base fixture', async () => {
    const { completeness } = await checkWith();
    expect(completeness).toEqual({
      sections: { filled: 8, total: 8, missing: [] },
      operationalGoals: { total: 3, withOwner: 3, withIndicator: 3 },
      placeholders: 0,
    });
  });

  it('counts a section with a placeholder or without content as not filled, and goals without owner or target', async () => {
    const { completeness } = await checkWith({
      'plan.yaml': (t) => t.replace('  Een korte inleiding.', '  TODO: schrijf de inleiding.'),
      'analysis.yaml': (t) => t.replace(/context:[\s\S]*$/, 'context: {}\n'),
      'goals.yaml': (t) => t.replace('        owner: lokale-politie\n', '').replace('            target: { value: 10 }\n', ''),
    });
    expect(completeness).toEqual({
      sections: { filled: 6, total: 8, missing: ['introduction', 'context'] },
      operationalGoals: { total: 3, withOwner: 2, withIndicator: 2 },
      placeholders: 1,
    });
    expect(formatCompleteness(completeness!, 'nl')).toBe(
      [
        'Volledigheid:',
        '  onderdelen ingevuld: 6/8 (nog te doen: Inleiding, 1.3 Contextanalyse)',
        '  operationele doelstellingen met trekker: 2/3',
        '  operationele doelstellingen met indicator en streefwaarde: 2/3',
        '  nog in te vullen (TODO): 1',
        '',
      ].join('\n'),
    );
    expect(formatCompleteness(completeness!, 'en')).toContain('sections filled: 6/8 (to do: Introduction, 1.3 Context analysis)');
  });

  it('is absent when the model could not be built', async () => {
    const result = await checkWith({ 'goals.yaml': (t) => t.replace('owner: cgg', 'owner: onbekend') }, { allowErrors: true });
    expect(result.completeness).toBeUndefined();
  });
});
