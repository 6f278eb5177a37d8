import type { FactorsInput, FigureInput, IndicatorInput, ListInput } from '../model/input.js';
import type { Action, AnalysisSection, ChapterSection, OperationalGoal, PlanModel } from '../model/plan-model.js';
import {
  adoptionsView,
  budgetLinesView,
  enforcementView,
  incomeText,
  inventoryView,
  legalBasisView,
  measureText,
  outputsText,
  personView,
  precursorsView,
  workBudgetText,
  type AdoptionView,
  type BudgetLineView,
  type EnforcementView,
  type IncomeView,
  type InventoryView,
  type LegalBasisView,
  type PersonView,
  type PrecursorsView,
} from './fields-view.js';
import { labelsFor, type Labels } from './labels.js';
import { formatDate, formatMoney, formatNumber } from '../locale/locale-format.js';
import { partnerMatrices, type PartnerMatrix } from '../model/partner-matrix.js';
import { pillarBalance, type PillarCount } from '../model/pillar-counts.js';
import { rendererMarkup, type RendererMarkup } from './renderer-markup.js';
import { documentParts, tableOfContents, type PartEntry } from './document-parts.js';
import { chapterNumbers, renumber } from '../model/structure/chapter-numbers.js';
import { partIsEmpty } from '../model/structure/part-data.js';
import type { PartId } from '../model/structure/parts.js';
import { joinNamesWithAnd } from './name-list.js';

/**
 * The plan as the templates see it: every field present (null when the plan leaves it out,
 * so templates can run in Handlebars' strict mode), references resolved to names, numbers and
 * anchors computed. Texts stay Markdown; each output format renders them its own way.
 */
export interface Named {
  id: string;
  name: string;
}

export interface Heading {
  number: string | null;
  title: string;
  anchor: string;
}

export interface TocEntry extends Heading {
  level: number;
  children: TocEntry[];
}

export interface ListView {
  title: string | null;
  intro: string | null;
  style: 'bullet' | 'numbered' | 'alpha';
  items: Array<{ term: string | null; text: string | null }>;
  outro: string | null;
}

export interface FigureView {
  label: string;
  value: string;
  year: number | null;
  source: string | null;
  note: string | null;
}

export interface FactorsView {
  person: string[];
  substance: string[];
  environment: string[];
}

export interface SectionView extends Heading {
  level: number;
  text: string | null;
  lists: ListView[];
  figures: FigureView[];
  riskFactors: FactorsView | null;
  protectiveFactors: FactorsView | null;
  sections: SectionView[];
}

export interface IndicatorView {
  name: string;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  source: string | null;
  targetGroup: string | null;
  frequency: string | null;
}

export interface WorkItemView extends Heading {
  text: string | null;
  pillars: Named[];
  owner: Named | null;
  partners: Named[];
  targetGroups: string[];
  settings: string[];
  substances: Named[];
  indicators: IndicatorView[];
  budget: string | null;
}

export interface ActionView extends WorkItemView {
  timing: string | null;
  status: string | null;
  /** Counted outputs, each written out: "15.000 kaartjes met de leeftijdsgrens". */
  outputs: string[];
  /** Money the action receives, each written out: "€ 1.800 bijdrage scholen (scholen)". */
  income: string[];
}

export interface OperationalGoalView extends WorkItemView {
  deadline: number | null;
  actions: ActionView[];
}

export interface ActionGroupView {
  /** The goal or theme the actions carry out; null for actions straight under the plan. */
  heading: Heading | null;
  actions: ActionView[];
}

export interface EvaluationView extends Heading {
  /** 1 as a chapter, 2 as the last section of the chapter it is joined to (php-nl: Samenwerking en evaluatie). */
  level: 1 | 2;
  text: string | null;
  moments: Array<{ year: number; what: string; who: string | null }>;
}

