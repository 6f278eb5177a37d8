import type { IndicatorDirection, MonitoringStatus } from '../model/input.js';
import type { PlanModel } from '../model/plan-model.js';
import { directionOf, expectedAt, judge, type IndicatorPath, type Judgement, type Point } from './judge.js';
import type { Measurement, MonitoringYear } from './monitoring-model.js';
import type { Group, IndexedIndicator, IndexedWorkItem, PlanIndex } from './plan-index.js';

/** Why an indicator could not be judged. */
export type NotJudgedReason = 'no-measurement' | 'not-numeric' | 'no-target' | 'no-start' | 'is-start';

export interface IndicatorProgress {
  indicator: IndexedIndicator;
  direction?: IndicatorDirection;
  /** The direction is the plan's own, not derived from baseline and target. */
  directionGiven: boolean;
  /** Where the path starts: the baseline, or the first measurement when the plan gives no baseline. */
  start?: Point & { fromMonitoring: boolean };
  target?: Point;
  /** Numeric measurements up to the report year, oldest first: what the chart shows. */
  points: Point[];
  /** The measurement of the report year, number or text. */
  current?: Measurement;
  /** What the path expects in the report year. */
  expected?: number;
  judgement: Judgement;
  reason?: NotJudgedReason;
}

const numeric = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Every indicator with an id, judged in the report year. Pure. */
export function indicatorProgress(model: PlanModel, index: PlanIndex, monitoring: readonly MonitoringYear[], reportYear: number): IndicatorProgress[] {
  return [...index.indicators.values()].map((entry) => judgeIndicator(model, entry, monitoring, reportYear));
}

function judgeIndicator(model: PlanModel, entry: IndexedIndicator, monitoring: readonly MonitoringYear[], reportYear: number): IndicatorProgress {
  const { indicator } = entry;
  const measured = monitoring
    .filter((y) => y.year <= reportYear)
    .flatMap((y) => y.measurements.filter((m) => m.indicator === entry.id).map((m) => ({ m, file: y.year })));
  const current = measured.find((x) => x.file === reportYear)?.m;
  const points = measured.filter((x) => numeric(x.m.value)).map((x) => ({ year: x.m.year, value: x.m.value as number })).sort((a, b) => a.year - b.year);

  const baseline = indicator.baseline;
  let start: IndicatorProgress['start'];
  if (baseline && numeric(baseline.value)) start = { year: baseline.year ?? model.plan.period.start, value: baseline.value, fromMonitoring: false };
  else if (!baseline && points.length > 0) start = { ...points[0]!, fromMonitoring: true };
  const target = indicator.target && numeric(indicator.target.value) ? { year: entry.targetYear, value: indicator.target.value } : undefined;
  const direction = directionOf(indicator.direction, start?.value, target?.value);
  const base = { indicator: entry, direction, directionGiven: indicator.direction !== undefined, start, target, points, current };

  if (!current) return { ...base, judgement: 'not-judged', reason: 'no-measurement' };
  if (!numeric(current.value)) return { ...base, judgement: 'not-judged', reason: 'not-numeric' };
  if (!target) return { ...base, judgement: 'not-judged', reason: 'no-target' };
  if (!start || !direction) return { ...base, judgement: 'not-judged', reason: 'no-start' };
  const path: IndicatorPath = { direction, start, target };
  const expected = expectedAt(path, current.year);
  if (start.fromMonitoring && points.length <= 1) return { ...base, expected, judgement: 'not-judged', reason: 'is-start' };
  return { ...base, expected, judgement: judge(path, { year: current.year, value: current.value }) };
}

/** The status of a work item in a year; `unreported` when that year's file does not name it. */
export type ReportedStatus = MonitoringStatus | 'unreported';

export interface WorkItemProgress {
  entry: IndexedWorkItem;
  status: ReportedStatus;
  explanation?: string;
  /** The status in the previous monitoring year, when there is one. */
  previous?: ReportedStatus;
}

/** The monitoring year just before the report year, if any. */
export function previousYearOf(monitoring: readonly MonitoringYear[], reportYear: number): MonitoringYear | undefined {
  return monitoring.filter((y) => y.year < reportYear).at(-1);
}

/** Every action and operational goal with its status in the report year. Pure. */
export function workItemProgress(index: PlanIndex, monitoring: readonly MonitoringYear[], reportYear: number): WorkItemProgress[] {
  const thisYear = monitoring.find((y) => y.year === reportYear);
  const before = previousYearOf(monitoring, reportYear);
  const statusIn = (year: MonitoringYear | undefined, id: string) => year?.statuses.find((s) => s.action === id);
  return [...index.workItems.values()].map((entry) => {
    const now = statusIn(thisYear, entry.item.id);
    return {
      entry,
      status: now?.status ?? 'unreported',
      explanation: now?.explanation,
      previous: before ? (statusIn(before, entry.item.id)?.status ?? 'unreported') : undefined,
    };
  });
}

export const reportedStatuses: readonly ReportedStatus[] = ['done', 'running', 'planned', 'delayed', 'dropped', 'unreported'];

export type StatusCounts = Record<ReportedStatus, number> & { total: number };

/**
 * What counts as a unit of work in the summary: every action, and an operational goal that
 * has no actions of its own (then the goal is what gets done).
 */
export function countsAsWork(progress: WorkItemProgress): boolean {
  const { kind, item } = progress.entry;
  return kind === 'action' || !('actions' in item) || item.actions.length === 0;
}

export function countStatuses(list: readonly WorkItemProgress[]): StatusCounts {
  const counts = Object.fromEntries(reportedStatuses.map((s) => [s, 0])) as StatusCounts;
  counts.total = 0;
  for (const p of list) {
    counts[p.status] += 1;
    counts.total += 1;
  }
  return counts;
}

export interface ProgressSummary {
  byPillar: Array<{ pillar: { id: string; name: string }; counts: StatusCounts }>;
  byGroup: Array<{ group: Group; counts: StatusCounts }>;
  all: StatusCounts;
  indicators: Record<Judgement, number> & { total: number };
}

/** The council's one-page view: work by status per pillar and per group, indicators by judgement. Pure. */
export function summarise(model: PlanModel, index: PlanIndex, items: readonly WorkItemProgress[], indicators: readonly IndicatorProgress[]): ProgressSummary {
  const work = items.filter(countsAsWork);
  const judged = { reached: 0, 'on-track': 0, 'off-track': 0, 'not-judged': 0, total: indicators.length };
  for (const i of indicators) judged[i.judgement] += 1;
  return {
    byPillar: model.pillars.map((pillar) => ({ pillar: { id: pillar.id, name: pillar.name }, counts: countStatuses(work.filter((p) => p.entry.pillars.includes(pillar.id))) })),
    byGroup: index.groups.map((group) => ({ group, counts: countStatuses(work.filter((p) => p.entry.group === group)) })),
    all: countStatuses(work),
    indicators: judged,
  };
}
