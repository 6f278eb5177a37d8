import type { Rule } from '../rule.js';
import { workItems } from '../../model/work-items.js';
import { everyProfile } from '../profiles.js';

export const substanceCoverageRule: Rule = {
  id: 'substance-coverage',
  description: {
    nl: 'Elk middel of gedrag uit de afbakening komt terug in een doelstelling of actie.',
    en: 'Every substance and behaviour in scope comes back in a goal or action.',
  },
  rationale: {
    nl: 'Een integraal beleid gaat over meerdere middelen en gedragingen: alcohol, illegale drugs, medicatie, gamen, gokken (seed: integraal-geintegreerd-drugbeleid-slides). Wat in de afbakening staat maar in geen enkele doelstelling, is een belofte zonder uitvoering. Noem het middel bij "substances:" van een doelstelling of actie, of haal het uit de afbakening.',
    en: 'An integral policy covers several substances and behaviours: alcohol, illegal drugs, medication, gaming, gambling (seed: integraal-geintegreerd-drugbeleid-slides). What is in scope but in no goal is a promise without delivery. Name it under "substances:" of a goal or action, or take it out of the scope.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['substance-not-in-goals'],
  example: {
    file: 'goals.yaml',
    bad: `# mission.yaml: scope: substances: [alcohol, gokken]
- id: scholen
  title: Scholen werken preventief
  substances: [alcohol]`,
    good: `- id: scholen
  title: Scholen werken preventief
  substances: [alcohol, gokken]`,
  },
  check({ model }) {
    const named = new Set(workItems(model).flatMap(({ item }) => item.substances ?? []));
    return (model.mission.scope?.substances ?? []).flatMap((substance, i) =>
      named.has(substance.id) ? [] : [{ code: 'substance-not-in-goals', file: 'mission.yaml', path: ['scope', 'substances', i], params: { id: substance.id, name: substance.name } }],
    );
  },
};
