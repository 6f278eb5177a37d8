import type { PillarInput } from '../model/input.js';
import type { Action, OperationalGoal, PlanModel, Theme } from '../model/plan-model.js';
import { memberPartnerIds, partnerIdOf } from '../model/bodies.js';

/** An operational goal or an action, with the pillars it counts for after inheritance. */
export interface WorkItem {
  kind: 'goal' | 'action';
  item: OperationalGoal | Action;
  /** Own pillars, else those of its operational goal, strategic goal or theme. */
  pillars: readonly string[];
  /** The actions under an operational goal; empty for an action. */
  actions: readonly Action[];
  theme?: Theme;
}

const present = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0;

function pick(...lists: Array<readonly string[] | undefined>): readonly string[] {
  return lists.find(present) ?? [];
}

/** Every operational goal and every action of the plan, in document order. */
export function workItems(model: PlanModel): WorkItem[] {
  const out: WorkItem[] = [];
  for (const goal of model.goals.strategicGoals) {
    for (const og of goal.operationalGoals) {
      const pillars = pick(og.pillars, goal.pillars);
      out.push({ kind: 'goal', item: og, pillars, actions: og.actions });
      for (const action of og.actions) out.push({ kind: 'action', item: action, pillars: pick(action.pillars, pillars), actions: [] });
    }
  }
  for (const theme of model.goals.themes) {
    for (const action of theme.actions) out.push({ kind: 'action', item: action, pillars: pick(action.pillars, theme.pillars), actions: [], theme });
  }
  return out;
}

export function operationalGoals(model: PlanModel): OperationalGoal[] {
  return model.goals.strategicGoals.flatMap((goal) => goal.operationalGoals);
}

/**
 * Pillars that stand for prevention: preventie in the Flemish models, vraagbeperking in the
 * Dutch one, and an own pillar whose id or name says prevention.
 */
export function isPreventionPillar(pillar: PillarInput): boolean {
  return /preventie|prevention|vraagbeperking|demand-reduction/i.test(`${pillar.id} ${pillar.name}`);
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
