import { ruleText, type MessageLanguage } from '../messages/index.js';
import type { AnalysisSectionInput, PlanInputs } from '../model/input.js';
import type { PlanModel } from '../model/plan-model.js';
import { planFiles } from '../load/plan-files.js';
import { findPlaceholders, PLACEHOLDER_MARK } from './placeholders.js';
import type { LocalText } from './rule.js';
import { operationalGoals } from './work-items.js';

/** How far the plan is from finished: a value for `plan validate` to show, never printed here. */
export interface Completeness {
  sections: { filled: number; total: number; missing: SectionKey[] };
  operationalGoals: { total: number; withOwner: number; withIndicator: number };
  placeholders: number;
}

const sectionLabels = {
  introduction: { nl: 'Inleiding', en: 'Introduction' },
  problem: { nl: '1.1 Probleemanalyse', en: '1.1 Problem analysis' },
  determinants: { nl: '1.2 Determinantenanalyse', en: '1.2 Determinant analysis' },
  context: { nl: '1.3 Contextanalyse', en: '1.3 Context analysis' },
  mission: { nl: '2.1 Missie', en: '2.1 Mission' },
  vision: { nl: '2.2 Visie en uitgangspunten', en: '2.2 Vision and principles' },
  processGoals: { nl: '3.1 Procesdoelstellingen', en: '3.1 Process goals' },
  productGoals: { nl: '3.2 Productdoelstellingen', en: '3.2 Product goals' },
} satisfies Record<string, LocalText>;

export type SectionKey = keyof typeof sectionLabels;

const hasText = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';
const hasItems = (list: readonly unknown[] | undefined): boolean => list !== undefined && list.length > 0;

function analysisFilled(part: AnalysisSectionInput): boolean {
  return hasText(part.text) || hasItems(part.figures) || hasItems(part.lists) || hasItems(part.sections);
}

/** Each section of the document with its data and whether it has any content at all. */
function sections(inputs: PlanInputs): Record<SectionKey, { data: unknown; content: boolean }> {
  const { plan, analysis, mission, goals } = inputs;
  return {
    introduction: { data: plan.introduction, content: hasText(plan.introduction) },
    problem: { data: analysis.problem, content: analysisFilled(analysis.problem) },
    determinants: { data: analysis.determinants, content: analysisFilled(analysis.determinants) },
    context: { data: analysis.context, content: analysisFilled(analysis.context) },
    mission: { data: mission.mission, content: hasText(mission.mission) },
    vision: { data: mission.vision, content: hasText(mission.vision.text) || hasItems(mission.vision.principles) },
    processGoals: { data: goals.processGoals, content: hasItems(goals.processGoals) },
    productGoals: { data: [goals.strategicGoals, goals.themes], content: hasItems(goals.strategicGoals) || hasItems(goals.themes) },
  };
}

/** A section counts as filled when it has content and no placeholder is left in it. */
export function completeness(model: PlanModel, inputs: PlanInputs): Completeness {
  const missing: SectionKey[] = [];
  const all = Object.entries(sections(inputs)) as Array<[SectionKey, { data: unknown; content: boolean }]>;
  for (const [key, { data, content }] of all) {
    if (!content || findPlaceholders(data).length > 0) missing.push(key);
  }
  const goals = operationalGoals(model);
  return {
    sections: { filled: all.length - missing.length, total: all.length, missing },
    operationalGoals: {
      total: goals.length,
      withOwner: goals.filter((g) => g.owner !== undefined).length,
      withIndicator: goals.filter((g) => g.indicators?.some((i) => i.target !== undefined)).length,
    },
    placeholders: planFiles.reduce((sum, { key }) => sum + findPlaceholders(inputs[key]).length, 0),
  };
}

/** The block `plan validate` prints after its summary line. */
export function formatCompleteness(c: Completeness, lang: MessageLanguage): string {
  const missing = c.sections.missing.map((key) => ruleText(sectionLabels[key], lang)).join(', ');
  const og = c.operationalGoals;
  const lines =
    lang === 'en'
      ? [
          'Completeness:',
          `  sections filled: ${c.sections.filled}/${c.sections.total}${missing ? ` (to do: ${missing})` : ''}`,
          `  operational goals with an owner: ${og.withOwner}/${og.total}`,
          `  operational goals with an indicator and target: ${og.withIndicator}/${og.total}`,
          `  placeholders (${PLACEHOLDER_MARK}) left: ${c.placeholders}`,
        ]
      : [
          'Volledigheid:',
          `  onderdelen ingevuld: ${c.sections.filled}/${c.sections.total}${missing ? ` (nog te doen: ${missing})` : ''}`,
          `  operationele doelstellingen met trekker: ${og.withOwner}/${og.total}`,
          `  operationele doelstellingen met indicator en streefwaarde: ${og.withIndicator}/${og.total}`,
          `  nog in te vullen (${PLACEHOLDER_MARK}): ${c.placeholders}`,
        ];
  return `${lines.join('\n')}\n`;
}
