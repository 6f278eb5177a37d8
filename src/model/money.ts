import type { ActionInput, BudgetInput, PlanInput } from './input.js';

/**
 * Money as the plan means it. An amount is for the whole period unless `perYear: true` says it
 * is each year's, and a budget line may give its amount year by year (`years:`); every total
 * (the budget table, the reconciliation rule, monitoring) counts through these functions, so a
 * yearly amount never silently becomes a period total.
 */
export type BudgetLineInput = NonNullable<NonNullable<PlanInput['budget']>['items']>[number];
export type IncomeLineInput = NonNullable<NonNullable<PlanInput['budget']>['income']>[number];

export interface Period {
  start: number;
  end: number;
}

export const yearsIn = (period: Period): number => Math.max(1, period.end - period.start + 1);

/** What a plan-level budget line costs over the whole period. */
export function budgetLineTotal(line: BudgetLineInput, period: Period): number {
  if (line.years) return Object.values(line.years).reduce((sum, amount) => sum + amount, 0);
  const amount = line.amount ?? 0;
  // A line for one year only is that year's amount, whatever perYear says.
  return line.perYear && line.year === undefined ? amount * yearsIn(period) : amount;
}

/** What an income line brings in over the whole period. */
export function incomeTotal(line: IncomeLineInput, period: Period): number {
  return line.perYear ? line.amount * yearsIn(period) : line.amount;
}

/** The years an action runs: its own start and end inside the plan period, else the period. */
export function actionPeriod(action: Pick<ActionInput, 'start' | 'end'>, period: Period): Period {
  const start = Math.max(period.start, action.start ?? period.start);
  const end = Math.min(period.end, action.end ?? period.end);
  return end >= start ? { start, end } : { start, end: start };
}

/** What a goal's or action's budget costs over the years it runs. */
export function workBudgetTotal(budget: BudgetInput, runs: Period): number {
  return budget.perYear ? budget.amount * yearsIn(runs) : budget.amount;
}
