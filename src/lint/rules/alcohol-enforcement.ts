import type { PlanInput } from '../../model/input.js';
import { goalsKey, mentions } from '../mentions.js';
import type { Rule } from '../rule.js';
import { workItems } from '../../model/work-items.js';

/** Pillars that stand for enforcement or supply reduction, by id or name. */
const enforcementPillar = /handhav|toezicht|repressie|aanbodbeperking|enforcement|supply/i;
/** Words that show a goal or action is about supervision and enforcement. */
const enforcementWork = /handhav|toezicht|\bboa('?s)?\b|controle|sanctie|enforcement|inspection|supervision/i;

/**
 * The `enforcement:` section of plan.yaml (sanction steps, a risk matrix), read through this
 * narrow shape: the section's fields are described by its schema, and any content counts here.
 */
function hasEnforcementSection(plan: PlanInput): boolean {
  const section = (plan as PlanInput & { enforcement?: unknown }).enforcement;
  return section !== undefined && section !== null && mentions(section, /\S/);
}

export const alcoholEnforcementRule: Rule = {
  id: 'alcohol-enforcement',
  description: {
    nl: 'Het plan zegt hoe de gemeente toezicht houdt op de Alcoholwet en handhaaft.',
    en: 'The plan says how the municipality supervises and enforces the Alcoholwet.',
  },
  rationale: {
    nl: 'Een preventie- en handhavingsplan alcohol (Alcoholwet, artikel 43a) gaat over beide: de burgemeester is bevoegd om de wet te handhaven, en de raad legt in het plan vast waar toezicht op gehouden wordt en welke sancties volgen. Preventie zonder handhaving blijft vrijblijvend voor verkopers en schenkers. Het volstaat dat plan.yaml een "enforcement:" heeft, of dat een doelstelling of actie in goals.yaml bij een pijler voor handhaving of aanbodbeperking hoort of over toezicht, controles of boa\'s gaat.',
    en: 'A prevention and enforcement plan for alcohol (Alcoholwet, article 43a) is about both: the mayor has the power to enforce the law, and the council sets down in the plan what is supervised and which sanctions follow. Prevention without enforcement leaves sellers and servers free to ignore it. It is enough that plan.yaml has an "enforcement:", or that a goal or action in goals.yaml belongs to a pillar for enforcement or supply reduction, or is about supervision, checks or enforcement officers (boa\'s).',
  },
  defaultSeverity: 'warning',
  profiles: ['alcoholwet'],
  codes: ['alcohol-enforcement-missing'],
  example: {
    file: 'goals.yaml',
    bad: `themes:
  - id: jongeren
    title: Jongeren drinken later
    actions:
      - id: voorlichting
        title: Voorlichting op scholen`,
    good: `themes:
  - id: jongeren
    title: Jongeren drinken later
    actions:
      - id: voorlichting
        title: Voorlichting op scholen
      - id: toezicht
        title: Boa's houden toezicht bij sportkantines en evenementen
        pillars: [handhaving]`,
  },
  check({ model, inputs }) {
    if (hasEnforcementSection(inputs.plan)) return [];
    const pillars = new Set(model.pillars.filter((p) => enforcementPillar.test(`${p.id} ${p.name}`)).map((p) => p.id));
    const items = workItems(model);
    if (items.some(({ pillars: own }) => own.some((id) => pillars.has(id)))) return [];
    if (items.some(({ item }) => mentions([item.title, item.text], enforcementWork))) return [];
    return [{ code: 'alcohol-enforcement-missing', file: 'goals.yaml', path: goalsKey(inputs.goals), target: 'key' }];
  },
};