export interface DocumentView {
  lang: string;
  labels: Labels;
  title: string;
  subtitle: string | null;
  municipalities: string;
  partnership: string | null;
  period: string;
  /** The title with the period, unless the title already names it ("Drugbeleidsplan 2021-2025"). */
  fullTitle: string;
  /** The period for the cover, or null when the title already names it. */
  coverPeriod: string | null;
  status: string | null;
  version: string | null;
  edition: number | null;
  date: string | null;
  primaryColor: string;
  logo: { src: string; alt: string } | null;
  toc: TocEntry[];
  introduction: (Heading & { text: string }) | null;
  overviews: Heading & {
    withStakeholders: boolean;
    pillarBalance: Heading & { counts: PillarCount[]; svg: RendererMarkup };
    /** Partner matrices, each with one kind of column: operational goals, or actions (see model/partner-matrix.ts). */
    matrices: Array<Heading & Omit<PartnerMatrix, 'kind'> & { intro: string; hasRows: boolean }>;
  };
  analysis: Heading & { intro: string | null; parts: SectionView[] };
  missionVision: Heading & {
    mission: Heading & { text: string };
    vision: Heading & {
      text: string | null;
      pillars: Array<Named & { description: string | null }>;
      principles: Array<Heading & { text: string | null; lists: ListView[] }>;
      scope: { text: string | null; substances: Named[]; excluded: Array<{ name: string; reason: string | null }> } | null;
    };
  };
  goals: Heading & {
    intro: string | null;
    processGoals: (Heading & { goals: Array<Heading & { text: string | null; ambitions: string[]; owner: Named | null }> }) | null;
    productGoals: (Heading & {
      goals: Array<Heading & { strategy: string | null; text: string | null; pillars: Named[]; targetGroups: string[]; settings: string[]; operationalGoals: OperationalGoalView[] }>;
    }) | null;
    themes: (Heading & {
      /** Heading level of each theme: 3 below the themes section, 2 straight under the goals chapter (`flat`). */
      level: 2 | 3;
      flat: boolean;
      /** Whether the themes are listed in the contents (not in the Brugge structure, which predates it). */
      inContents: boolean;
      themes: Array<Heading & { text: string | null; pillars: Named[]; targetGroups: string[]; settings: string[]; actions: ActionView[] }>;
    }) | null;
  };
  /** The actions as a chapter of their own, grouped by goal or theme; null when the structure keeps them under the goals. */
  actions: (Heading & { intro: string | null; groups: ActionGroupView[] }) | null;
  /** The partners and bodies as a chapter of their own (with a joined evaluation); null when they stand in the overviews. */
  stakeholdersChapter: (Heading & { evaluation: EvaluationView | null }) | null;
  /** Every part in document order: what the renderers walk. */
  parts: PartEntry[];
  stakeholders: {
    partners: Array<Named & { sector: string; role: string | null }>;
    bodies: Array<Named & { type: string; chair: PersonView | null; members: PersonView[]; theme: string | null; meets: string | null; tasks: string | null }>;
    agreements: Array<{ id: string; title: string; form: string | null; partners: Named[]; date: string | null; text: string | null }>;
  };
  chapters: Array<SectionView & { appendix: boolean }>;
  evaluation: EvaluationView | null;
  budget: (Heading & { text: string | null; items: BudgetLineView[]; total: string; income: IncomeView | null }) | null;
  /** The laws the plan rests on; null when the plan names none. */
  legalBasis: LegalBasisView | null;
  /** Documents the plan builds on; null when the plan names none. */
  precursors: PrecursorsView | null;
  /** Existing initiatives per pillar (analysis.yaml `inventory:`); null when absent. */
  inventory: InventoryView | null;
  /** Enforcement: text, sanction steps, risk matrix (plan.yaml `enforcement:`); null when absent. */
  enforcement: EnforcementView | null;
  glossary: (Heading & { entries: Array<{ term: string; definition: string }> }) | null;
  colophon: {
    publisher: { name: string; role: string | null; address: string | null } | null;
    coordinator: { name: string; role: string | null; organisation: string | null; email: string | null; phone: string | null } | null;
    /** One decision, or one per council for a plan adopted by several. */
    adoptions: AdoptionView[];
  };
}

export interface ViewOptions {
  /** Logo as a URL the output can use (a data: URL for HTML), or null. */
  logoSrc: string | null;
  /** Renders the pillar chart; the HTML and PDF outputs both use it. */
  chartSvg: (counts: PillarCount[], labels: Labels, colour: string) => string;
}

