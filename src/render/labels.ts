import type { IndicatorDirection } from '../model/input.js';
import type { Language } from '../model/plan-model.js';
import { fieldLabelSets, type FieldLabels } from './field-labels.js';

/**
 * Every word the plan document prints that does not come from the YAML, per language.
 * Chapter and section titles can be renamed by a plan (`labels:` in plan.yaml).
 */
export interface Labels {
  contents: string;
  introduction: string;
  analysis: string;
  problemAnalysis: string;
  determinantAnalysis: string;
  contextAnalysis: string;
  missionVision: string;
  mission: string;
  vision: string;
  goals: string;
  processGoals: string;
  productGoals: string;
  themes: string;
  evaluation: string;
  budget: string;
  /** The budget line of a goal or action: its own word, so renaming the budget chapter leaves it alone. */
  workBudget: string;
  glossary: string;
  /** Titles the php-nl structure gives its chapters (src/structure/presets.ts). */
  phpAnalysis: string;
  phpGoals: string;
  phpPrinciples: string;
  phpActivities: string;
  phpCooperation: string;
  /** Title the actieplan structure gives its partners chapter. */
  whoDoesWhat: string;
  appendix: string;
  colophon: string;
  overviews: string;
  pillarBalance: string;
  pillarBalanceIntro: string;
  stakeholderMatrix: string;
  stakeholderMatrixIntro: string;
  /** The partner matrix whose columns are actions (a plan by themes): its heading and its introduction. */
  actionMatrix: string;
  actionMatrixIntro: string;
  strategy: string;
  operationalGoals: string;
  ambitions: string;
  actions: string;
  action: string;
  owner: string;
  partners: string;
  pillars: string;
  targetGroups: string;
  settings: string;
  substances: string;
  deadline: string;
  timing: string;
  indicators: string;
  indicator: string;
  unit: string;
  baseline: string;
  target: string;
  source: string;
  keyFigures: string;
  figure: string;
  value: string;
  year: string;
  riskFactors: string;
  protectiveFactors: string;
  person: string;
  substance: string;
  environment: string;
  principles: string;
  scope: string;
  excluded: string;
  stakeholders: string;
  bodies: string;
  chair: string;
  members: string;
  sector: string;
  agreements: string;
  agreementForm: string;
  agreementForms: Record<'protocol' | 'written' | 'oral', string>;
  moments: string;
  who: string;
  what: string;
  amount: string;
  total: string;
  term: string;
  definition: string;
  goalsCount: string;
  /** Text alternative of the pillar chart in the PDF; {pillars} is a list of chartAltPillar. */
  chartAlt: string;
  chartAltPillar: string;
  actionsCount: string;
  ownerMark: string;
  partnerMark: string;
  legend: string;
  publisher: string;
  coordinator: string;
  adopted: string;
  decision: string;
  version: string;
  edition: string;
  period: string;
  status: Record<'draft' | 'review' | 'adopted', string>;
  actionStatus: Record<'planned' | 'running' | 'done' | 'dropped', string>;
  /** Put before an indicator's target when the plan gives a direction: "daalt naar 25 (2025)". */
  targetDirection: Record<IndicatorDirection, string>;
  /** The yearly progress report (`plan report`). */
  report: ReportLabels;
  sectors: Record<string, string>;
  municipalityKind: Record<'city' | 'municipality', string>;
  responsiblePublisher: string;
  /** Running footer of the PDF; {page} and {pages} are filled in. */
  pageOfPages: string;
  statusLabel: string;
  date: string;
  body: string;
  /** The theme a working group works on. */
  bodyTheme: string;
  partner: string;
  role: string;
  budgetItem: string;
  contact: string;
  targetGroup: string;
  pillar: string;
  /** Words of the fields beyond the Brugge shape (field-labels.ts). */
  fields: FieldLabels;
}

