import type { MonitoringYear } from '../../monitoring/monitoring-model.js';
import { rendererMarkup, type RendererMarkup } from '../renderer-markup.js';
import { moneySummary } from '../../monitoring/money.js';
import { indexPlan, type IndexedWorkItem } from '../../monitoring/plan-index.js';
import { changesSince } from '../../monitoring/changes.js';
import { indicatorProgress, reportedStatuses, summarise, workItemProgress, type IndicatorProgress, type ReportedStatus, type StatusCounts, type WorkItemProgress } from '../../monitoring/progress.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { DocumentView, Heading } from '../document-view.js';
import type { Labels } from '../labels.js';
import { formatDate, formatMoney, formatNumber } from '../../locale/locale-format.js';
import { progressChartSvg } from './progress-chart.js';

/**
 * The progress report as the templates and the PDF see it: every number counted, judged and
 * formatted, every word from the labels catalogue, null where there is nothing. The counting
 * and judging itself is done in src/monitoring; this only puts it into words.
 */
export interface CountRow {
  label: string;
  cells: number[];
  total: number;
}

export interface ItemView {
  number: string;
  title: string;
  status: ReportedStatus;
  statusLabel: string;
  explanation: string | null;
}

export interface IndicatorReportView {
  anchor: string;
  name: string;
  unit: string | null;
  goal: string;
  direction: string | null;
  baseline: string | null;
  target: string | null;
  current: string | null;
  expected: string | null;
  judgement: IndicatorProgress['judgement'];
  judgementLabel: string;
  /** Markup the renderer made: written as it is, never escaped. */
  svg: RendererMarkup;
  measurements: Array<{ year: number; value: string; date: string | null; source: string | null; note: string | null }>;
}

export interface ReportView {
  lang: string;
  labels: Labels;
  title: string;
  planTitle: string;
  municipalities: string;
  period: string;
  year: number;
  primaryColor: string;
  logo: DocumentView['logo'];
  example: string | null;
  intro: string | null;
  sources: string;
  /** The plan's own view, for the parts the report shares with it (the PDF's context). */
  plan: DocumentView;
  statusColumns: Array<{ key: ReportedStatus; label: string }>;
  summary: Heading & {
    intro: string;
    /** A work item may serve several pillars, so this table has no total row. */
    byPillar: { caption: string; rows: CountRow[]; total: null };
    byGroup: { caption: string; rows: CountRow[]; total: CountRow };
    indicators: { caption: string; rows: Array<{ key: string; label: string; count: number }>; total: number };
    money: { caption: string; headers: { spentThisYear: string; spentToDate: string }; rows: Array<{ label: string; planned: string; spentThisYear: string; spentToDate: string }>; total: { planned: string; spentThisYear: string; spentToDate: string } } | null;
    noBudget: string | null;
  };
  indicators: Heading & { intro: string; items: IndicatorReportView[] };
  progress: Heading & { groups: Array<Heading & { kind: string; goals: Array<ItemView & { actions: ItemView[] }>; actions: ItemView[] }> };
  changes: Heading & {
    first: string | null;
    none: string | null;
    statuses: Array<{ number: string; title: string; before: string; now: string }>;
    indicators: Array<{ name: string; before: string; now: string }>;
  };
}

