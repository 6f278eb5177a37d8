import type { PlanInputs } from '../input.js';
import type { PartId } from './parts.js';

/**
 * Whether the plan has anything for a part. A part without data is left out of the document
 * rather than printed as an empty heading. From the inputs, so the check and the document
 * view give the same answer.
 */
export function partIsEmpty(part: PartId, inputs: Pick<PlanInputs, 'plan' | 'goals' | 'stakeholders'>): boolean {
  const { plan, goals, stakeholders } = inputs;
  switch (part) {
    case 'overviews':
    case 'analysis':
    case 'mission':
      // The schemas require the analysis and the mission; the overviews are computed.
      return false;
    case 'introduction':
      return !plan.introduction;
    case 'goals':
      return !goals.intro && !goals.processGoals?.length && !goals.strategicGoals?.length && !goals.themes?.length;
    case 'actions':
      return actionCount(goals) === 0;
    case 'stakeholders':
      return !stakeholders.partners.length && !stakeholders.bodies?.length && !stakeholders.agreements?.length;
    case 'legal-basis':
      return !plan.legalBasis?.length;
    case 'precursors':
      return !plan.precursors?.length;
    case 'enforcement':
      return !plan.enforcement;
    case 'evaluation':
      return !plan.evaluation;
    case 'budget':
      return !plan.budget;
    case 'glossary':
      return !plan.glossary?.length;
  }
}

export function actionCount(goals: PlanInputs['goals']): number {
  return (
    (goals.actions?.length ?? 0) +
    (goals.themes ?? []).reduce((n, t) => n + (t.actions?.length ?? 0), 0) +
    (goals.strategicGoals ?? []).reduce((n, g) => n + (g.operationalGoals ?? []).reduce((m, og) => m + (og.actions?.length ?? 0), 0), 0)
  );
}

/** What to write for a part that is empty: named in the warning's hint. */
export const partSource: Record<PartId, { file: string; field: string }> = {
  overviews: { file: 'goals.yaml', field: 'strategicGoals' },
  introduction: { file: 'plan.yaml', field: 'introduction' },
  'legal-basis': { file: 'plan.yaml', field: 'legalBasis' },
  precursors: { file: 'plan.yaml', field: 'precursors' },
  analysis: { file: 'analysis.yaml', field: 'problem' },
  mission: { file: 'mission.yaml', field: 'mission' },
  goals: { file: 'goals.yaml', field: 'strategicGoals' },
  actions: { file: 'goals.yaml', field: 'actions' },
  stakeholders: { file: 'stakeholders.yaml', field: 'partners' },
  enforcement: { file: 'plan.yaml', field: 'enforcement' },
  evaluation: { file: 'plan.yaml', field: 'evaluation' },
  budget: { file: 'plan.yaml', field: 'budget' },
  glossary: { file: 'plan.yaml', field: 'glossary' },
};

/**
 * Parts that hold only what the plan itself wrote and that no other part shows: an order that
 * leaves one out while the plan has data for it would drop the text without a word.
 */
export const OPTIONAL_PARTS: readonly PartId[] = ['introduction', 'legal-basis', 'precursors', 'enforcement', 'evaluation', 'budget', 'glossary'];
