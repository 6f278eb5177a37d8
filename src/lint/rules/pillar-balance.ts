import { pillarBalance } from '../../render/overviews.js';
import type { Finding, Rule } from '../rule.js';

/** Share, in percent, below which a pillar counts as underweight unless the plan sets another. */
export const DEFAULT_MIN_SHARE = 10;

export const pillarBalanceRule: Rule = {
  id: 'pillar-balance',
  description: {
    nl: 'Elke pijler draagt doelstellingen of acties, en geen pijler blijft onder een minimumaandeel.',
    en: 'Every pillar carries goals or actions, and no pillar falls below a minimum share.',
  },
  rationale: {
    nl: 'Een integraal beleid werkt op alle pijlers tegelijk; het Vlaamse model geeft ze elk evenveel gewicht (seed: integraal-geintegreerd-drugbeleid-slides). Een pijler zonder doelstellingen of acties valt in de praktijk weg. Een actie zonder eigen pijlers telt mee voor de pijlers van haar doelstelling of thema, zoals in de pijlergrafiek van het plan.',
    en: 'An integral policy works on all pillars at once; the Flemish model gives each equal weight (seed: integraal-geintegreerd-drugbeleid-slides). A pillar without goals or actions drops out in practice. An action without pillars of its own counts for those of its goal or theme, as in the plan\u2019s pillar chart.',
  },
  defaultSeverity: 'warning',
  codes: ['pillar-empty', 'pillar-underweight'],
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
    const counts = pillarBalance(model);
    const total = counts.reduce((sum, c) => sum + c.goals + c.actions, 0);
    const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
    const pathOf = (id: string) => {
      const index = model.plan.pillars?.findIndex((p) => p.id === id) ?? -1;
      return index >= 0 ? ['pillars', index] : ['pillarModel'];
    };
    return counts.flatMap((c): Finding[] => {
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
    });
  },
};
