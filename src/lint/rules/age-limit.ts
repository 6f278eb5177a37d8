import { goalsKey, mentions } from '../mentions.js';
import type { Rule } from '../rule.js';

/**
 * Words that show a goal, action or indicator is about the legal age of 18: the limit itself,
 * minors, an age band under 18 ("15-jarigen"), or the compliance checks that measure it.
 */
const ageLimit = /leeftijdsgrens|leeftijdsgrenzen|onder (de )?18|jonger dan 18|minderjarig|\b1[0-7][- ]?jarigen|naleving|mystery ?shop|age limit|under 18|underage|minors|\b1[0-7]-year-olds/i;

export const ageLimitRule: Rule = {
  id: 'age-limit',
  description: {
    nl: 'Het plan heeft een doelstelling of actie over de leeftijdsgrens van 18 jaar.',
    en: 'The plan has a goal or action on the legal age limit of 18.',
  },
  rationale: {
    nl: 'De Alcoholwet verbiedt alcohol te verkopen of te schenken aan wie jonger is dan 18, en artikel 43a vraagt de gemeente in haar preventie- en handhavingsplan te zeggen hoe zij alcoholgebruik door jongeren voorkomt en die grens handhaaft. Zonder doel voor minderjarigen mist het plan zijn kern. De regel zoekt in goals.yaml naar titels, doelgroepen, teksten of indicatoren over de leeftijdsgrens, minderjarigen, een leeftijdsgroep onder 18 ("15-jarigen") of nalevingsonderzoek (mystery shopping).',
    en: 'The Alcoholwet forbids selling or serving alcohol to anyone under 18, and its article 43a asks the municipality to say in its prevention and enforcement plan how it prevents drinking by young people and enforces that limit. Without a goal for minors the plan misses its core. The rule looks in goals.yaml for titles, target groups, texts or indicators about the age limit, minors, an age band under 18 ("15-jarigen") or compliance checks (mystery shopping).',
  },
  defaultSeverity: 'warning',
  profiles: ['alcoholwet'],
  codes: ['age-limit-missing'],
  example: {
    file: 'goals.yaml',
    bad: `themes:
  - id: uitgaan
    title: Veilig uitgaan
    actions:
      - id: training
        title: Training barpersoneel`,
    good: `themes:
  - id: uitgaan
    title: Veilig uitgaan
    actions:
      - id: training
        title: Training barpersoneel
        indicators:
          - name: Naleving van de leeftijdsgrens bij mystery shopping
            unit: '%'
            baseline: { value: 40, year: 2024 }
            target: { value: 70, year: 2027 }`,
  },
  check({ inputs }) {
    if (mentions(inputs.goals, ageLimit)) return [];
    return [{ code: 'age-limit-missing', file: 'goals.yaml', path: goalsKey(inputs.goals), target: 'key' }];
  },
};
