import type { MonitoringYear, SpendingEntry } from './monitoring-model.js';
import type { BudgetLine, PlanIndex } from './plan-index.js';

export interface Overrun {
  line: BudgetLine;
  /** The year in which the spending first passed the line's amount. */
  year: MonitoringYear;
  /** The last entry of that year for the line: where the amount went over. */
  entry: SpendingEntry;
  /** What had been spent on the line by the end of that year (or in that year, for a one-year line). */
  spent: number;
}

/** Whether spending of `year` counts against a line: a one-year line takes only its own year. */
const counts = (line: BudgetLine, year: number): boolean => line.year === undefined || line.year === year;

/**
 * Budget lines whose spending, added up year by year, goes over the amount budgeted: each
 * line once, at the year it first did. Spending on unknown lines is left out (the reference
 * check reports it). Pure.
 */
export function spendingOverBudget(index: PlanIndex, monitoring: readonly MonitoringYear[]): Overrun[] {
  const spent = new Map<string, number>();
  const reported = new Set<string>();
  const out: Overrun[] = [];
  for (const year of monitoring) {
    const last = new Map<string, SpendingEntry>();
    for (const entry of year.spending) {
      const line = index.budgetLines.get(entry.budgetLine);
      if (!line || !counts(line, year.year)) continue;
      spent.set(line.id, (spent.get(line.id) ?? 0) + entry.amount);
      last.set(line.id, entry);
    }
    for (const [id, entry] of last) {
      const line = index.budgetLines.get(id)!;
      const total = spent.get(id)!;
      if (total > line.amount && !reported.has(id)) {
        reported.add(id);
        out.push({ line, year, entry, spent: total });
      }
    }
  }
  return out;
}

export interface LineMoney {
  line: BudgetLine;
  /** Spent in the report year. */
  spentThisYear: number;
  /** Spent from the first monitoring year up to and including the report year. */
  spentToDate: number;
}

export interface MoneySummary {
  lines: LineMoney[];
  planned: number;
  spentThisYear: number;
  spentToDate: number;
}

/** Planned against spent per budget line, for the report year and up to it. Pure. */
export function moneySummary(index: PlanIndex, monitoring: readonly MonitoringYear[], reportYear: number): MoneySummary {
  const lines = new Map<string, LineMoney>([...index.budgetLines.values()].map((line) => [line.id, { line, spentThisYear: 0, spentToDate: 0 }]));
  for (const year of monitoring) {
    if (year.year > reportYear) continue;
    for (const entry of year.spending) {
      const money = lines.get(entry.budgetLine);
      if (!money || !counts(money.line, year.year)) continue;
      money.spentToDate += entry.amount;
      if (year.year === reportYear) money.spentThisYear += entry.amount;
    }
  }
  const list = [...lines.values()];
  const sum = (pick: (l: LineMoney) => number): number => list.reduce((total, l) => total + pick(l), 0);
  return { lines: list, planned: sum((l) => l.line.amount), spentThisYear: sum((l) => l.spentThisYear), spentToDate: sum((l) => l.spentToDate) };
}