/** Words of the progress report; {year} and {years} are filled in. */
export interface ReportLabels {
  title: string;
  exampleData: string;
  summary: string;
  summaryIntro: string;
  workByPillar: string;
  workByGroup: string;
  workByTheme: string;
  indicatorsJudged: string;
  money: string;
  noBudget: string;
  budgetLine: string;
  planned: string;
  spentThisYear: string;
  spentToDate: string;
  indicators: string;
  indicatorsIntro: string;
  belongsTo: string;
  measurements: string;
  measurement: string;
  expected: string;
  judgementLabel: string;
  direction: string;
  directions: Record<IndicatorDirection, string>;
  directionDerived: string;
  startFromMonitoring: string;
  chartPath: string;
  chartAlt: string;
  judgement: Record<'reached' | 'on-track' | 'off-track' | 'not-judged', string>;
  notJudged: Record<'no-measurement' | 'not-numeric' | 'no-target' | 'no-start' | 'is-start', string>;
  progress: string;
  statusLabel: string;
  explanation: string;
  status: Record<'planned' | 'running' | 'done' | 'delayed' | 'dropped' | 'unreported', string>;
  strategicGoal: string;
  theme: string;
  work: string;
  changes: string;
  firstReport: string;
  noChanges: string;
  statusChanges: string;
  judgementChanges: string;
  before: string;
  now: string;
  sources: string;
}

const reportNl: ReportLabels = {
  title: 'Voortgangsrapport {year}',
  exampleData: 'Voorbeeldgegevens',
  summary: 'Samenvatting voor de raad',
  summaryIntro: 'De stand van het plan eind {year}: de acties per stand, de indicatoren tegenover hun pad naar de streefwaarde, en de middelen.',
  workByPillar: 'Acties per pijler',
  workByGroup: 'Acties per strategische doelstelling',
  workByTheme: 'Acties per thema',
  indicatorsJudged: 'Indicatoren',
  money: 'Middelen: begroot en uitgegeven',
  noBudget: 'Het plan heeft geen begrotingslijnen met een bedrag; uitgaven kunnen niet naast een begroting gezet worden.',
  budgetLine: 'Begrotingslijn',
  planned: 'Begroot',
  spentThisYear: 'Uitgegeven in {year}',
  spentToDate: 'Uitgegeven tot en met {year}',
  indicators: 'Indicatoren',
  indicatorsIntro: 'Per indicator de nulmeting, de metingen tot nu toe en de streefwaarde, met de rechte lijn ertussen: een meting aan de goede kant van die lijn ligt op koers.',
  belongsTo: 'Hoort bij',
  measurements: 'Metingen',
  measurement: 'Meting',
  expected: 'Verwacht volgens het pad',
  judgementLabel: 'Beoordeling',
  direction: 'Richting',
  directions: { decrease: 'dalen', increase: 'stijgen', keep: 'behouden' },
  directionDerived: 'afgeleid uit nulmeting en streefwaarde',
  startFromMonitoring: 'eerste meting, het plan geeft geen nulmeting',
  chartPath: 'pad naar de streefwaarde',
  chartAlt: 'Grafiek van {name}',
  judgement: { reached: 'bereikt', 'on-track': 'op koers', 'off-track': 'niet op koers', 'not-judged': 'niet beoordeeld' },
  notJudged: {
    'no-measurement': 'geen meting in {year}',
    'not-numeric': 'de meting is geen getal',
    'no-target': 'geen streefwaarde in getallen',
    'no-start': 'geen nulmeting',
    'is-start': 'eerste meting: het vertrekpunt van het pad',
  },
  progress: 'Voortgang per doelstelling',
  statusLabel: 'Stand',
  explanation: 'Toelichting',
  status: { planned: 'gepland', running: 'lopend', done: 'afgerond', delayed: 'vertraagd', dropped: 'geschrapt', unreported: 'niet gemeld' },
  strategicGoal: 'Strategische doelstelling',
  theme: 'Thema',
  work: 'Acties',
  changes: 'Wat veranderde sinds {year}',
  firstReport: 'Dit is het eerste voortgangsrapport van het plan: er is nog geen vorig jaar om mee te vergelijken.',
  noChanges: 'Geen enkele actie of indicator veranderde van stand of beoordeling.',
  statusChanges: 'Acties met een nieuwe stand',
  judgementChanges: 'Indicatoren met een andere beoordeling',
  before: 'Vorig jaar',
  now: 'Nu',
  sources: 'Opgemaakt uit de monitoringgegevens van {years}.',
};

