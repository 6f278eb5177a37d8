import type { AnalysisSectionInput, PlanInputs } from '../model/input.js';
import type { PlanModel } from '../model/plan-model.js';
import { planFiles } from '../load/plan-files.js';
import { findPlaceholders } from './find-placeholders.js';
import { completenessSections, type SectionKey } from './completeness-sections.js';
import type { RuleProfile } from './profiles.js';
import { workItems } from '../model/work-items.js';

export type { SectionKey } from './completeness-sections.js';

/** What the owner and indicator counts are counted over: a plan by themes has actions, not goals. */
export type CountedItems = 'goals' | 'actions' | 'goals-and-actions';

export type NotChecked = 'owner' | 'indicator' | 'placeholders';

/** The rule behind each count. */
const countRule: Record<NotChecked, string> = { owner: 'goal-owner', indicator: 'goal-indicator', placeholders: 'placeholders' };

/** How far the plan is from finished: a value for `plan validate` to show, never printed here. */
export interface Completeness {
  sections: {
    filled: number;
    total: number;
    missing: SectionKey[];
    /** The plan's own titles (plan.yaml `labels:`) for sections it renamed. */
    titles: Partial<Record<SectionKey, string>>;
    /** Whether the document numbers its sections the Brugge way (1.1, 2.2, 3.1). */
    numbered: boolean;
  };
  operationalGoals: { counts: CountedItems; total: number; withOwner: number; withIndicator: number };
  placeholders: number;
  /** Counts whose rule the plan switched off: the plan chose not to be held to them, so they are not shown. */
  notChecked: NotChecked[];
  /** The tradition whose rules the plan was checked against, so the author sees which one applied. */
  ruleProfile: RuleProfile;
}

const hasText = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';
const hasItems = (list: readonly unknown[] | undefined): boolean => list !== undefined && list.length > 0;

function analysisFilled(part: AnalysisSectionInput): boolean {
  return hasText(part.text) || hasItems(part.figures) || hasItems(part.lists) || hasItems(part.sections) || part.riskFactors !== undefined || part.protectiveFactors !== undefined;
}

/** Each section of the document with its data and whether it has any content at all. */
export function sectionContent(inputs: PlanInputs): Record<SectionKey, { data: unknown; content: boolean }> {
  const { plan, analysis, mission, goals } = inputs;
  return {
    introduction: { data: plan.introduction, content: hasText(plan.introduction) },
    problem: { data: analysis.problem, content: analysisFilled(analysis.problem) },
    determinants: { data: analysis.determinants, content: analysisFilled(analysis.determinants) },
    context: { data: analysis.context, content: analysisFilled(analysis.context) },
    mission: { data: mission.mission, content: hasText(mission.mission) },
    vision: { data: mission.vision, content: hasText(mission.vision.text) || hasItems(mission.vision.principles) },
    processGoals: { data: goals.processGoals, content: hasItems(goals.processGoals) },
    productGoals: { data: [goals.strategicGoals, goals.themes, goals.actions], content: hasItems(goals.strategicGoals) || hasItems(goals.themes) || hasItems(goals.actions) },
  };
}

/**
 * A section counts as filled when it has content and no placeholder is left in it. Only the
 * sections the plan's own structure has are counted, under the titles it gives them; `applied`
 * holds the ids of the rules that ran, so a switched-off rule's count is left out.
 */
export function completeness(model: PlanModel, inputs: PlanInputs, applied: ReadonlySet<string>, ruleProfile: RuleProfile): Completeness {
  const { keys, titles, numbered } = completenessSections(inputs, model.structure, applied);
  const content = sectionContent(inputs);
  const missing = keys.filter((key) => !content[key].content || findPlaceholders(content[key].data).length > 0);
  // Goals, and the actions that stand under no goal (of a theme, or straight under the plan).
  const items = workItems(model).filter(({ kind, goal }) => kind === 'goal' || goal === undefined);
  const goals = items.some(({ kind }) => kind === 'goal');
  const actions = items.some(({ kind }) => kind === 'action');
  return {
    sections: { filled: keys.length - missing.length, total: keys.length, missing, titles, numbered },
    operationalGoals: {
      counts: goals && actions ? 'goals-and-actions' : actions ? 'actions' : 'goals',
      total: items.length,
      withOwner: items.filter(({ item }) => item.owner !== undefined).length,
      withIndicator: items.filter(({ item }) => item.indicators?.some((i) => i.target !== undefined)).length,
    },
    placeholders: planFiles.reduce((sum, { key }) => sum + findPlaceholders(inputs[key]).length, 0),
    notChecked: (Object.keys(countRule) as NotChecked[]).filter((count) => !applied.has(countRule[count])),
    ruleProfile,
  };
}

export { formatCompleteness } from './completeness-text.js';
