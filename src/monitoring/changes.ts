import type { MonitoringYear } from './monitoring-model.js';
import { indicatorProgress, previousYearOf, type IndicatorProgress, type ReportedStatus, type WorkItemProgress } from './progress.js';
import type { PlanIndex } from './plan-index.js';
import type { PlanModel } from '../model/plan-model.js';

export interface StatusChange {
  progress: WorkItemProgress;
  from: ReportedStatus;
  to: ReportedStatus;
}

export interface IndicatorChange {
  now: IndicatorProgress;
  before: IndicatorProgress;
}

export interface Changes {
  /** The year compared with; undefined when the report year is the first with monitoring. */
  previousYear?: number;
  statuses: StatusChange[];
  /** Indicators whose judgement changed since the previous year's report. */
  indicators: IndicatorChange[];
}

/**
 * What changed since last year's report: actions whose status moved, indicators whose
 * judgement moved. The previous report is recomputed from the monitoring files, so it is the
 * report as it would read today. Pure.
 */
export function changesSince(model: PlanModel, index: PlanIndex, monitoring: readonly MonitoringYear[], reportYear: number, items: readonly WorkItemProgress[], indicators: readonly IndicatorProgress[]): Changes {
  const previous = previousYearOf(monitoring, reportYear);
  if (!previous) return { statuses: [], indicators: [] };
  const statuses = items.filter((p) => p.previous !== undefined && p.previous !== p.status).map((p) => ({ progress: p, from: p.previous!, to: p.status }));
  const before = new Map(indicatorProgress(model, index, monitoring, previous.year).map((p) => [p.indicator.id, p]));
  const changed = indicators.flatMap((now) => {
    const then = before.get(now.indicator.id);
    return then && then.judgement !== now.judgement ? [{ now, before: then }] : [];
  });
  return { previousYear: previous.year, statuses, indicators: changed };
}
