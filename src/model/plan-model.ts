import type { DataPath } from '../diagnostics/diagnostic.js';
import type { ResolvedStructure } from './structure/resolve-structure.js';
import type {
  ActionInput,
  AnalysisInput,
  AnalysisSectionInput,
  ChapterSectionInput,
  MissionInput,
  OperationalGoalInput,
  PillarInput,
  PlanInput,
  ProcessGoalInput,
  StakeholdersInput,
  StrategicGoalInput,
  ThemeInput,
} from './input.js';

export type Language = 'nl-BE' | 'nl-NL' | 'en';

/** Where a piece of the model came from, so later stages can point at it. */
export interface SourceRef {
  file: string;
  path: DataPath;
}

export interface Located {
  ref: SourceRef;
}

/** Numbers such as "1.2.1" or "2.3", computed from the order of the YAML. */
export interface Numbered {
  number: string;
}

export interface AnalysisSection extends Omit<AnalysisSectionInput, 'sections'>, Numbered, Located {
  sections: AnalysisSection[];
}

export interface AnalysisPart extends AnalysisSection {
  key: 'problem' | 'determinants' | 'context';
}

/** The pillars a work item counts for, after inheritance (see model/pillars.ts). */
export interface PillarsInForce {
  /** Own pillars when it names some, else those of its operational goal, strategic goal or theme. */
  effectivePillars: readonly string[];
}

export interface Action extends Omit<ActionInput, 'number'>, Numbered, Located, PillarsInForce {}

export interface OperationalGoal extends Omit<OperationalGoalInput, 'actions'>, Numbered, Located, PillarsInForce {
  actions: Action[];
}

export interface StrategicGoal extends Omit<StrategicGoalInput, 'operationalGoals'>, Numbered, Located {
  operationalGoals: OperationalGoal[];
}

export interface ProcessGoal extends ProcessGoalInput, Numbered, Located {}

export interface Theme extends Omit<ThemeInput, 'actions'>, Numbered, Located {
  actions: Action[];
}

export interface ChapterSection extends Omit<ChapterSectionInput, 'sections'>, Numbered, Located {
  sections: ChapterSection[];
}

export interface ExtraChapter extends ChapterSection {
  id: string;
  appendix: boolean;
}

export interface PlanModel {
  language: Language;
  plan: PlanInput;
  /** The pillars in force: of the shipped model, or the plan's own. */
  pillars: PillarInput[];
  analysis: { intro?: string; parts: AnalysisPart[]; inventory?: AnalysisInput['inventory'] };
  stakeholders: StakeholdersInput;
  mission: MissionInput;
  goals: {
    intro?: string;
    processGoals: ProcessGoal[];
    strategicGoals: StrategicGoal[];
    themes: Theme[];
    /** Actions straight under the plan (a short action plan), without goals or themes. */
    actions: Action[];
  };
  /** The document's skeleton: preset, order of the parts, numbering choices. */
  structure: ResolvedStructure;
  /** Extra chapters numbered after chapter 3; appendices lettered A, B, C. */
  chapters: ExtraChapter[];
}
