import type { Rule } from '../rule.js';
import { involvedStakeholders } from '../../model/work-items.js';
import { everyProfile } from '../profiles.js';

export const stakeholderInvolvedRule: Rule = {
  id: 'stakeholder-involved',
  description: {
    nl: 'Elke partner trekt of steunt een doelstelling of actie, of zit in een overlegorgaan.',
    en: 'Every partner owns or helps with a goal or action, or sits in a consultation body.',
  },
  rationale: {
    nl: 'Partners zijn de motor van het lokaal overleg; wie op de lijst staat maar nergens een rol opneemt, verliest de betrokkenheid (seed: lokaal-overleg-stakeholders). Geef elke partner een plaats in een doelstelling of in een overlegorgaan, of haal hem van de lijst.',
    en: 'Partners drive the local consultation; whoever is on the list but takes no role anywhere loses touch (seed: lokaal-overleg-stakeholders). Give every partner a place in a goal or a body, or take it off the list.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['stakeholder-unused'],
  example: {
    file: 'stakeholders.yaml',
    bad: `partners:
  - id: jeugdhuis
    name: Jeugdhuis De Kelder
    sector: youth
bodies:
  - id: stuurgroep
    name: Stuurgroep drugbeleid
    type: steering-group
    members: [cgg]`,
    good: `partners:
  - id: jeugdhuis
    name: Jeugdhuis De Kelder
    sector: youth
bodies:
  - id: stuurgroep
    name: Stuurgroep drugbeleid
    type: steering-group
    members: [cgg, jeugdhuis]`,
  },
  check({ model }) {
    const involved = involvedStakeholders(model);
    return model.stakeholders.partners.flatMap((partner, i) =>
      involved.has(partner.id) ? [] : [{ code: 'stakeholder-unused', file: 'stakeholders.yaml', path: ['partners', i], params: { id: partner.id, name: partner.name } }],
    );
  },
};
