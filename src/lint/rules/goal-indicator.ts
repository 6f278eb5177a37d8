import type { Finding, Rule } from '../rule.js';
import { operationalGoals } from '../../model/work-items.js';
import { everyProfile } from '../profiles.js';

export const goalIndicatorRule: Rule = {
  id: 'goal-indicator',
  description: {
    nl: 'Elke operationele doelstelling heeft minstens één indicator met een streefwaarde.',
    en: 'Every operational goal has at least one indicator with a target.',
  },
  rationale: {
    nl: 'Het Brugse plan evalueert op het niveau van de interventie: halen we wat we ons voornamen? (seed: brugge-drugbeleidsplan, procesdoelstelling monitoring). Dat kan alleen met een indicator en een streefwaarde per doelstelling; de slides vragen daarnaast kwaliteitsbewaking: weten wat werkt en wat niet.',
    en: 'The Brugge plan evaluates at the level of the intervention: do we reach what we set out to do? (seed: brugge-drugbeleidsplan, process goal on monitoring). That takes an indicator with a target per goal; the slides also ask for quality control: knowing what works and what does not.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['goal-without-indicator', 'indicator-without-target'],
  example: {
    file: 'goals.yaml',
    bad: `- id: scholen
  title: Scholen werken preventief
  indicators:
    - name: Scholen met een drugbeleid`,
    good: `- id: scholen
  title: Scholen werken preventief
  indicators:
    - name: Scholen met een drugbeleid
      unit: scholen
      baseline: { value: 2, year: 2024 }
      target: { value: 5, year: 2027 }`,
  },
  check({ model }) {
    return operationalGoals(model).flatMap((goal): Finding[] => {
      const params = { goal: goal.number, title: goal.title };
      if (!goal.indicators || goal.indicators.length === 0) return [{ code: 'goal-without-indicator', file: goal.ref.file, path: goal.ref.path, params }];
      if (goal.indicators.some((indicator) => indicator.target !== undefined)) return [];
      return [{ code: 'indicator-without-target', file: goal.ref.file, path: [...goal.ref.path, 'indicators'], target: 'key' as const, params }];
    });
  },
};