const DEFAULT_COLOUR = '#1d4f91';

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function buildDocumentView(model: PlanModel, options: ViewOptions): DocumentView {
  const { plan } = model;
  const language = model.language;
  const labels = labelsFor(language, plan.labels);
  const num = (v: number | string): string => (typeof v === 'number' ? formatNumber(v, language) : v);
  const partners = new Map(model.stakeholders.partners.map((p) => [p.id, p.name]));
  for (const body of model.stakeholders.bodies ?? []) partners.set(body.id, body.name);
  const pillarNames = new Map(model.pillars.map((p) => [p.id, p.name]));
  const substanceNames = new Map((model.mission.scope?.substances ?? []).map((s) => [s.id, s.name]));
  const named = (map: Map<string, string>, ids: readonly string[] | undefined): Named[] => (ids ?? []).map((id) => ({ id, name: map.get(id) ?? id }));
  const one = (map: Map<string, string>, id: string | undefined): Named | null => (id ? { id, name: map.get(id) ?? id } : null);
  const colour = plan.style?.primaryColor ?? DEFAULT_COLOUR;

  const list = (l: ListInput): ListView => ({
    title: l.title ?? null,
    intro: l.intro ?? null,
    style: l.style ?? 'bullet',
    items: l.items.map((i) => ({ term: i.term ?? null, text: i.text ?? null })),
    outro: l.outro ?? null,
  });
  const figure = (f: FigureInput): FigureView => ({
    label: f.label,
    value: f.unit ? `${num(f.value)}${f.unit === '%' ? ' %' : ` ${f.unit}`}` : num(f.value),
    year: f.year ?? null,
    source: f.source ?? null,
    note: f.note ?? null,
  });
  const factors = (f: FactorsInput | undefined): FactorsView | null =>
    f ? { person: f.person ?? [], substance: f.substance ?? [], environment: f.environment ?? [] } : null;
  /** `chapter` moves a section with its chapter: "1.2" under chapter 1 is "4.2" when that chapter stands fourth. */
  const section = (s: AnalysisSection | ChapterSection, title: string, level: number, prefix: string, chapter?: { from: string; to: string }): SectionView => {
    const analysis = s as Partial<AnalysisSection>;
    const number = chapter ? renumber(s.number, chapter.from, chapter.to) : s.number;
    return {
      number,
      title,
      anchor: `${prefix}-${number.replace(/\./g, '-')}`,
      level,
      text: s.text ?? null,
      lists: (s.lists ?? []).map(list),
      figures: (analysis.figures ?? []).map(figure),
      riskFactors: factors(analysis.riskFactors),
      protectiveFactors: factors(analysis.protectiveFactors),
      sections: s.sections.map((child) => section(child, child.title ?? '', level + 1, prefix, chapter)),
    };
  };
  const indicator = (i: IndicatorInput): IndicatorView => {
    const measure = (m: IndicatorInput['baseline']): string | null => measureText(model, i.unit, m);
    // The direction is shown only where the plan states it, in words before a target in numbers
    // ("daalt naar 25 (2025)"); a target in words says its direction itself.
    const target = i.direction && typeof i.target?.value === 'number' ? `${labels.targetDirection[i.direction]} ${measure(i.target)}` : measure(i.target);
    return { name: i.name, unit: i.unit ?? null, baseline: measure(i.baseline), target, source: i.source ?? null, targetGroup: i.targetGroup ?? null, frequency: i.frequency ?? null };
  };
  const money = (amount: number): string => formatMoney(amount, language, plan.budget?.currency ?? 'EUR');
  const workItem = (item: OperationalGoal | Action, anchorPrefix: string): WorkItemView => ({
    number: item.number,
    title: item.title,
    anchor: `${anchorPrefix}-${item.number.replace(/\./g, '-')}`,
    text: item.text ?? null,
    pillars: named(pillarNames, item.pillars),
    owner: one(partners, item.owner),
    partners: named(partners, item.partners),
    targetGroups: item.targetGroups ?? [],
    settings: item.settings ?? [],
    substances: named(substanceNames, item.substances),
    indicators: (item.indicators ?? []).map(indicator),
    budget: workBudgetText(model, labels, item),
  });
  const action = (a: Action, prefix: string): ActionView => ({
    ...workItem(a, prefix),
    timing: a.start !== undefined || a.end !== undefined ? [a.start, a.end].filter((y) => y !== undefined).filter((y, i, all) => all.indexOf(y) === i).join('-') + (a.frequency ? `, ${a.frequency}` : '') : (a.frequency ?? null),
    status: a.status ? labels.actionStatus[a.status] : null,
    outputs: outputsText(model, a.outputs),
    income: incomeText(model, a.income),
  });

  const heading = (number: string | null, title: string, anchor: string): Heading => ({ number, title, anchor });
  // A one-year plan (an action plan) is "2026", not "2026-2026".
  const period = plan.period.start === plan.period.end ? String(plan.period.start) : `${plan.period.start}-${plan.period.end}`;

  // The skeleton (src/structure): which parts appear, in which order, numbered by their place.
  const { structure } = model;
  const chapterById = new Map(model.chapters.map((c) => [c.id, c]));
  const shown = (part: PartId): boolean => !partIsEmpty(part, model);
  const numbers = chapterNumbers(structure.order, shown, (id) => chapterById.get(id)?.appendix ?? false);
  const placed = new Map(structure.order.flatMap((p) => (p.kind === 'part' ? [[p.part, p] as const] : [])));
  const isPlaced = (part: PartId): boolean => placed.has(part) && shown(part);
  const numberOf = (part: PartId, fallback: string): string => numbers.get(`part:${part}`) ?? fallback;
  /** A part's title: the plan's own in `structure.parts`, else its `labels:`, else the preset's, else the usual one. */
  const titleOf = (part: PartId, key: keyof Labels & string): string => {
    const own = placed.get(part)?.title;
    if (own) return own;
    const presetTitle = structure.presetTitles[part];
    // The plan's `labels:` may rename any label; the schema lists the keys.
    const ownLabels: Partial<Record<string, string>> | undefined = plan.labels;
    return ownLabels?.[key] ?? (presetTitle ? labels[presetTitle] : (labels[key] as string));
  };
  // With its own actions chapter, a plan shows its actions there and not again under the goals.
  const actionsApart = isPlaced('actions');

  const analysisNumber = numberOf('analysis', '1');
  const analysisTitles = { problem: labels.problemAnalysis, determinants: labels.determinantAnalysis, context: labels.contextAnalysis };
  const analysis = {
    ...heading(analysisNumber, titleOf('analysis', 'analysis'), `hoofdstuk-${analysisNumber}`),
    intro: model.analysis.intro ?? null,
    parts: model.analysis.parts.map((part) => section(part, analysisTitles[part.key], 2, 'sectie', { from: '1', to: analysisNumber })),
  };

  const g = model.goals;
  const goalsNumber = numberOf('goals', '3');
  const hasProcess = g.processGoals.length > 0;
  const hasProduct = g.strategicGoals.length > 0;
  const hasThemes = g.themes.length > 0;
  let goalSection = 0;
  // Unnumbered goal sections (all presets but Brugge) keep "3.1" for the operational goal alone.
  const nextGoalSection = (): string | null => (structure.numberGoalSections ? `${goalsNumber}.${++goalSection}` : null);
  const processNumber = hasProcess ? nextGoalSection() : null;
  const productNumber = hasProduct ? nextGoalSection() : null;
  const themesNumber = hasThemes && structure.themeLevel !== 2 ? nextGoalSection() : null;
  const goalsTitle = titleOf('goals', 'goals');

  const goals: DocumentView['goals'] = {
    ...heading(goalsNumber, structure.goalsTitleWithPeriod ? `${goalsTitle} ${period}` : goalsTitle, `hoofdstuk-${goalsNumber}`),
    intro: g.intro ?? null,
    processGoals: hasProcess
      ? {
          ...heading(processNumber, labels.processGoals, 'procesdoelstellingen'),
          goals: g.processGoals.map((pg) => ({
            ...heading(pg.number, pg.title, `procesdoel-${pg.number}`),
            text: pg.text ?? null,
            ambitions: pg.ambitions ?? [],
            owner: one(partners, pg.owner),
          })),
        }
      : null,
    productGoals: hasProduct
      ? {
          ...heading(productNumber, labels.productGoals, 'productdoelstellingen'),
          goals: g.strategicGoals.map((sg) => ({
            ...heading(sg.number, sg.title, `doel-${sg.number}`),
            strategy: sg.strategy ?? null,
            text: sg.text ?? null,
            pillars: named(pillarNames, sg.pillars),
            targetGroups: sg.targetGroups ?? [],
            settings: sg.settings ?? [],
            operationalGoals: sg.operationalGoals.map((og) => ({
              ...workItem(og, 'doel'),
              deadline: og.deadline ?? null,
              actions: actionsApart ? [] : og.actions.map((a) => action(a, 'actie')),
            })),
          })),
        }
      : null,
    themes: hasThemes
      ? {
          ...heading(themesNumber, labels.themes, 'themas'),
          level: structure.themeLevel ?? 3,
          flat: structure.themeLevel === 2,
          inContents: structure.themeLevel !== null,
          // Themes straight under a chapter whose sections are numbered take the next section number (3.2), so no theme reads "1" beside section 3.1.
          themes: g.themes.map((t) => ({
            ...heading(structure.themeLevel === 2 && structure.numberGoalSections ? nextGoalSection() : t.number, t.title, `thema-${t.number}`),
            text: t.text ?? null,
            pillars: named(pillarNames, t.pillars),
            targetGroups: t.targetGroups ?? [],
            settings: t.settings ?? [],
            actions: actionsApart ? [] : t.actions.map((a) => action(a, 'actie')),
          })),
        }
      : null,
  };

  const actionsNumber = numberOf('actions', '');
  const actionGroups: ActionGroupView[] = [
    // Unnumbered: the goal's or theme's number stands on its actions (1.2.1), and a heading "1.2" in chapter 4 would read as a section.
    ...g.strategicGoals.flatMap((sg) => sg.operationalGoals.map((og) => ({ heading: heading(null, og.title, `activiteiten-doel-${og.number.replace(/\./g, '-')}`), actions: og.actions }))),
    ...g.themes.map((t) => ({ heading: heading(null, t.title, `activiteiten-thema-${t.number}`), actions: t.actions })),
    { heading: null, actions: g.actions },
  ]
    .filter((group) => group.actions.length > 0)
    .map((group) => ({ heading: group.heading, actions: group.actions.map((a) => action(a, 'actie')) }));
  // Without a goals chapter, the introduction of goals.yaml opens the actions chapter.
  const actionsIntro = isPlaced('goals') ? null : (g.intro ?? null);
  const actions: DocumentView['actions'] = actionsApart ? { ...heading(actionsNumber, titleOf('actions', 'actions'), `hoofdstuk-${actionsNumber}`), intro: actionsIntro, groups: actionGroups } : null;

  const chapters = model.chapters.map((c) => {
    const number = c.appendix ? c.number : (numbers.get(`chapter:${c.id}`) ?? c.number);
    return {
      ...section(c, c.title, 1, c.appendix ? 'bijlage' : 'hoofdstuk', { from: c.number, to: number }),
      title: c.appendix ? `${labels.appendix} ${c.number}: ${c.title}` : c.title,
      number: c.appendix ? null : number,
      appendix: c.appendix,
    };
  });
  const evaluationJoined = placed.get('stakeholders')?.joins === 'evaluation' && isPlaced('stakeholders');
  const evaluationNumber = numberOf('evaluation', '');
  const fieldsContext = { model, labels, partners, pillarNames };
  const enforcement = isPlaced('enforcement') ? enforcementView(fieldsContext, numberOf('enforcement', '')) : null;
  const evaluation = plan.evaluation
    ? {
        ...(evaluationJoined ? heading(null, titleOf('evaluation', 'evaluation'), 'evaluatie') : heading(evaluationNumber, titleOf('evaluation', 'evaluation'), `hoofdstuk-${evaluationNumber}`)),
        level: evaluationJoined ? (2 as const) : (1 as const),
        text: plan.evaluation.text ?? null,
        moments: (plan.evaluation.moments ?? []).map((m) => ({ year: m.year, what: m.what, who: m.who ? (partners.get(m.who) ?? m.who) : null })),
      }
    : null;
  const stakeholdersNumber = numberOf('stakeholders', '');
  const stakeholdersChapter = isPlaced('stakeholders')
    ? { ...heading(stakeholdersNumber, titleOf('stakeholders', 'stakeholders'), `hoofdstuk-${stakeholdersNumber}`), evaluation: evaluationJoined ? evaluation : null }
    : null;
  const budgetNumber = numberOf('budget', '');
  const budget = plan.budget
    ? {
        ...heading(budgetNumber, titleOf('budget', 'budget'), `hoofdstuk-${budgetNumber}`),
        text: plan.budget.text ?? null,
        ...budgetLinesView(fieldsContext),
      }
    : null;
  const glossary = plan.glossary?.length
    ? { ...heading(null, titleOf('glossary', 'glossary'), 'begrippenlijst'), entries: plan.glossary.map((e) => ({ term: e.term, definition: e.definition })) }
    : null;

  const counts = pillarBalance(model);
  const overviews = {
    ...heading(null, titleOf('overviews', 'overviews'), 'overzichten'),
    pillarBalance: { ...heading(null, labels.pillarBalance, 'pijlerbalans'), counts, svg: rendererMarkup(options.chartSvg(counts, labels, colour)) },
    matrices: matrixViews(model, labels),
    // The consultation structure stands in the overviews unless it has a chapter of its own.
    withStakeholders: !isPlaced('stakeholders'),
  };

  const introduction = plan.introduction ? { ...heading(null, titleOf('introduction', 'introduction'), 'inleiding'), text: plan.introduction } : null;
  const missionNumber = numberOf('mission', '2');
  const missionVision: DocumentView['missionVision'] = {
    ...heading(missionNumber, titleOf('mission', 'missionVision'), `hoofdstuk-${missionNumber}`),
    mission: { ...heading(`${missionNumber}.1`, labels.mission, 'missie'), text: model.mission.mission },
    vision: {
      ...heading(`${missionNumber}.2`, labels.vision, 'visie'),
      text: model.mission.vision.text ?? null,
      pillars: model.pillars.map((p) => ({ id: p.id, name: p.name, description: p.description ?? null })),
      principles: (model.mission.vision.principles ?? []).map((p) => ({
        ...heading(null, p.title, `uitgangspunt-${slug(p.id)}`),
        text: p.text ?? null,
        lists: (p.lists ?? []).map(list),
      })),
      scope: model.mission.scope
        ? {
            text: model.mission.scope.text ?? null,
            substances: model.mission.scope.substances.map((s) => ({ id: s.id, name: s.name })),
            excluded: (model.mission.scope.excluded ?? []).map((e) => ({ name: e.name, reason: e.reason ?? null })),
          }
        : null,
    },
  };

  const legalBasis = isPlaced('legal-basis') ? legalBasisView(fieldsContext) : null;
  const precursors = isPlaced('precursors') ? precursorsView(fieldsContext) : null;
  // The inventory of existing initiatives is the last section of the analysis chapter.
  const inventory = isPlaced('analysis') ? inventoryView(fieldsContext, `${analysisNumber}.${analysis.parts.length + 1}`) : null;
  const parts = documentParts(structure.order, shown, (id) => model.chapters.findIndex((c) => c.id === id));
  const toc = tableOfContents(parts, { introduction, legalBasis, precursors, inventory, enforcement, overviews, analysis, missionVision, goals, actions, stakeholders: stakeholdersChapter, chapters, evaluation, budget, glossary });
  const kindWord = (kind: 'city' | 'municipality' | undefined): string => (kind ? `${labels.municipalityKind[kind]} ` : '');
  const municipalityNames = plan.municipalities.map((m) => (plan.municipalities.length === 1 ? `${kindWord(m.kind)}${m.name}` : m.name));

  const titleNamesPeriod = plan.title.includes(period);
  return {
    lang: language,
    labels,
    title: plan.title,
    subtitle: plan.subtitle ?? null,
    municipalities: joinNamesWithAnd(municipalityNames, language === 'en' ? 'and' : 'en'),
    partnership: plan.partnership ?? null,
    period,
    fullTitle: titleNamesPeriod ? plan.title : `${plan.title} ${period}`,
    coverPeriod: titleNamesPeriod ? null : period,
    status: plan.status ? labels.status[plan.status] : null,
    version: plan.version ?? null,
    edition: plan.edition ?? null,
    date: formatDate(plan.date, language),
    primaryColor: colour,
    logo: options.logoSrc !== null ? { src: options.logoSrc, alt: `${labels.municipalityKind[plan.municipalities[0]?.kind ?? 'municipality']} ${plan.municipalities.map((m) => m.name).join(', ')}` } : null,
    toc,
    introduction,
    overviews,
    analysis,
    missionVision,
    goals,
    stakeholders: {
      partners: model.stakeholders.partners.map((p) => ({ id: p.id, name: p.name, sector: labels.sectors[p.sector] ?? p.sector, role: p.role ?? null })),
      bodies: (model.stakeholders.bodies ?? []).map((b) => ({
        id: b.id,
        name: b.name,
        type: b.type,
        chair: b.chair === undefined ? null : personView(partners, b.chair),
        members: (b.members ?? []).map((m) => personView(partners, m)),
        theme: b.theme ?? null,
        meets: b.meets ?? null,
        tasks: b.tasks ?? null,
      })),
      agreements: (model.stakeholders.agreements ?? []).map((a) => ({
        id: a.id,
        title: a.title,
        form: a.form ? labels.agreementForms[a.form] : null,
        partners: named(partners, a.partners),
        date: formatDate(a.date, language),
        text: a.text ?? null,
      })),
    },
    chapters,
    evaluation,
    budget,
    legalBasis,
    precursors,
    inventory,
    enforcement,
    glossary,
    actions,
    stakeholdersChapter,
    parts,
    colophon: {
      publisher: plan.publisher ? { name: plan.publisher.name, role: roleBeside(plan.publisher.name, plan.publisher.role), address: plan.publisher.address ?? null } : null,
      coordinator: plan.coordinator
        ? { name: plan.coordinator.name, role: roleBeside(plan.coordinator.name, plan.coordinator.role), organisation: plan.coordinator.organisation ?? null, email: plan.coordinator.email ?? null, phone: plan.coordinator.phone ?? null }
        : null,
      adoptions: adoptionsView(fieldsContext),
    },
  };
}

