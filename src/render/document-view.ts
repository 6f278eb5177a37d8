import type { FactorsInput, FigureInput, IndicatorInput, ListInput } from '../model/input.js';
import type { Action, AnalysisSection, ChapterSection, OperationalGoal, PlanModel } from '../model/plan-model.js';
import { labelsFor, type Labels } from './labels.js';
import { formatDate, formatMoney, formatNumber } from './locale-format.js';
import { pillarBalance, stakeholderMatrix, type PillarCount, type StakeholderMatrix } from './overviews.js';
import { rendererMarkup, type RendererMarkup } from './renderer-markup.js';
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
}

export interface OperationalGoalView extends WorkItemView {
  deadline: number | null;
  actions: ActionView[];
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
    pillarBalance: Heading & { counts: PillarCount[]; svg: RendererMarkup };
    matrix: Heading & StakeholderMatrix & { hasRows: boolean };
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
      goals: Array<Heading & { strategy: string | null; text: string | null; pillars: Named[]; operationalGoals: OperationalGoalView[] }>;
    }) | null;
    themes: (Heading & { themes: Array<Heading & { text: string | null; pillars: Named[]; actions: ActionView[] }> }) | null;
  };
  stakeholders: {
    partners: Array<Named & { sector: string; role: string | null }>;
    bodies: Array<Named & { type: string; chair: Named | null; members: Named[]; meets: string | null; tasks: string | null }>;
    agreements: Array<{ id: string; title: string; form: string | null; partners: Named[]; date: string | null; text: string | null }>;
  };
  chapters: Array<SectionView & { appendix: boolean }>;
  evaluation: (Heading & { text: string | null; moments: Array<{ year: number; what: string; who: string | null }> }) | null;
  budget: (Heading & { text: string | null; items: Array<{ label: string; amount: string; year: number | null; pillar: string | null; source: string | null }>; total: string }) | null;
  glossary: (Heading & { entries: Array<{ term: string; definition: string }> }) | null;
  colophon: {
    publisher: { name: string; role: string | null; address: string | null } | null;
    coordinator: { name: string; role: string | null; organisation: string | null; email: string | null; phone: string | null } | null;
    adoption: { body: string; date: string | null; reference: string | null } | null;
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
  const section = (s: AnalysisSection | ChapterSection, title: string, level: number, prefix: string): SectionView => {
    const analysis = s as Partial<AnalysisSection>;
    return {
      number: s.number,
      title,
      anchor: `${prefix}-${s.number.replace(/\./g, '-')}`,
      level,
      text: s.text ?? null,
      lists: (s.lists ?? []).map(list),
      figures: (analysis.figures ?? []).map(figure),
      riskFactors: factors(analysis.riskFactors),
      protectiveFactors: factors(analysis.protectiveFactors),
      sections: s.sections.map((child) => section(child, child.title ?? '', level + 1, prefix)),
    };
  };
  const indicator = (i: IndicatorInput): IndicatorView => {
    const measure = (m: IndicatorInput['baseline']): string | null => (m ? `${num(m.value)}${m.year ? ` (${m.year})` : ''}` : null);
    // The direction is shown only where the plan states it, in words before a target in numbers
    // ("daalt naar 25 (2025)"); a target in words says its direction itself.
    const target = i.direction && typeof i.target?.value === 'number' ? `${labels.targetDirection[i.direction]} ${measure(i.target)}` : measure(i.target);
    return { name: i.name, unit: i.unit ?? null, baseline: measure(i.baseline), target, source: i.source ?? null, targetGroup: i.targetGroup ?? null };
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
    budget: item.budget ? `${money(item.budget.amount)}${item.budget.note ? ` ${item.budget.note}` : ''}${item.budget.source ? ` (${item.budget.source})` : ''}` : null,
  });
  const action = (a: Action, prefix: string): ActionView => ({
    ...workItem(a, prefix),
    timing: a.start !== undefined || a.end !== undefined ? [a.start, a.end].filter((y) => y !== undefined).filter((y, i, all) => all.indexOf(y) === i).join('-') + (a.frequency ? `, ${a.frequency}` : '') : (a.frequency ?? null),
    status: a.status ? labels.actionStatus[a.status] : null,
  });

  const heading = (number: string | null, title: string, anchor: string): Heading => ({ number, title, anchor });

  // Chapters 1-3 are fixed; extra chapters follow from 4, then evaluation and budget.
  const analysisTitles = { problem: labels.problemAnalysis, determinants: labels.determinantAnalysis, context: labels.contextAnalysis };
  const analysis = {
    ...heading('1', labels.analysis, 'hoofdstuk-1'),
    intro: model.analysis.intro ?? null,
    parts: model.analysis.parts.map((part) => section(part, analysisTitles[part.key], 2, 'sectie')),
  };

  const g = model.goals;
  const hasProcess = g.processGoals.length > 0;
  const hasProduct = g.strategicGoals.length > 0;
  const hasThemes = g.themes.length > 0;
  let goalSection = 0;
  const nextGoalSection = (): string => `3.${++goalSection}`;
  const processNumber = hasProcess ? nextGoalSection() : null;
  const productNumber = hasProduct ? nextGoalSection() : null;
  const themesNumber = hasThemes ? nextGoalSection() : null;

  const goals: DocumentView['goals'] = {
    ...heading('3', `${labels.goals} ${plan.period.start}-${plan.period.end}`, 'hoofdstuk-3'),
    intro: g.intro ?? null,
    processGoals: processNumber
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
    productGoals: productNumber
      ? {
          ...heading(productNumber, labels.productGoals, 'productdoelstellingen'),
          goals: g.strategicGoals.map((sg) => ({
            ...heading(sg.number, sg.title, `doel-${sg.number}`),
            strategy: sg.strategy ?? null,
            text: sg.text ?? null,
            pillars: named(pillarNames, sg.pillars),
            operationalGoals: sg.operationalGoals.map((og) => ({
              ...workItem(og, 'doel'),
              deadline: og.deadline ?? null,
              actions: og.actions.map((a) => action(a, 'actie')),
            })),
          })),
        }
      : null,
    themes: themesNumber
      ? {
          ...heading(themesNumber, labels.themes, 'themas'),
          themes: g.themes.map((t) => ({
            ...heading(t.number, t.title, `thema-${t.number}`),
            text: t.text ?? null,
            pillars: named(pillarNames, t.pillars),
            actions: t.actions.map((a) => action(a, 'actie')),
          })),
        }
      : null,
  };

  const chapters = model.chapters.map((c) => ({
    ...section(c, c.title, 1, c.appendix ? 'bijlage' : 'hoofdstuk'),
    title: c.appendix ? `${labels.appendix} ${c.number}: ${c.title}` : c.title,
    number: c.appendix ? null : c.number,
    appendix: c.appendix,
  }));
  let nextChapter = 4 + chapters.filter((c) => !c.appendix).length;
  const evaluation = plan.evaluation
    ? {
        ...heading(String(nextChapter), labels.evaluation, `hoofdstuk-${nextChapter++}`),
        text: plan.evaluation.text ?? null,
        moments: (plan.evaluation.moments ?? []).map((m) => ({ year: m.year, what: m.what, who: m.who ? (partners.get(m.who) ?? m.who) : null })),
      }
    : null;
  const budgetItems = plan.budget?.items ?? [];
  const budget = plan.budget
    ? {
        ...heading(String(nextChapter), labels.budget, `hoofdstuk-${nextChapter++}`),
        text: plan.budget.text ?? null,
        items: budgetItems.map((i) => ({ label: i.label, amount: money(i.amount), year: i.year ?? null, pillar: i.pillar ? (pillarNames.get(i.pillar) ?? i.pillar) : null, source: i.source ?? null })),
        total: money(budgetItems.reduce((sum, i) => sum + i.amount, 0)),
      }
    : null;
  const glossary = plan.glossary?.length
    ? { ...heading(null, labels.glossary, 'begrippenlijst'), entries: plan.glossary.map((e) => ({ term: e.term, definition: e.definition })) }
    : null;

  const counts = pillarBalance(model);
  const matrix = stakeholderMatrix(model);
  const overviews = {
    ...heading(null, labels.overviews, 'overzichten'),
    pillarBalance: { ...heading(null, labels.pillarBalance, 'pijlerbalans'), counts, svg: rendererMarkup(options.chartSvg(counts, labels, colour)) },
    matrix: { ...heading(null, labels.stakeholderMatrix, 'partnermatrix'), ...matrix, hasRows: matrix.rows.length > 0 },
  };

  const introduction = plan.introduction ? { ...heading(null, labels.introduction, 'inleiding'), text: plan.introduction } : null;
  const missionVision: DocumentView['missionVision'] = {
    ...heading('2', labels.missionVision, 'hoofdstuk-2'),
    mission: { ...heading('2.1', labels.mission, 'missie'), text: model.mission.mission },
    vision: {
      ...heading('2.2', labels.vision, 'visie'),
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

  const toc = tableOfContents({ introduction, overviews, analysis, missionVision, goals, chapters, evaluation, budget, glossary });
  const kindWord = (kind: 'city' | 'municipality' | undefined): string => (kind ? `${labels.municipalityKind[kind]} ` : '');
  const municipalityNames = plan.municipalities.map((m) => (plan.municipalities.length === 1 ? `${kindWord(m.kind)}${m.name}` : m.name));

  const period = `${plan.period.start}-${plan.period.end}`;
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
        chair: one(partners, b.chair),
        members: named(partners, b.members),
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
    glossary,
    colophon: {
      publisher: plan.publisher ? { name: plan.publisher.name, role: roleBeside(plan.publisher.name, plan.publisher.role), address: plan.publisher.address ?? null } : null,
      coordinator: plan.coordinator
        ? { name: plan.coordinator.name, role: roleBeside(plan.coordinator.name, plan.coordinator.role), organisation: plan.coordinator.organisation ?? null, email: plan.coordinator.email ?? null, phone: plan.coordinator.phone ?? null }
        : null,
      adoption: plan.adoption ? { body: plan.adoption.body, date: formatDate(plan.adoption.date, language), reference: plan.adoption.reference ?? null } : null,
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

function tableOfContents(parts: {
  introduction: Heading | null;
  overviews: Heading;
  analysis: Heading & { parts: SectionView[] };
  missionVision: Heading & { mission: Heading; vision: Heading & { principles: Heading[] } };
  goals: Heading & { processGoals: Heading | null; productGoals: Heading | null; themes: Heading | null };
  chapters: Array<SectionView & { appendix: boolean }>;
  evaluation: Heading | null;
  budget: Heading | null;
  glossary: Heading | null;
}): TocEntry[] {
  const entry = (h: Heading, level: number, children: TocEntry[] = []): TocEntry => ({ ...h, level, children });
  const sections = (list: SectionView[], level: number): TocEntry[] => list.map((s) => entry(s, level, sections(s.sections, level + 1)));
  const present = <T>(x: T | null): x is T => x !== null;
  const { goals, missionVision } = parts;
  return [
    parts.introduction ? entry(parts.introduction, 1) : null,
    entry(parts.overviews, 1),
    entry(parts.analysis, 1, sections(parts.analysis.parts, 2)),
    entry(missionVision, 1, [entry(missionVision.mission, 2), entry(missionVision.vision, 2, missionVision.vision.principles.map((p) => entry(p, 3)))]),
    entry(goals, 1, [goals.processGoals, goals.productGoals, goals.themes].filter(present).map((h) => entry(h, 2))),
    ...parts.chapters.filter((c) => !c.appendix).map((c) => entry(c, 1, sections(c.sections, 2))),
    parts.evaluation ? entry(parts.evaluation, 1) : null,
    parts.budget ? entry(parts.budget, 1) : null,
    parts.glossary ? entry(parts.glossary, 1) : null,
    ...parts.chapters.filter((c) => c.appendix).map((c) => entry(c, 1, sections(c.sections, 2))),
  ].filter(present);
}
