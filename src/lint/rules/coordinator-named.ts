import type { Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const coordinatorNamedRule: Rule = {
  id: 'coordinator-named',
  description: {
    nl: 'Het plan noemt een coördinator van het lokaal alcohol- en drugbeleid.',
    en: 'The plan names a coordinator of the local alcohol and drug policy.',
  },
  rationale: {
    nl: 'Het lokaal overleg heeft iemand nodig die netwerkt, de groep motiveert en problemen oplost, liefst iemand van de gemeente zoals de preventiewerker, gesteund door de regionale CGG-preventiewerker (seed: lokaal-overleg-stakeholders). Ook het Brugse plan legt voorbereiding en opvolging bij een coördinator drugbeleid.',
    en: 'The local consultation needs someone who networks, motivates the group and solves problems, preferably from the municipality such as the prevention worker, backed by the regional CGG prevention worker (seed: lokaal-overleg-stakeholders). The Brugge plan, too, gives preparation and follow-up to a drug policy coordinator.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['coordinator-missing'],
  example: {
    file: 'plan.yaml',
    bad: `title: Alcohol- en drugbeleidsplan
period: { start: 2025, end: 2030 }`,
    good: `title: Alcohol- en drugbeleidsplan
period: { start: 2025, end: 2030 }
coordinator:
  name: Jan Janssens
  role: coördinator drugbeleid
  stakeholder: preventiedienst`,
  },
  check({ model }) {
    return model.plan.coordinator ? [] : [{ code: 'coordinator-missing', file: 'plan.yaml', path: [] }];
  },
};