const reportEn: ReportLabels = {
  title: 'Progress report {year}',
  exampleData: 'Example data',
  summary: 'Summary for the council',
  summaryIntro: 'Where the plan stands at the end of {year}: actions by status, indicators against their path to the target, and the money.',
  workByPillar: 'Actions by pillar',
  workByGroup: 'Actions by strategic goal',
  workByTheme: 'Actions by theme',
  indicatorsJudged: 'Indicators',
  money: 'Money: budgeted and spent',
  noBudget: 'The plan has no budget lines with an amount, so spending cannot be set against a budget.',
  budgetLine: 'Budget line',
  planned: 'Budgeted',
  spentThisYear: 'Spent in {year}',
  spentToDate: 'Spent up to {year}',
  indicators: 'Indicators',
  indicatorsIntro: 'For each indicator the baseline, the measurements so far and the target, with the straight line between them: a measurement on the right side of that line is on track.',
  belongsTo: 'Belongs to',
  measurements: 'Measurements',
  measurement: 'Measurement',
  expected: 'Expected on the path',
  judgementLabel: 'Judgement',
  direction: 'Direction',
  directions: { decrease: 'decrease', increase: 'increase', keep: 'keep' },
  directionDerived: 'derived from baseline and target',
  startFromMonitoring: 'first measurement, the plan gives no baseline',
  chartPath: 'path to the target',
  chartAlt: 'Chart of {name}',
  judgement: { reached: 'reached', 'on-track': 'on track', 'off-track': 'off track', 'not-judged': 'not judged' },
  notJudged: {
    'no-measurement': 'no measurement in {year}',
    'not-numeric': 'the measurement is not a number',
    'no-target': 'no target in numbers',
    'no-start': 'no baseline',
    'is-start': 'first measurement: where the path starts',
  },
  progress: 'Progress per goal',
  statusLabel: 'Status',
  explanation: 'Explanation',
  status: { planned: 'planned', running: 'running', done: 'done', delayed: 'delayed', dropped: 'dropped', unreported: 'not reported' },
  strategicGoal: 'Strategic goal',
  theme: 'Theme',
  work: 'Actions',
  changes: 'What changed since {year}',
  firstReport: 'This is the plan’s first progress report: there is no earlier year to compare with.',
  noChanges: 'No action or indicator changed its status or judgement.',
  statusChanges: 'Actions with a new status',
  judgementChanges: 'Indicators with another judgement',
  before: 'Last year',
  now: 'Now',
  sources: 'Made from the monitoring data of {years}.',
};

