/**
 * The shape of the YAML files once they passed their schemas (schemas/*.schema.json).
 * The types themselves are generated from the schemas at build time (scripts/schema-types.mjs,
 * run by scripts/generate-validators.mjs into generated/input-types.d.ts), so they cannot drift
 * from what the validators accept. This module only gives some of them the names the code uses;
 * field docs live in the schemas.
 */
import type {
  ActionInput,
  AnalysisInput,
  GoalsInput,
  IndicatorInput,
  MarkdownInput,
  MissionInput,
  OperationalGoalInput,
  PartnerInput,
  PlanInput,
  SectionInput,
  StakeholdersInput,
  StatusInput,
} from '../../generated/input-types.js';

export type * from '../../generated/input-types.js';

export type Markdown = MarkdownInput;

/**
 * One of the three parts of the analysis (no title: the label set names it) or one of their
 * numbered subsections (`$defs/part` and `$defs/section` of analysis.schema.json).
 */
export interface AnalysisSectionInput extends Omit<SectionInput, 'title'> {
  title?: string;
}

/** plan.yaml `rules:`: rule id → a severity, or a map with a severity and rule options. */
export type RulesInput = NonNullable<PlanInput['rules']>;


export type Sector = PartnerInput['sector'];

export type IndicatorDirection = NonNullable<IndicatorInput['direction']>;

/** Where an action or operational goal stands in a monitoring year. */
export type MonitoringStatus = StatusInput['status'];

/** What operational goals and actions share: who, for whom, where, what, measured how. */
export type WorkItemInput = OperationalGoalInput | ActionInput;

export interface PlanInputs {
  plan: PlanInput;
  analysis: AnalysisInput;
  stakeholders: StakeholdersInput;
  mission: MissionInput;
  goals: GoalsInput;
}
