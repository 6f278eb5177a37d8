import type { DataPath } from '../diagnostics/diagnostic.js';
import type { IndicatorInput } from '../model/input.js';
import type { Action, OperationalGoal, PlanModel } from '../model/plan-model.js';
import { workItems } from '../model/work-items.js';
import { actionPeriod, budgetLineTotal, workBudgetTotal } from '../model/budget-totals.js';

/** The strategic goal or theme a work item belongs to: what the report groups by. */
export interface Group {
  /** `actions`: the actions straight under the plan, without goals or themes (an action plan). */
  kind: 'strategic-goal' | 'theme' | 'actions';
  id: string;
  number: string;
  title: string;
}

export interface IndexedWorkItem {
  kind: 'goal' | 'action';
  item: OperationalGoal | Action;
  group: Group;
  /** Own pillars, else inherited (see model/pillars.ts). */
  pillars: readonly string[];
}

export interface IndexedIndicator {
  id: string;
  indicator: IndicatorInput;
  /** The operational goal or action that carries it. */
  owner: OperationalGoal | Action;
  group: Group;
  path: DataPath;
  /** The year the target is due: the target's own year, else the goal's deadline or the action's end, else the plan's last year. */
  targetYear: number;
}

export interface BudgetLine {
  id: string;
  label: string;
  amount: number;
  /** Set when the line is for one year only. */
  year?: number;
  file: string;
  path: DataPath;
}

/** What monitoring data can refer to, by id: indicators, actions and operational goals, budget lines. */
export interface PlanIndex {
  indicators: Map<string, IndexedIndicator>;
  /** Indicators that have no id and so cannot be measured, for the migration hint. */
  indicatorsWithoutId: Array<{ name: string; path: DataPath }>;
  workItems: Map<string, IndexedWorkItem>;
  budgetLines: Map<string, BudgetLine>;
  /** Lines of plan.yaml's budget that have no id, for the migration hint. */
  budgetLinesWithoutId: Array<{ label: string; path: DataPath }>;
  /** Every group in document order. */
  groups: Group[];
}

/** Indexes a built plan model for the monitoring checks and the report. Pure. */
export function indexPlan(model: PlanModel): PlanIndex {
  const index: PlanIndex = { indicators: new Map(), indicatorsWithoutId: [], workItems: new Map(), budgetLines: new Map(), budgetLinesWithoutId: [], groups: [] };
  const groupOf = new Map<OperationalGoal | Action, Group>();
  for (const goal of model.goals.strategicGoals) {
    const group: Group = { kind: 'strategic-goal', id: goal.id, number: goal.number, title: goal.title };
    index.groups.push(group);
    for (const og of goal.operationalGoals) {
      groupOf.set(og, group);
      for (const action of og.actions) groupOf.set(action, group);
    }
  }
  for (const theme of model.goals.themes) {
    const group: Group = { kind: 'theme', id: theme.id, number: theme.number, title: theme.title };
    index.groups.push(group);
    for (const action of theme.actions) groupOf.set(action, group);
  }
  if (model.goals.actions.length > 0) {
    const group: Group = { kind: 'actions', id: 'actions', number: '', title: '' };
    index.groups.push(group);
    for (const action of model.goals.actions) groupOf.set(action, group);
  }
  for (const { kind, item, pillars } of workItems(model)) {
    const group = groupOf.get(item)!;
    index.workItems.set(item.id, { kind, item, group, pillars });
    const due = 'deadline' in item && item.deadline !== undefined ? item.deadline : 'end' in item && item.end !== undefined ? item.end : model.plan.period.end;
    item.indicators?.forEach((indicator, i) => {
      const path = [...item.ref.path, 'indicators', i];
      if (indicator.id === undefined) index.indicatorsWithoutId.push({ name: indicator.name, path });
      else index.indicators.set(indicator.id, { id: indicator.id, indicator, owner: item, group, path, targetYear: indicator.target?.year ?? due });
    });
    if (item.budget) index.budgetLines.set(item.id, { id: item.id, label: item.title, amount: workBudgetTotal(item.budget, actionPeriod('start' in item ? item : {}, model.plan.period)), file: 'goals.yaml', path: [...item.ref.path, 'budget'] });
  }
  // A line of the plan's own budget comes first when an action of the same id also has a budget.
  model.plan.budget?.items?.forEach((line, i) => {
    const path = ['budget', 'items', i];
    if (line.id === undefined) index.budgetLinesWithoutId.push({ label: line.label, path });
    else index.budgetLines.set(line.id, { id: line.id, label: line.label, amount: budgetLineTotal(line, model.plan.period), year: line.year, file: 'plan.yaml', path });
  });
  return index;
}
