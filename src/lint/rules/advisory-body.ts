import type { Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

/**
 * Bodies that advise and steer. A broad local consultation with a chair does that job in many
 * plans (a consultation chaired by the alderman), so it counts as well.
 */
const governing = new Set(['advisory-council', 'steering-group', 'local-consultation']);

export const advisoryBodyRule: Rule = {
  id: 'advisory-body',
  description: {
    nl: 'Er is een adviesraad, stuurgroep of lokaal overleg, met een voorzitter.',
    en: 'There is an advisory council, a steering group or a local consultation, with a chair.',
  },
  rationale: {
    nl: 'Een breed overleg is moeilijk werkbaar zonder een kleinere groep die advies geeft, beslist en opvolgt; naast die stuurgroep kunnen werkgroepen de acties uitwerken (seed: lokaal-overleg-stakeholders). In Brugge zit de schepen van preventie de adviesraad drugbeleid voor (seed: brugge-drugbeleidsplan). Een lokaal overleg met een voorzitter vervult die rol ook.',
    en: 'A broad consultation is hard to run without a smaller group that advises, decides and follows up; beside that steering group, working groups can work out the actions (seed: lokaal-overleg-stakeholders). In Brugge the alderman for prevention chairs the drug policy advisory council (seed: brugge-drugbeleidsplan). A local consultation with a chair does that job too.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['advisory-body-missing', 'advisory-body-without-chair'],
  example: {
    file: 'stakeholders.yaml',
    bad: `bodies:
  - id: stuurgroep
    name: Stuurgroep drugbeleid
    type: steering-group
    members: [cgg, lokale-politie]`,
    good: `bodies:
  - id: stuurgroep
    name: Stuurgroep drugbeleid
    type: steering-group
    chair: schepen-preventie
    members: [cgg, lokale-politie]`,
  },
  check({ model }) {
    const bodies = (model.stakeholders.bodies ?? []).map((body, i) => ({ body, i })).filter(({ body }) => governing.has(body.type));
    if (bodies.length === 0) {
      const path = model.stakeholders.bodies ? ['bodies'] : ['partners'];
      return [{ code: 'advisory-body-missing', file: 'stakeholders.yaml', path, target: 'key' }];
    }
    if (bodies.some(({ body }) => body.chair !== undefined)) return [];
    return bodies.map(({ body, i }) => ({ code: 'advisory-body-without-chair', file: 'stakeholders.yaml', path: ['bodies', i], params: { name: body.name } }));
  },
};
