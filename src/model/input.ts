/**
 * The shape of the YAML files once they passed their schemas (schemas/*.schema.json).
 * Keep these types in step with the schemas; field docs live there.
 */
export type Markdown = string;

export interface ListInput {
  title?: string;
  intro?: Markdown;
  style?: 'bullet' | 'numbered' | 'alpha';
  items: Array<{ term?: string; text?: Markdown }>;
  outro?: Markdown;
}

export interface MunicipalityInput {
  id?: string;
  name: string;
  kind?: 'city' | 'municipality';
}

export interface PillarInput {
  id: string;
  name: string;
  description?: string;
}

export interface ChapterSectionInput {
  id?: string;
  title: string;
  text?: Markdown;
  lists?: ListInput[];
  sections?: ChapterSectionInput[];
}

export interface ChapterInput extends ChapterSectionInput {
  id: string;
  appendix?: boolean;
}

export interface PlanInput {
  title: string;
  subtitle?: string;
  municipalities: MunicipalityInput[];
  partnership?: string;
  period: { start: number; end: number };
  edition?: number;
  version?: string;
  status?: 'draft' | 'review' | 'adopted';
  date?: string;
  language?: 'nl-BE' | 'nl-NL' | 'en';
  pillarModel?: 'brugge' | 'vlaams-integraal' | 'trimbos';
  pillars?: PillarInput[];
  adoption?: { body: string; date?: string; reference?: string };
  publisher?: { name: string; role?: string; address?: string };
  coordinator?: { name: string; role?: string; organisation?: string; stakeholder?: string; email?: string; phone?: string };
  style?: { logo?: string; primaryColor?: string; font?: 'sans' | 'serif' };
  introduction?: Markdown;
  evaluation?: { text?: Markdown; moments?: Array<{ year: number; what: string; who?: string }> };
  budget?: {
    currency?: string;
    text?: Markdown;
    items?: Array<{ id?: string; label: string; amount: number; year?: number; pillar?: string; source?: string }>;
  };
  glossary?: Array<{ term: string; definition: Markdown }>;
  chapters?: ChapterInput[];
  labels?: Record<string, string>;
  /** Which tradition's domain rules apply (src/lint/profiles.ts); absent: follows language and structure. */
  ruleProfile?: 'vad' | 'alcoholwet';
  rules?: Record<string, RuleSettingInput>;
}

/** One entry of plan.yaml `rules:`: a severity, or a map with a severity and rule options. */
export type RuleSettingInput = RuleSeverityInput | { severity?: RuleSeverityInput; minShare?: number };

export type RuleSeverityInput = 'off' | 'info' | 'warning' | 'error';

export interface FactorsInput {
  person?: string[];
  substance?: string[];
  environment?: string[];
}

export interface FigureInput {
  id?: string;
  label: string;
  value: number | string;
  unit?: string;
  year?: number;
  source?: string;
  note?: string;
}

export interface AnalysisSectionInput {
  id?: string;
  title?: string;
  text?: Markdown;
  figures?: FigureInput[];
  riskFactors?: FactorsInput;
  protectiveFactors?: FactorsInput;
  lists?: ListInput[];
  sections?: AnalysisSectionInput[];
}

export interface AnalysisInput {
  intro?: Markdown;
  problem: AnalysisSectionInput;
  determinants: AnalysisSectionInput;
  context: AnalysisSectionInput;
}

export type Sector =
  | 'health'
  | 'welfare'
  | 'safety-justice'
  | 'leisure'
  | 'education'
  | 'youth'
  | 'nightlife'
  | 'local-government'
  | 'work'
  | 'other';

export interface PartnerInput {
  id: string;
  name: string;
  sector: Sector;
  kind?: 'organisation' | 'municipal-service' | 'person' | 'experience-expert' | 'user-representative' | 'research';
  municipality?: string;
  pillars?: string[];
  role?: Markdown;
  hoursPerYear?: number;
  contact?: string;
}

