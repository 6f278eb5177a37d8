import type { Rule } from '../rule.js';

const required = ['monitoring', 'evidence-informed'] as const;

export const processGoalsRule: Rule = {
  id: 'process-goals',
  description: {
    nl: 'De procesdoelstellingen dekken monitoring en evidence-informed werken (aspects).',
    en: 'The process goals cover monitoring and evidence-informed working (aspects).',
  },
  rationale: {
    nl: 'Het Brugse plan opent zijn doelstellingen met twee procesdoelen: de evolutie van de thematiek en het beleid wordt gemonitord, en er wordt evidence-informed gewerkt, met bewijs uit wetenschap, praktijk en de waarden van de doelgroep (seed: brugge-drugbeleidsplan; ook de slides vragen een beleid dat evidence-informed is). Markeer die procesdoelen met "aspects:".',
    en: 'The Brugge plan opens its goals with two process goals: the evolution of the issue and of the policy is monitored, and the work is evidence-informed, with evidence from research, practice and the values of the target group (seed: brugge-drugbeleidsplan; the slides also ask for evidence-informed policy). Mark those process goals with "aspects:".',
  },
  defaultSeverity: 'warning',
  profiles: ['vad'],
  codes: ['process-aspect-missing'],
  example: {
    file: 'goals.yaml',
    bad: `processGoals:
  - id: monitoring
    title: Het beleid wordt gemonitord`,
    good: `processGoals:
  - id: monitoring
    title: Het beleid wordt gemonitord
    aspects: [monitoring]
  - id: evidence
    title: Er wordt evidence-informed gewerkt
    aspects: [evidence-informed]`,
  },
  check({ model, inputs }) {
    const covered = new Set(model.goals.processGoals.flatMap((goal) => goal.aspects ?? []));
    const path = inputs.goals.processGoals ? ['processGoals'] : [];
    return required
      .filter((aspect) => !covered.has(aspect))
      .map((aspect) => ({ code: 'process-aspect-missing', file: 'goals.yaml', path, target: 'key' as const, params: { aspect } }));
  },
};
