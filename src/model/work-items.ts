import type { Action, OperationalGoal, PlanModel, StrategicGoal, Theme } from './plan-model.js';
import { memberPartnerIds, partnerIdOf } from './bodies.js';

/** An operational goal or an action, with the pillars it counts for after inheritance. */
export interface WorkItem {
  kind: 'goal' | 'action';
  item: OperationalGoal | Action;
  /** The item's effectivePillars: own pillars, else those of its operational goal, strategic goal or theme. */
  pillars: readonly string[];
  /** The actions under an operational goal; empty for an action. */
  actions: readonly Action[];
  /** The operational goal an action belongs to; absent for a goal and for a theme's action. */
  goal?: OperationalGoal;
  /** The strategic goal an operational goal belongs to; absent for an action. */
  strategicGoal?: StrategicGoal;
  theme?: Theme;
}

/** Every operational goal and every action of the plan, in document order. */
export function workItems(model: PlanModel): WorkItem[] {
  const out: WorkItem[] = [];
  for (const goal of model.goals.strategicGoals) {
    for (const og of goal.operationalGoals) {
      out.push({ kind: 'goal', item: og, pillars: og.effectivePillars, actions: og.actions, strategicGoal: goal });
      for (const action of og.actions) out.push({ kind: 'action', item: action, pillars: action.effectivePillars, actions: [], goal: og });
    }
  }
  for (const theme of model.goals.themes) {
    for (const action of theme.actions) out.push({ kind: 'action', item: action, pillars: action.effectivePillars, actions: [], theme });
  }
  // Actions straight under the plan (an action plan without goals or themes).
  for (const action of model.goals.actions) out.push({ kind: 'action', item: action, pillars: action.effectivePillars, actions: [] });
  return out;
}

export function operationalGoals(model: PlanModel): OperationalGoal[] {
  return model.goals.strategicGoals.flatMap((goal) => goal.operationalGoals);
}

/** Partner ids that own or help with a goal or action, or sit in a body. */
export function involvedStakeholders(model: PlanModel): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id !== undefined) ids.add(id);
  };
  for (const goal of model.goals.processGoals) add(goal.owner);
  for (const { item } of workItems(model)) {
    add(item.owner);
    item.partners?.forEach(add);
  }
  for (const body of model.stakeholders.bodies ?? []) {
    add(partnerIdOf(body.chair));
    add(body.secretary);
    memberPartnerIds(body).forEach(add);
  }
  return ids;
}

/** Partner ids that sit in some body, as chair, secretary or member. */
export function bodyMembers(model: PlanModel): Set<string> {
  const ids = new Set<string>();
  for (const body of model.stakeholders.bodies ?? []) {
    for (const id of [partnerIdOf(body.chair), body.secretary, ...memberPartnerIds(body)]) if (id !== undefined) ids.add(id);
  }
  return ids;
}
