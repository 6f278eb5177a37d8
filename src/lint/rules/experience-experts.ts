import type { Rule } from '../rule.js';
import { bodyMembers } from '../../model/work-items.js';

const voices = new Set(['experience-expert', 'user-representative']);

export const experienceExpertsRule: Rule = {
  id: 'experience-experts',
  description: {
    nl: 'Ervaringsdeskundigen of vertegenwoordigers van gebruikers zitten in een overlegorgaan.',
    en: 'Experience experts or user representatives sit in a consultation body.',
  },
  rationale: {
    nl: 'Wie gebruikt of gebruikt heeft, kent de noden van dichtbij; een participatief beleid geeft hen structureel inspraak (seeds: integraal-geintegreerd-drugbeleid-slides, brugge-drugbeleidsplan, procesdoelstelling over de overlegstructuur). Leg hen vast als partner met kind experience-expert of user-representative en neem hen op in een orgaan.',
    en: 'People who use or used know the needs first-hand; a participatory policy gives them a structural say (seeds: integraal-geintegreerd-drugbeleid-slides, brugge-drugbeleidsplan, process goal on the consultation structure). Record them as a partner of kind experience-expert or user-representative and make them members of a body.',
  },
  defaultSeverity: 'warning',
  profiles: ['vad'],
  codes: ['experience-experts-missing', 'experience-expert-outside-bodies'],
  example: {
    file: 'stakeholders.yaml',
    bad: `partners:
  - id: cgg
    name: CGG
    sector: health
bodies:
  - id: adviesraad
    name: Adviesraad drugbeleid
    type: advisory-council
    members: [cgg]`,
    good: `partners:
  - id: cgg
    name: CGG
    sector: health
  - id: ervaringsdeskundigen
    name: Groep ervaringsdeskundigen
    sector: welfare
    kind: experience-expert
bodies:
  - id: adviesraad
    name: Adviesraad drugbeleid
    type: advisory-council
    members: [cgg, ervaringsdeskundigen]`,
  },
  check({ model }) {
    const members = bodyMembers(model);
    const experts = model.stakeholders.partners.map((partner, i) => ({ partner, i })).filter(({ partner }) => partner.kind !== undefined && voices.has(partner.kind));
    if (experts.some(({ partner }) => members.has(partner.id))) return [];
    if (experts.length === 0) return [{ code: 'experience-experts-missing', file: 'stakeholders.yaml', path: ['partners'], target: 'key' }];
    return experts.map(({ partner, i }) => ({ code: 'experience-expert-outside-bodies', file: 'stakeholders.yaml', path: ['partners', i], params: { id: partner.id, name: partner.name } }));
  },
};