/**
 * A role to print after a name, or null when it only repeats the name: a plan that names
 * the function rather than the person ("Coördinator drugbeleid", role "coördinator
 * drugbeleid") would otherwise say it twice.
 */
function roleBeside(name: string, role: string | undefined): string | null {
  if (!role) return null;
  return role.trim().toLocaleLowerCase('nl') === name.trim().toLocaleLowerCase('nl') ? null : role;
}

/**
 * The goals matrix, and beside it the actions matrix when the plan has actions outside
 * operational goals (themes). A plan with neither keeps the goals matrix's heading and intro.
 */
function matrixViews(model: PlanModel, labels: Labels): DocumentView['overviews']['matrices'] {
  const { goals, actions } = partnerMatrices(model);
  // The heading and intro say what the columns are; the view carries only what is printed.
  const view = ({ columns, rows }: PartnerMatrix, title: string, intro: string, anchor: string) => ({ number: null, title, anchor, columns, rows, intro, hasRows: rows.length > 0 });
  return [
    ...(goals.columns.length > 0 || actions.columns.length === 0 ? [view(goals, labels.stakeholderMatrix, labels.stakeholderMatrixIntro, 'partnermatrix')] : []),
    ...(actions.columns.length > 0 ? [view(actions, labels.actionMatrix, labels.actionMatrixIntro, 'partnermatrix-acties')] : []),
  ];
}
