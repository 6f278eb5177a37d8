import type { Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const alcoholInScopeRule: Rule = {
  id: 'alcohol-in-scope',
  description: {
    nl: 'Alcohol staat in de afbakening van het plan.',
    en: 'Alcohol is in the plan\u2019s scope.',
  },
  rationale: {
    nl: 'Alcohol is het middel dat het meest gebruikt wordt en de meeste schade geeft; een lokaal beleid heet daarom een alcohol- en drugbeleid (seeds: lokaal-overleg-stakeholders, integraal-geintegreerd-drugbeleid-slides, en de praktijk van Balen rond fuiven en vaten). Laat het plan alcohol bewust weg, zet de regel dan uit en leg uit waarom bij "excluded:".',
    en: 'Alcohol is the most used substance and does the most harm; that is why local policy is called alcohol and drug policy (seeds: lokaal-overleg-stakeholders, integraal-geintegreerd-drugbeleid-slides, and the Balen case on parties and kegs). If the plan leaves alcohol out on purpose, switch the rule off and explain why under "excluded:".',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['alcohol-not-in-scope'],
  example: {
    file: 'mission.yaml',
    bad: `scope:
  substances:
    - id: cannabis
      name: Cannabis`,
    good: `scope:
  substances:
    - id: alcohol
      name: Alcohol
    - id: cannabis
      name: Cannabis`,
  },
  check({ model }) {
    const scope = model.mission.scope;
    if (scope?.substances.some((s) => /alcohol/i.test(`${s.id} ${s.name}`))) return [];
    return [{ code: 'alcohol-not-in-scope', file: 'mission.yaml', path: scope ? ['scope', 'substances'] : [], target: 'key' }];
  },
};