const fill = (text: string, values: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

function joinWords(words: string[], and: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

export function buildReportView(model: PlanModel, plan: DocumentView, monitoring: readonly MonitoringYear[], year: number): ReportView {
  const { labels } = plan;
  const r = labels.report;
  const language = model.language;
  const num = (v: number | string): string => (typeof v === 'number' ? formatNumber(v, language) : v);
  const money = (amount: number): string => formatMoney(amount, language, model.plan.budget?.currency ?? 'EUR');
  const index = indexPlan(model);
  const used = monitoring.filter((m) => m.year <= year);
  const thisYear = monitoring.find((m) => m.year === year);
  const items = workItemProgress(index, monitoring, year);
  const indicators = indicatorProgress(model, index, monitoring, year);
  const summary = summarise(model, index, items, indicators);
  const changes = changesSince(model, index, monitoring, year, items, indicators);
  const cash = moneySummary(index, monitoring, year);

  const statusColumns = reportedStatuses.map((key) => ({ key, label: r.status[key] }));
  const row = (label: string, counts: StatusCounts): CountRow => ({ label, cells: reportedStatuses.map((s) => counts[s]), total: counts.total });
  const themed = index.groups.every((g) => g.kind !== 'strategic-goal');
  const item = (p: WorkItemProgress): ItemView => ({
    number: p.entry.item.number,
    title: p.entry.item.title,
    status: p.status,
    statusLabel: r.status[p.status],
    explanation: p.explanation ?? null,
  });
  const progressOf = new Map<IndexedWorkItem['item'], WorkItemProgress>(items.map((p) => [p.entry.item, p]));
  const measure = (m: { value: number | string; year?: number } | undefined): string | null => (m ? `${num(m.value)}${m.year ? ` (${m.year})` : ''}` : null);

  const indicatorViews = indicators.map((p, i): IndicatorReportView => {
    const { indicator } = p.indicator;
    const judgementLabel = p.judgement === 'not-judged' && p.reason ? `${r.judgement['not-judged']}: ${fill(r.notJudged[p.reason], { year })}` : r.judgement[p.judgement];
    const baseline = p.start ? `${num(p.start.value)} (${p.start.year})${p.start.fromMonitoring ? `, ${r.startFromMonitoring}` : ''}` : measure(indicator.baseline);
    const target = measure(indicator.target && { value: indicator.target.value, year: p.target?.year ?? indicator.target.year });
    const points = p.points.map((pt) => `${pt.year}: ${num(pt.value)}`).join(', ');
    const description = [
      baseline ? `${labels.baseline}: ${baseline}` : null,
      target ? `${labels.target}: ${target}` : null,
      points ? `${r.measurements}: ${points}` : null,
      `${r.judgementLabel}: ${judgementLabel}`,
    ].filter(Boolean).join('. ');
    return {
      anchor: `indicator-${p.indicator.id}`,
      name: indicator.name,
      unit: indicator.unit ?? null,
      goal: `${p.indicator.owner.number} ${p.indicator.owner.title}`,
      direction: p.direction ? `${r.directions[p.direction]}${p.directionGiven ? '' : ` (${r.directionDerived})`}` : null,
      baseline,
      target,
      current: p.current ? num(p.current.value) : null,
      expected: p.expected === undefined ? null : num(Math.round(p.expected * 100) / 100),
      judgement: p.judgement,
      judgementLabel,
      svg: rendererMarkup(progressChartSvg({
        start: p.start,
        target: p.target,
        points: p.points,
        period: model.plan.period,
        title: fill(r.chartAlt, { name: indicator.name }),
        description,
        format: (v) => formatNumber(v, language),
        colour: plan.primaryColor,
        id: `chart-${i + 1}`,
      })),
      measurements: used.flatMap((y) =>
        y.measurements
          .filter((m) => m.indicator === p.indicator.id)
          .map((m) => ({ year: m.year, value: num(m.value), date: formatDate(m.date, language), source: m.source ?? null, note: m.note ?? null })),
      ),
    };
  });

  return {
    lang: plan.lang,
    labels,
    title: fill(r.title, { year }),
    planTitle: plan.title.includes(plan.period) ? plan.title : `${plan.title} ${plan.period}`,
    municipalities: plan.municipalities,
    period: plan.period,
    year,
    primaryColor: plan.primaryColor,
    logo: plan.logo,
    example: thisYear?.example ?? used.find((m) => m.example)?.example ?? null,
    intro: thisYear?.intro ?? null,
    sources: fill(r.sources, { years: joinWords(used.map((m) => String(m.year)), language === 'en' ? 'and' : 'en') }),
    plan,
    statusColumns,
    summary: {
      number: null,
      title: r.summary,
      anchor: 'samenvatting',
      intro: fill(r.summaryIntro, { year }),
      byPillar: { caption: r.workByPillar, rows: summary.byPillar.map((p) => row(p.pillar.name, p.counts)), total: null },
      byGroup: { caption: themed ? r.workByTheme : r.workByGroup, rows: summary.byGroup.map((g) => row(g.group.kind === 'actions' ? labels.actions : `${g.group.number} ${g.group.title}`, g.counts)), total: row(labels.total, summary.all) },
      indicators: {
        caption: r.indicatorsJudged,
        rows: (['reached', 'on-track', 'off-track', 'not-judged'] as const).map((key) => ({ key, label: r.judgement[key], count: summary.indicators[key] })),
        total: summary.indicators.total,
      },
      money:
        cash.lines.length === 0
          ? null
          : {
              caption: r.money,
              headers: { spentThisYear: fill(r.spentThisYear, { year }), spentToDate: fill(r.spentToDate, { year }) },
              rows: cash.lines.map((l) => ({ label: l.line.label, planned: money(l.line.amount), spentThisYear: money(l.spentThisYear), spentToDate: money(l.spentToDate) })),
              total: { planned: money(cash.planned), spentThisYear: money(cash.spentThisYear), spentToDate: money(cash.spentToDate) },
            },
      noBudget: cash.lines.length === 0 ? r.noBudget : null,
    },
    indicators: { number: null, title: r.indicators, anchor: 'indicatoren', intro: r.indicatorsIntro, items: indicatorViews },
    progress: {
      number: null,
      title: r.progress,
      anchor: 'voortgang',
      groups: [
        ...model.goals.strategicGoals.map((goal) => ({
          number: goal.number,
          title: goal.title,
          anchor: `doel-${goal.number}`,
          kind: r.strategicGoal,
          goals: goal.operationalGoals.map((og) => ({ ...item(progressOf.get(og)!), actions: og.actions.map((a) => item(progressOf.get(a)!)) })),
          actions: [],
        })),
        ...model.goals.themes.map((theme) => ({
          number: theme.number,
          title: theme.title,
          anchor: `thema-${theme.number}`,
          kind: r.theme,
          goals: [],
          actions: theme.actions.map((a) => item(progressOf.get(a)!)),
        })),
        ...(model.goals.actions.length
          ? [{ number: null, title: labels.actions, anchor: 'acties', kind: '', goals: [], actions: model.goals.actions.map((a) => item(progressOf.get(a)!)) }]
          : []),
      ],
    },
    changes: {
      number: null,
      title: changes.previousYear === undefined ? fill(r.changes, { year: year - 1 }) : fill(r.changes, { year: changes.previousYear }),
      anchor: 'veranderingen',
      first: changes.previousYear === undefined ? r.firstReport : null,
      none: changes.previousYear !== undefined && changes.statuses.length === 0 && changes.indicators.length === 0 ? r.noChanges : null,
      statuses: changes.statuses.map((c) => ({ number: c.progress.entry.item.number, title: c.progress.entry.item.title, before: r.status[c.from], now: r.status[c.to] })),
      indicators: changes.indicators.map((c) => ({ name: c.now.indicator.indicator.name, before: r.judgement[c.before.judgement], now: r.judgement[c.now.judgement] })),
    },
  };
}