const nlBE: Omit<Labels, 'fields'> = {
  contents: 'Inhoud',
  introduction: 'Inleiding',
  analysis: 'Conclusie lokale omgevingsanalyse',
  problemAnalysis: 'Probleemanalyse',
  determinantAnalysis: 'Determinantenanalyse',
  contextAnalysis: 'Contextanalyse',
  missionVision: 'Missie en visie',
  mission: 'Missie',
  vision: 'Visie en uitgangspunten',
  goals: 'Doelstellingen',
  processGoals: 'Procesdoelstellingen',
  productGoals: 'Productdoelstellingen',
  themes: "Prioritaire thema's",
  evaluation: 'Evaluatie en monitoring',
  budget: 'Budget',
  workBudget: 'Budget',
  glossary: 'Begrippenlijst',
  phpAnalysis: 'Probleemanalyse',
  phpGoals: 'Ambitie en doelstellingen',
  phpPrinciples: 'Uitgangspunten',
  phpActivities: 'Activiteiten',
  phpCooperation: 'Samenwerking en evaluatie',
  whoDoesWhat: 'Wie doet wat',
  appendix: 'Bijlage',
  colophon: 'Colofon',
  overviews: 'Overzichten',
  pillarBalance: 'Evenwicht over de pijlers',
  pillarBalanceIntro: 'Aantal operationele doelstellingen en acties per pijler. Een doel of actie kan bij meer dan één pijler horen.',
  stakeholderMatrix: 'Partners en doelstellingen',
  stakeholderMatrixIntro: 'Wie trekt (T) en wie werkt mee (P) aan welke doelstelling.',
  actionMatrix: 'Partners en acties',
  actionMatrixIntro: 'Wie trekt (T) en wie werkt mee (P) aan welke actie. De kolommen zijn de genummerde acties.',
  strategy: 'Strategie',
  operationalGoals: 'Operationele doelstellingen',
  ambitions: 'Ambities',
  actions: 'Acties',
  action: 'Actie',
  owner: 'Trekker',
  partners: 'Partners',
  pillars: 'Pijlers',
  targetGroups: 'Doelgroepen',
  settings: 'Settings',
  substances: 'Middelen en gedrag',
  deadline: 'Termijn',
  timing: 'Timing',
  indicators: 'Indicatoren',
  indicator: 'Indicator',
  unit: 'Eenheid',
  baseline: 'Nulmeting',
  target: 'Streefwaarde',
  source: 'Bron',
  keyFigures: 'Kerncijfers',
  figure: 'Cijfer',
  value: 'Waarde',
  year: 'Jaar',
  riskFactors: 'Risicofactoren',
  protectiveFactors: 'Beschermende factoren',
  person: 'Mens',
  substance: 'Middel',
  environment: 'Milieu',
  principles: 'Uitgangspunten',
  scope: 'Afbakening',
  excluded: 'Niet opgenomen',
  stakeholders: 'Partners',
  bodies: 'Overlegstructuur',
  chair: 'Voorzitter',
  members: 'Leden',
  sector: 'Sector',
  agreements: 'Samenwerkingsafspraken',
  agreementForm: 'Vorm',
  agreementForms: { protocol: 'Protocol', written: 'Schriftelijke afspraak', oral: 'Mondelinge afspraak' },
  moments: 'Evaluatiemomenten',
  who: 'Wie',
  what: 'Wat',
  amount: 'Bedrag',
  total: 'Totaal',
  term: 'Begrip',
  definition: 'Betekenis',
  goalsCount: 'doelstellingen',
  chartAlt: 'Staafdiagram van het aantal operationele doelstellingen en acties per pijler. {pillars}.',
  chartAltPillar: '{pillar}: {goals} doelstellingen en {actions} acties',
  actionsCount: 'acties',
  ownerMark: 'T',
  partnerMark: 'P',
  legend: 'T = trekker, P = partner',
  publisher: 'Verantwoordelijke uitgever',
  coordinator: 'Coördinator',
  adopted: 'Goedgekeurd door',
  decision: 'Besluit',
  version: 'Versie',
  edition: 'Editie',
  period: 'Periode',
  status: { draft: 'Ontwerp', review: 'Ter advies', adopted: 'Goedgekeurd' },
  actionStatus: { planned: 'gepland', running: 'lopend', done: 'afgerond', dropped: 'geschrapt' },
  targetDirection: { decrease: 'daalt naar', increase: 'stijgt naar', keep: 'blijft op' },
  report: reportNl,
  sectors: {
    health: 'Gezondheid',
    welfare: 'Welzijn',
    'safety-justice': 'Veiligheid en justitie',
    leisure: 'Vrije tijd',
    education: 'Onderwijs',
    youth: 'Jeugd',
    nightlife: 'Uitgaan',
    'local-government': 'Lokaal bestuur',
    work: 'Arbeid',
    other: 'Andere',
  },
  municipalityKind: { city: 'Stad', municipality: 'Gemeente' },
  responsiblePublisher: 'V.U.',
  pageOfPages: 'pagina {page} van {pages}',
  statusLabel: 'Status',
  date: 'Datum',
  body: 'Overlegorgaan',
  bodyTheme: 'Thema',
  partner: 'Partner',
  role: 'Rol',
  budgetItem: 'Post',
  contact: 'Contact',
  targetGroup: 'Doelgroep',
  pillar: 'Pijler',
};

/**
 * Dutch of the Netherlands: a Dutch municipality "stelt vast" and publishes a plan without a
 * responsible publisher (V.U. is Belgian law), calls its priority themes "speerpunten" and
 * reports to the gemeenteraad. Every other label reads the same as in Flanders and is listed below, so
 * a new label needs a decision for nl-NL before it compiles.
 */
