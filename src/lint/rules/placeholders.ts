import { planFiles } from '../../load/plan-files.js';
import { findPlaceholders, PLACEHOLDER_MARK } from '../find-placeholders.js';
import type { Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const placeholdersRule: Rule = {
  id: 'placeholders',
  description: {
    nl: `Geen tekst bevat nog "${PLACEHOLDER_MARK}": alles wat plan init openliet, is ingevuld.`,
    en: `No text still contains "${PLACEHOLDER_MARK}": everything plan init left open is filled in.`,
  },
  rationale: {
    nl: `\`plan init\` zet "${PLACEHOLDER_MARK}" in elke waarde die u zelf moet invullen. Het doel is een afgewerkt document zoals het Brugse plan (seed: brugge-drugbeleidsplan), dat het college en de gemeenteraad goedkeuren: daarin staat geen enkele open plek meer. Elke ${PLACEHOLDER_MARK} wordt apart gemeld, op zijn eigen regel.`,
    en: `\`plan init\` puts "${PLACEHOLDER_MARK}" into every value you have to fill in yourself. The goal is a finished document like the Brugge plan (seed: brugge-drugbeleidsplan), which the council adopts: no gap is left open in it. Each ${PLACEHOLDER_MARK} is reported on its own, at its own line.`,
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['placeholder'],
  example: {
    file: 'plan.yaml',
    bad: `coordinator:
  name: "TODO: naam van de coördinator"`,
    good: `coordinator:
  name: Jan Janssens`,
  },
  check({ inputs }) {
    return planFiles.flatMap(({ key, file }) =>
      findPlaceholders(inputs[key]).map((p) => ({
        code: 'placeholder',
        file,
        path: p.path,
        params: { excerpt: p.excerpt, field: p.path.filter((s) => typeof s === 'string').at(-1) ?? '' },
        mark: { text: PLACEHOLDER_MARK, occurrence: p.occurrence },
      })),
    );
  },
};
