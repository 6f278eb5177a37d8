import { pillarBalance } from '../../model/pillar-counts.js';
import { inheritsThroughEmptyList } from '../../model/pillars.js';
import { workItems } from '../../model/work-items.js';
import type { Finding, Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

/** Share, in percent, below which a pillar counts as underweight unless the plan sets another. */
export const DEFAULT_MIN_SHARE = 10;

export const pillarBalanceRule: Rule = {
  id: 'pillar-balance',
  description: {
    nl: 'Elke pijler draagt doelstellingen of acties, en geen pijler blijft onder een minimumaandeel.',
    en: 'Every pillar carries goals or actions, and no pillar falls below a minimum share.',
  },
  rationale: {
    nl: 'Een integraal beleid werkt op alle pijlers tegelijk; het Vlaamse model geeft ze elk evenveel gewicht (seed: integraal-geintegreerd-drugbeleid-slides). Een pijler zonder doelstellingen of acties valt in de praktijk weg. Een operationele doelstelling of actie zonder eigen pijlers (geen lijst, of een lege: pillars: []) telt mee voor de pijlers van wat erboven staat (strategische doelstelling, operationele doelstelling of thema), zoals in de pijlergrafiek van het plan.',
    en: 'An integral policy works on all pillars at once; the Flemish model gives each equal weight (seed: integraal-geintegreerd-drugbeleid-slides). A pillar without goals or actions drops out in practice. An operational goal or action without pillars of its own (no list, or an empty one: pillars: []) counts for those of what it sits under (strategic goal, operational goal or theme), as in the plan\u2019s pillar chart.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['pillar-empty', 'pillar-underweight', 'pillars-empty-list'],
  options: {
    nl: `minShare: het kleinste aandeel (in %) dat één pijler moet dragen, standaard ${DEFAULT_MIN_SHARE}. Bv. rules: { pillar-balance: { severity: warning, minShare: 15 } }`,
    en: `minShare: the smallest share (in %) one pillar should carry, ${DEFAULT_MIN_SHARE} by default. E.g. rules: { pillar-balance: { severity: warning, minShare: 15 } }`,
  },
  example: {
    file: 'goals.yaml',
    bad: `strategicGoals:
  - id: minder-gebruik
    title: Er is minder risicovol gebruik
    pillars: [preventie]
    operationalGoals:
      - id: scholen
        title: Scholen werken preventief`,
    good: `strategicGoals:
  - id: minder-gebruik
    title: Er is minder risicovol gebruik
    pillars: [preventie]
    operationalGoals:
      - id: scholen
        title: Scholen werken preventief
  - id: zorg
    title: Er is toegankelijke zorg
    pillars: [hulpverlening]
    operationalGoals:
      - id: doorverwijzing
        title: Doorverwijzing verloopt vlot
  # ...`,
  },
  check({ model, options }) {
    const names = new Map(model.pillars.map((p) => [p.id, p.name]));
    // `pillars: []` once counted for no pillar in the chart and this rule; it now inherits (model/pillars.ts).
    const emptyLists = workItems(model)
      .filter(({ item, pillars }) => inheritsThroughEmptyList(item.pillars, pillars))
      .map(({ kind, item, pillars }): Finding => ({
        code: 'pillars-empty-list',
        file: item.ref.file,
        path: [...item.ref.path, 'pillars'],
        params: {
          kind,
          item: item.number,
          title: item.title,
          pillar: pillars.map((id) => names.get(id) ?? id).join(', '),
          // A pillar the item does not count for yet, as the example of naming others.
          suggestion: model.pillars.find((p) => !pillars.includes(p.id))?.id ?? pillars[0]!,
        },
      }));
    const counts = pillarBalance(model);
    const total = counts.reduce((sum, c) => sum + c.goals + c.actions, 0);
    const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
    const pathOf = (id: string) => {
      const index = model.plan.pillars?.findIndex((p) => p.id === id) ?? -1;
      return index >= 0 ? ['pillars', index] : ['pillarModel'];
    };
    return [...emptyLists, ...counts.flatMap((c): Finding[] => {
      const carried = c.goals + c.actions;
      if (carried === 0) return [{ code: 'pillar-empty', file: 'plan.yaml', path: pathOf(c.id), params: { pillar: c.name } }];
      const share = (carried / total) * 100;
      if (share >= minShare) return [];
      return [
        {
          code: 'pillar-underweight',
          file: 'plan.yaml',
          path: pathOf(c.id),
          params: { pillar: c.name, count: carried, total, share: Math.round(share), minShare },
        },
      ];
    })];
  },
};
