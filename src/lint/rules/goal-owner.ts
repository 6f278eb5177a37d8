import type { Rule } from '../rule.js';
import { operationalGoals } from '../../model/work-items.js';
import { everyProfile } from '../profiles.js';

export const goalOwnerRule: Rule = {
  id: 'goal-owner',
  description: {
    nl: 'Elke operationele doelstelling heeft een trekker (owner).',
    en: 'Every operational goal has an owner.',
  },
  rationale: {
    nl: 'Het lokaal overleg maakt rollen en verantwoordelijkheden zo concreet mogelijk, anders blijft werk liggen wanneer iemand van functie verandert (seed: lokaal-overleg-stakeholders). Een doelstelling zonder trekker heeft niemand die ze opvolgt.',
    en: 'The local consultation makes roles and responsibilities as concrete as it can, or work is dropped when someone changes jobs (seed: lokaal-overleg-stakeholders). A goal without an owner has nobody to follow it up.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['goal-without-owner'],
  example: {
    file: 'goals.yaml',
    bad: `operationalGoals:
  - id: scholen
    title: Scholen werken preventief
    partners: [cgg]`,
    good: `operationalGoals:
  - id: scholen
    title: Scholen werken preventief
    owner: preventiedienst
    partners: [cgg]`,
  },
  check({ model }) {
    return operationalGoals(model)
      .filter((goal) => goal.owner === undefined)
      .map((goal) => ({ code: 'goal-without-owner', file: goal.ref.file, path: goal.ref.path, params: { goal: goal.number, title: goal.title } }));
  },
};
