import { describe, expect, it } from 'vitest';
import { formatCompleteness } from '../../../src/lint/completeness.js';
import { checkWith, withRules } from '../../helpers/lint.js';

describe('completeness', () => {
  it('is complete for the base fixture', async () => {
    const { completeness } = await checkWith();
    expect(completeness).toEqual({
      sections: { filled: 8, total: 8, missing: [], titles: {}, numbered: true },
      operationalGoals: { counts: 'goals', total: 3, withOwner: 3, withIndicator: 3 },
      placeholders: 0,
      notChecked: [],
      ruleProfile: 'vad',
    });
  });

  it('counts a section with a placeholder or without content as not filled, and goals without owner or target', async () => {
    const { completeness } = await checkWith({
      'plan.yaml': (t) => t.replace('  Een korte inleiding.', '  TODO: schrijf de inleiding.'),
      'analysis.yaml': (t) => t.replace(/context:[\s\S]*$/, 'context: {}\n'),
      'goals.yaml': (t) => t.replace('        owner: lokale-politie\n', '').replace('            target: { value: 10 }\n', ''),
    });
    expect(completeness).toEqual({
      sections: { filled: 6, total: 8, missing: ['introduction', 'context'], titles: {}, numbered: true },
      operationalGoals: { counts: 'goals', total: 3, withOwner: 2, withIndicator: 2 },
      placeholders: 1,
      notChecked: [],
      ruleProfile: 'vad',
    });
    expect(formatCompleteness(completeness!, 'nl')).toBe(
      [
        'Volledigheid:',
        '  onderdelen ingevuld: 6/8 (nog te doen: Inleiding, 1.3 Contextanalyse)',
        '  operationele doelstellingen met trekker: 2/3',
        '  operationele doelstellingen met indicator en streefwaarde: 2/3',
        '  nog in te vullen (TODO): 1',
        '  regelprofiel: vad (Vlaams integraal drugbeleid, in het kader van VAD)',
        '',
      ].join('\n'),
    );
    expect(formatCompleteness(completeness!, 'en')).toContain('sections filled: 6/8 (to do: Introduction, 1.3 Context analysis)');
  });

  it('is absent when the model could not be built', async () => {
    const result = await checkWith({ 'goals.yaml': (t) => t.replace('owner: cgg', 'owner: onbekend') }, { allowErrors: true });
    expect(result.completeness).toBeUndefined();
  });
  it('counts the actions of a plan by themes, whose operational goals do not exist, not "0/0 goals"', async () => {
    const { completeness } = await checkWith({
      'goals.yaml': (t) =>
        t.replace(/strategicGoals:[\s\S]*$/, `themes:
  - id: uitgaan
    title: Uitgaan
    pillars: [preventie]
    actions:
      - { id: a1, title: Training barpersoneel, owner: horeca, targetGroups: [barpersoneel], settings: [uitgaan], substances: [alcohol, cannabis], indicators: [{ name: Getraind personeel, target: { value: 40 } }] }
      - { id: a2, title: Controles, owner: lokale-politie, pillars: [repressie] }
      - { id: a3, title: Doorverwijzing, owner: cgg, pillars: [hulpverlening] }
`),
    });
    expect(completeness!.operationalGoals).toEqual({ counts: 'actions', total: 3, withOwner: 3, withIndicator: 1 });
    const text = formatCompleteness(completeness!, 'nl');
    expect(text).toContain('  acties met trekker: 3/3\n');
    expect(text).toContain('  acties met indicator en streefwaarde: 1/3\n');
    expect(text).not.toContain('operationele doelstellingen');
    expect(formatCompleteness(completeness!, 'en')).toContain('  actions with an owner: 3/3\n');
  });

  it("names a section by the plan's own label, and a theme plan's goals section by its themes title", async () => {
    const { completeness } = await checkWith({
      'plan.yaml': (t) => `${t.trimEnd()}\nlabels:\n  contextAnalysis: Samenwerking in de gemeente\n  themes: Speerpunten\n`,
      'analysis.yaml': (t) => t.replace(/context:[\s\S]*$/, 'context: {}\n'),
      'goals.yaml': (t) => t.replace(/strategicGoals:[\s\S]*$/, 'themes:\n  - id: uitgaan\n    title: Uitgaan\n    text: TODO\n    pillars: [preventie]\n    actions: [{ id: a1, title: Training, owner: horeca, targetGroups: [x], settings: [y], substances: [alcohol, cannabis] }]\n'),
    }, { allowErrors: true });
    expect(completeness!.sections.titles).toEqual({ context: 'Samenwerking in de gemeente', productGoals: 'Speerpunten' });
    expect(formatCompleteness(completeness!, 'nl')).toContain('(nog te doen: 1.3 Samenwerking in de gemeente, 3.2 Speerpunten)');
    expect(formatCompleteness(completeness!, 'en')).toContain('(to do: 1.3 Samenwerking in de gemeente, 3.2 Speerpunten)');
  });

  it('leaves out the counts whose rule the plan switched off', async () => {
    const { completeness } = await checkWith({ 'plan.yaml': withRules('  goal-owner: off\n  placeholders: off\n') });
    expect(completeness!.notChecked).toEqual(['owner', 'placeholders']);
    const text = formatCompleteness(completeness!, 'nl');
    expect(text).not.toContain('trekker');
    expect(text).not.toContain('TODO');
    expect(text).toContain('operationele doelstellingen met indicator en streefwaarde: 3/3');
  });

  it('does not count process goals in the alcoholwet profile when the plan has none, but does in vad', async () => {
    const noProcessGoals = (t: string): string => t.replace(/^processGoals:[\s\S]*?(?=^strategicGoals:)/m, '');
    const php = await checkWith({ 'goals.yaml': noProcessGoals, 'plan.yaml': (t) => `${t.trimEnd()}\nruleProfile: alcoholwet\n` });
    expect(php.completeness!.sections).toMatchObject({ filled: 7, total: 7, missing: [] });
    expect(php.completeness!.ruleProfile).toBe('alcoholwet');
    expect(formatCompleteness(php.completeness!, 'en')).toContain('  rule profile: alcoholwet (Dutch alcohol prevention and enforcement plan, under the Alcoholwet)\n');
    const vad = await checkWith({ 'goals.yaml': noProcessGoals });
    expect(vad.completeness!.sections).toMatchObject({ filled: 7, total: 8, missing: ['processGoals'] });
  });
});