const nlNLOwn = {
  contents: 'Inhoudsopgave',
  analysis: 'Conclusies lokale analyse',
  themes: 'Speerpunten',
  publisher: 'Uitgave',
  responsiblePublisher: 'Uitgegeven door',
  adopted: 'Vastgesteld door',
  status: { draft: 'Concept', review: 'Ter inspraak', adopted: 'Vastgesteld' },
  report: { ...reportNl, summary: 'Samenvatting voor de gemeenteraad' },
  sectors: { ...nlBE.sectors, 'local-government': 'Gemeente', other: 'Overig' },
} satisfies Partial<Labels>;

/** The labels nl-NL takes from nl-BE unchanged: the same words in both countries. */
const nlNLSameAsNlBE = [
  'introduction', 'problemAnalysis', 'determinantAnalysis', 'contextAnalysis', 'missionVision', 'mission', 'vision', 'goals',
  'processGoals', 'productGoals', 'evaluation', 'budget', 'glossary', 'appendix', 'colophon', 'overviews', 'pillarBalance',
  'pillarBalanceIntro', 'stakeholderMatrix', 'stakeholderMatrixIntro', 'strategy', 'operationalGoals', 'ambitions', 'actions',
  'action', 'owner', 'partners', 'pillars', 'targetGroups', 'settings', 'substances', 'deadline', 'timing', 'indicators',
  'indicator', 'unit', 'baseline', 'target', 'source', 'keyFigures', 'figure', 'value', 'year', 'riskFactors',
  'protectiveFactors', 'person', 'substance', 'environment', 'principles', 'scope', 'excluded', 'stakeholders', 'bodies',
  'chair', 'members', 'sector', 'agreements', 'agreementForm', 'agreementForms', 'moments', 'who', 'what', 'amount', 'total',
  'term', 'definition', 'goalsCount', 'chartAlt', 'chartAltPillar', 'actionsCount', 'ownerMark', 'partnerMark', 'legend',
  'coordinator', 'decision', 'version', 'edition', 'period', 'actionStatus', 'targetDirection', 'municipalityKind',
  'pageOfPages', 'statusLabel', 'date', 'body', 'partner', 'role', 'budgetItem', 'contact', 'targetGroup', 'pillar',
  'workBudget', 'phpAnalysis', 'phpGoals', 'phpPrinciples', 'phpActivities', 'phpCooperation', 'whoDoesWhat', 'actionMatrix',
  'actionMatrixIntro', 'bodyTheme',
] as const satisfies ReadonlyArray<keyof Labels>;

// A label that is neither worded for nl-NL nor listed as shared is a compile error here,
// naming the label ("Property 'x' is missing").
// The words of the new fields decide their nl-NL wording in field-labels.ts.
type Undecided = Exclude<keyof Labels, 'fields' | keyof typeof nlNLOwn | (typeof nlNLSameAsNlBE)[number]>;
const everyLabelDecided: Record<Undecided, never> = {};
void everyLabelDecided;

const nlNL: Omit<Labels, 'fields'> = { ...nlBE, ...nlNLOwn };

