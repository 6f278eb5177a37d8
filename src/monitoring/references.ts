import type { DataPath, Diagnostic, MessageParams } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { PlaceOf } from '../model/references.js';
import type { MonitoringYear } from './monitoring-model.js';
import type { PlanIndex } from './plan-index.js';

/** As elsewhere: past this many problems in one file, stop. */
const MAX_DIAGNOSTICS_PER_FILE = 200;
const KNOWN_SHOWN = 12;

/** What a monitoring file can name, and the code for a name that is not found. */
const codes = {
  INDICATOR: 'unknown-indicator',
  WORK_ITEM: 'unknown-work-item',
  BUDGET_LINE: 'unknown-budget-line',
} as const;

/**
 * Checks that a monitoring file names indicators, actions (or operational goals) and budget
 * lines that exist, each at most once. An id that is not found gets a did-you-mean; when the
 * plan has indicators or budget lines without an id, the hint says to give them one, since
 * monitoring can only refer to what has an id.
 */
export function checkMonitoringReferences(index: PlanIndex, year: MonitoringYear, placeOf: PlaceOf): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = ({ code, path, params }: { code: Diagnostic['code']; path: DataPath; params: MessageParams }): void => {
    if (out.length === MAX_DIAGNOSTICS_PER_FILE) out.push({ code: 'too-many-problems', severity: 'error', file: year.file, params: { max: MAX_DIAGNOSTICS_PER_FILE } });
    if (out.length > MAX_DIAGNOSTICS_PER_FILE) return;
    out.push({ code, severity: 'error', file: year.file, path, params });
  };
  const unknown = (code: Diagnostic['code'], id: string, known: string[], path: DataPath, extra: MessageParams = {}): void =>
    push({ code, path, params: { id, suggestion: suggest(id, known), known: known.slice(0, KNOWN_SHOWN).join(', '), ...extra } });
  const twice = (seen: Map<string, DataPath>, id: string, path: DataPath): boolean => {
    const first = seen.get(id);
    if (first) push({ code: 'monitoring-duplicate', path, params: { id, first: placeOf(year.file, first) } });
    else seen.set(id, path);
    return first !== undefined;
  };

  const indicatorIds = [...index.indicators.keys()];
  const withoutId = index.indicatorsWithoutId[0];
  const measured = new Map<string, DataPath>();
  for (const m of year.measurements) {
    const path = [...m.path, 'indicator'];
    if (!index.indicators.has(m.indicator)) {
      unknown(codes.INDICATOR, m.indicator, indicatorIds, path, withoutId ? { withoutId: index.indicatorsWithoutId.length, example: withoutId.name, at: placeOf('goals.yaml', withoutId.path) } : {});
    } else twice(measured, m.indicator, path);
  }

  const itemIds = [...index.workItems.keys()];
  const reported = new Map<string, DataPath>();
  for (const s of year.statuses) {
    const path = [...s.path, 'action'];
    if (!index.workItems.has(s.action)) unknown(codes.WORK_ITEM, s.action, itemIds, path);
    else twice(reported, s.action, path);
  }

  const lineIds = [...index.budgetLines.keys()];
  const lineWithoutId = index.budgetLinesWithoutId[0];
  for (const s of year.spending) {
    if (index.budgetLines.has(s.budgetLine)) continue;
    unknown(codes.BUDGET_LINE, s.budgetLine, lineIds, [...s.path, 'budgetLine'], lineWithoutId ? { withoutId: index.budgetLinesWithoutId.length, example: lineWithoutId.label, at: placeOf('plan.yaml', lineWithoutId.path) } : {});
  }
  return out;
}
