import type { DataPath } from '../diagnostics/diagnostic.js';
import { resolveStructure } from './structure/resolve-structure.js';
import type { ActionInput, AnalysisSectionInput, ChapterSectionInput, PlanInputs } from './input.js';
import type { AnalysisPart, AnalysisSection, ChapterSection, ExtraChapter, Language, PlanModel } from './plan-model.js';
import { pillarModels } from './pillar-models.js';
import { effectivePillars } from './pillars.js';

const analysisParts = ['problem', 'determinants', 'context'] as const;

/** Index of the first extra chapter: the plan's own chapters are 1 to 3. */
const FIRST_EXTRA_CHAPTER = 4;

function numberAnalysis(input: AnalysisSectionInput, number: string, path: DataPath): AnalysisSection {
  return {
    ...input,
    number,
    ref: { file: 'analysis.yaml', path },
    sections: (input.sections ?? []).map((child, i) => numberAnalysis(child, `${number}.${i + 1}`, [...path, 'sections', i])),
  };
}

function numberChapterSection(input: ChapterSectionInput, number: string, path: DataPath): ChapterSection {
  return {
    ...input,
    number,
    ref: { file: 'plan.yaml', path },
    sections: (input.sections ?? []).map((child, i) => numberChapterSection(child, `${number}.${i + 1}`, [...path, 'sections', i])),
  };
}

/** Builds the plan model from schema-valid inputs: resolves the pillar model and numbers everything. */
export function buildModel(inputs: PlanInputs): PlanModel {
  const { plan, analysis, stakeholders, mission, goals } = inputs;
  const language: Language = plan.language ?? 'nl-BE';
  const pillars = plan.pillars ?? [...pillarModels[plan.pillarModel ?? 'brugge'].pillars];

  const parts: AnalysisPart[] = analysisParts.map((key, i) => ({
    key,
    ...numberAnalysis(analysis[key], `1.${i + 1}`, [key]),
  }));

  const structure = resolveStructure(plan);
  // Continuous numbers run 1..n through the whole plan in document order: goals, themes, loose actions.
  let continuous = 0;
  const numberOf = (action: ActionInput, computed: string): string =>
    structure.actionNumbers === 'own' && action.number !== undefined ? String(action.number) : structure.actionNumbers === 'continuous' ? String(++continuous) : computed;
  const numbered = (actions: ActionInput[] | undefined, computed: (a: number) => string, path: DataPath, above: readonly string[]) =>
    (actions ?? []).map((action, a) => ({
      ...action,
      number: numberOf(action, computed(a)),
      ref: { file: 'goals.yaml', path: [...path, a] },
      effectivePillars: effectivePillars(action.pillars, above),
    }));

  const strategicGoals = (goals.strategicGoals ?? []).map((goal, s) => ({
    ...goal,
    number: String(s + 1),
    ref: { file: 'goals.yaml', path: ['strategicGoals', s] },
    operationalGoals: (goal.operationalGoals ?? []).map((og, o) => {
      const ogPillars = effectivePillars(og.pillars, goal.pillars ?? []);
      return {
        ...og,
        number: `${s + 1}.${o + 1}`,
        ref: { file: 'goals.yaml', path: ['strategicGoals', s, 'operationalGoals', o] },
        effectivePillars: ogPillars,
        actions: numbered(og.actions, (a) => `${s + 1}.${o + 1}.${a + 1}`, ['strategicGoals', s, 'operationalGoals', o, 'actions'], ogPillars),
      };
    }),
  }));

  // Computed theme actions are numbered across all themes (actie 1, 2, 3 ...), loose actions after them.
  let actionCounter = 0;
  const themes = (goals.themes ?? []).map((theme, t) => ({
    ...theme,
    number: String(t + 1),
    ref: { file: 'goals.yaml', path: ['themes', t] },
    actions: numbered(theme.actions, () => String(++actionCounter), ['themes', t, 'actions'], theme.pillars ?? []),
  }));
  const looseActions = numbered(goals.actions, () => String(++actionCounter), ['actions'], []);

  let chapterNumber = FIRST_EXTRA_CHAPTER;
  let appendixIndex = 0;
  const chapters: ExtraChapter[] = (plan.chapters ?? []).map((chapter, i) => {
    const appendix = chapter.appendix ?? false;
    const number = appendix ? String.fromCharCode(65 + appendixIndex++) : String(chapterNumber++);
    return { ...numberChapterSection(chapter, number, ['chapters', i]), id: chapter.id, appendix };
  });

  return {
    language,
    plan,
    pillars,
    analysis: { intro: analysis.intro, parts, inventory: analysis.inventory },
    stakeholders,
    mission,
    goals: {
      intro: goals.intro,
      processGoals: (goals.processGoals ?? []).map((goal, i) => ({
        ...goal,
        number: String(i + 1),
        ref: { file: 'goals.yaml', path: ['processGoals', i] },
      })),
      strategicGoals,
      themes,
      actions: looseActions,
    },
    chapters,
    structure,
  };
}