const en: Omit<Labels, 'fields'> = {
  contents: 'Contents',
  introduction: 'Introduction',
  analysis: 'Local situation analysis: conclusions',
  problemAnalysis: 'Problem analysis',
  determinantAnalysis: 'Determinant analysis',
  contextAnalysis: 'Context analysis',
  missionVision: 'Mission and vision',
  mission: 'Mission',
  vision: 'Vision and principles',
  goals: 'Goals',
  processGoals: 'Process goals',
  productGoals: 'Product goals',
  themes: 'Priority themes',
  evaluation: 'Evaluation and monitoring',
  budget: 'Budget',
  workBudget: 'Budget',
  glossary: 'Glossary',
  phpAnalysis: 'Problem analysis',
  phpGoals: 'Ambition and goals',
  phpPrinciples: 'Principles',
  phpActivities: 'Activities',
  phpCooperation: 'Cooperation and evaluation',
  whoDoesWhat: 'Who does what',
  appendix: 'Appendix',
  colophon: 'Colophon',
  overviews: 'Overviews',
  pillarBalance: 'Balance across the pillars',
  pillarBalanceIntro: 'Operational goals and actions per pillar. A goal or action can belong to more than one pillar.',
  stakeholderMatrix: 'Partners and goals',
  stakeholderMatrixIntro: 'Who leads (L) and who takes part (P) in which goal.',
  actionMatrix: 'Partners and actions',
  actionMatrixIntro: 'Who leads (L) and who takes part (P) in which action. The columns are the numbered actions.',
  strategy: 'Strategy',
  operationalGoals: 'Operational goals',
  ambitions: 'Ambitions',
  actions: 'Actions',
  action: 'Action',
  owner: 'Lead',
  partners: 'Partners',
  pillars: 'Pillars',
  targetGroups: 'Target groups',
  settings: 'Settings',
  substances: 'Substances and behaviours',
  deadline: 'Deadline',
  timing: 'Timing',
  indicators: 'Indicators',
  indicator: 'Indicator',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  source: 'Source',
  keyFigures: 'Key figures',
  figure: 'Figure',
  value: 'Value',
  year: 'Year',
  riskFactors: 'Risk factors',
  protectiveFactors: 'Protective factors',
  person: 'Person',
  substance: 'Substance',
  environment: 'Environment',
  principles: 'Principles',
  scope: 'Scope',
  excluded: 'Not included',
  stakeholders: 'Partners',
  bodies: 'Consultation structure',
  chair: 'Chair',
  members: 'Members',
  sector: 'Sector',
  agreements: 'Agreements',
  agreementForm: 'Form',
  agreementForms: { protocol: 'Protocol', written: 'Written agreement', oral: 'Verbal agreement' },
  moments: 'Evaluation moments',
  who: 'Who',
  what: 'What',
  amount: 'Amount',
  total: 'Total',
  term: 'Term',
  definition: 'Meaning',
  goalsCount: 'goals',
  chartAlt: 'Bar chart of the number of operational goals and actions per pillar. {pillars}.',
  chartAltPillar: '{pillar}: {goals} goals and {actions} actions',
  actionsCount: 'actions',
  ownerMark: 'L',
  partnerMark: 'P',
  legend: 'L = lead, P = partner',
  publisher: 'Responsible publisher',
  coordinator: 'Coordinator',
  adopted: 'Adopted by',
  decision: 'Decision',
  version: 'Version',
  edition: 'Edition',
  period: 'Period',
  status: { draft: 'Draft', review: 'For consultation', adopted: 'Adopted' },
  actionStatus: { planned: 'planned', running: 'running', done: 'done', dropped: 'dropped' },
  targetDirection: { decrease: 'down to', increase: 'up to', keep: 'held at' },
  report: reportEn,
  sectors: {
    health: 'Health',
    welfare: 'Welfare',
    'safety-justice': 'Safety and justice',
    leisure: 'Leisure',
    education: 'Education',
    youth: 'Youth',
    nightlife: 'Nightlife',
    'local-government': 'Local government',
    work: 'Work',
    other: 'Other',
  },
  municipalityKind: { city: 'City of', municipality: 'Municipality of' },
  responsiblePublisher: 'Publisher',
  pageOfPages: 'page {page} of {pages}',
  statusLabel: 'Status',
  date: 'Date',
  body: 'Body',
  bodyTheme: 'Theme',
  partner: 'Partner',
  role: 'Role',
  budgetItem: 'Item',
  contact: 'Contact',
  targetGroup: 'Target group',
  pillar: 'Pillar',
};

export const labelSets: Record<Language, Labels> = {
  'nl-BE': { ...nlBE, fields: fieldLabelSets['nl-BE'] },
  'nl-NL': { ...nlNL, fields: fieldLabelSets['nl-NL'] },
  en: { ...en, fields: fieldLabelSets.en },
};

/** The label set of the plan's language, with the plan's own chapter and section titles. */
export function labelsFor(language: Language, overrides: Record<string, string> | undefined): Labels {
  return { ...labelSets[language], ...overrides };
}