export interface BodyInput {
  id: string;
  name: string;
  type: 'advisory-council' | 'steering-group' | 'working-group' | 'local-consultation' | 'network';
  chair?: string;
  secretary?: string;
  members?: string[];
  theme?: string;
  meets?: string;
  tasks?: Markdown;
}

export interface AgreementInput {
  id: string;
  title: string;
  form?: 'protocol' | 'written' | 'oral';
  partners: string[];
  date?: string;
  text?: Markdown;
}

export interface StakeholdersInput {
  partners: PartnerInput[];
  bodies?: BodyInput[];
  agreements?: AgreementInput[];
}

export interface PrincipleInput {
  id: string;
  title: string;
  text?: Markdown;
  lists?: ListInput[];
}

export interface MissionInput {
  mission: Markdown;
  vision: { text?: Markdown; principles?: PrincipleInput[] };
  scope?: {
    text?: Markdown;
    substances: Array<{ id: string; name: string; kind?: 'substance' | 'behaviour' }>;
    excluded?: Array<{ name: string; reason?: string }>;
  };
}

export interface MeasurementInput {
  value: number | string;
  year?: number;
}

export interface IndicatorInput {
  id?: string;
  name: string;
  unit?: string;
  baseline?: MeasurementInput;
  target?: MeasurementInput;
  source?: string;
  targetGroup?: string;
  frequency?: string;
  /** Which way the value should go; without it, it follows from baseline and target. */
  direction?: IndicatorDirection;
}

export type IndicatorDirection = 'decrease' | 'increase' | 'keep';

export interface BudgetInput {
  amount: number;
  source?: string;
  note?: string;
}

/** What operational goals and actions share: who, for whom, where, what, measured how. */
export interface WorkItemInput {
  id: string;
  title: string;
  text?: Markdown;
  pillars?: string[];
  owner?: string;
  partners?: string[];
  targetGroups?: string[];
  settings?: string[];
  substances?: string[];
  indicators?: IndicatorInput[];
  budget?: BudgetInput;
}

export interface ActionInput extends WorkItemInput {
  start?: number;
  end?: number;
  frequency?: string;
  status?: 'planned' | 'running' | 'done' | 'dropped';
}

export interface OperationalGoalInput extends WorkItemInput {
  deadline?: number;
  actions?: ActionInput[];
}

export interface StrategicGoalInput {
  id: string;
  title: string;
  strategy?: Markdown;
  text?: Markdown;
  pillars?: string[];
  operationalGoals?: OperationalGoalInput[];
}

export interface ProcessGoalInput {
  id: string;
  title: string;
  text?: Markdown;
  aspects?: Array<'monitoring' | 'evidence-informed' | 'participation' | 'coordination' | 'evaluation' | 'communication' | 'capacity'>;
  ambitions?: Markdown[];
  owner?: string;
}

export interface ThemeInput {
  id: string;
  title: string;
  text?: Markdown;
  pillars?: string[];
  actions?: ActionInput[];
}

export interface GoalsInput {
  intro?: Markdown;
  processGoals?: ProcessGoalInput[];
  strategicGoals?: StrategicGoalInput[];
  themes?: ThemeInput[];
}

export interface PlanInputs {
  plan: PlanInput;
  analysis: AnalysisInput;
  stakeholders: StakeholdersInput;
  mission: MissionInput;
  goals: GoalsInput;
}

/** Where an action or operational goal stands in a monitoring year. */
export type MonitoringStatus = 'planned' | 'running' | 'done' | 'delayed' | 'dropped';

/** monitoring/<year>.yaml (schemas/monitoring.schema.json). */
export interface MonitoringInput {
  example?: string;
  intro?: Markdown;
  indicators?: Array<{ indicator: string; value: number | string; date?: string; source?: string; note?: Markdown }>;
  actions?: Array<{ action: string; status: MonitoringStatus; explanation?: Markdown }>;
  spending?: Array<{ budgetLine: string; amount: number; note?: Markdown }>;
}
