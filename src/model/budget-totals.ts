import type { DataPath } from '../diagnostics/diagnostic.js';
import type { ActionInput, BudgetInput, PlanInput } from './input.js';
import type { Action, OperationalGoal, PlanModel } from './plan-model.js';

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

export interface WorkBudget {
  id: string;
  title: string;
  number: string;
  /** What it costs over the years it runs. */
  total: number;
  path: DataPath;
}

/**
 * The budgets of the plan's work, each counted once: every action's, and an operational goal's
 * only when none of its actions has a budget of its own (then the goal's amount covers them;
 * otherwise it would count the same money twice).
 */
export function workBudgets(model: PlanModel): WorkBudget[] {
  const { period } = model.plan;
  const out: WorkBudget[] = [];
  const add = (item: OperationalGoal | Action): void => {
    if (!item.budget) return;
    const runs = actionPeriod('start' in item ? item : {}, period);
    out.push({ id: item.id, title: item.title, number: item.number, total: workBudgetTotal(item.budget, runs), path: [...item.ref.path, 'budget'] });
  };
  for (const goal of model.goals.strategicGoals) {
    for (const og of goal.operationalGoals) {
      if (og.actions.some((a) => a.budget)) og.actions.forEach(add);
      else add(og);
    }
  }
  for (const theme of model.goals.themes) theme.actions.forEach(add);
  return out;
}

/** The plan budget's total over the period, or undefined when it has no lines. */
export function planBudgetTotal(model: PlanModel): number | undefined {
  const items = model.plan.budget?.items ?? [];
  if (items.length === 0) return undefined;
  return items.reduce((sum, line) => sum + budgetLineTotal(line, model.plan.period), 0);
}
