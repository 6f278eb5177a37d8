import type { Action, OperationalGoal, PlanModel } from '../model/plan-model.js';

export interface PillarCount {
  id: string;
  name: string;
  goals: number;
  actions: number;
}

/** Work items a pillar carries: an action without pillars counts for its goal's or theme's pillars. */
export function pillarBalance(model: PlanModel): PillarCount[] {
  const counts = new Map(model.pillars.map((p) => [p.id, { id: p.id, name: p.name, goals: 0, actions: 0 }]));
  const add = (pillars: readonly string[] | undefined, field: 'goals' | 'actions'): void => {
    for (const id of new Set(pillars ?? [])) {
      const entry = counts.get(id);
      if (entry) entry[field] += 1;
    }
  };
  for (const goal of model.goals.strategicGoals) {
    for (const og of goal.operationalGoals) {
      add(og.pillars ?? goal.pillars, 'goals');
      for (const action of og.actions) add(action.pillars ?? og.pillars ?? goal.pillars, 'actions');
    }
  }
  for (const theme of model.goals.themes) {
    for (const action of theme.actions) add(action.pillars ?? theme.pillars, 'actions');
  }
  for (const action of model.goals.actions) add(action.pillars, 'actions');
  return [...counts.values()];
}

export type Involvement = 'owner' | 'partner' | null;

export interface MatrixColumn {
  number: string;
  title: string;
}

export interface MatrixRow {
  partnerId: string;
  name: string;
  cells: Involvement[];
}

export interface StakeholderMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/**
 * Who owns and who partners in which goal: columns are the operational goals (or, for a plan
 * by themes, its actions); an owner or partner of an action counts for the goal it belongs to.
 */
export function stakeholderMatrix(model: PlanModel): StakeholderMatrix {
  const items: Array<{ number: string; title: string; owners: Set<string>; partners: Set<string> }> = [];
  const collect = (item: OperationalGoal | Action, actions: readonly Action[]): void => {
    const owners = new Set<string>(item.owner ? [item.owner] : []);
    const partners = new Set<string>(item.partners ?? []);
    for (const action of actions) {
      if (action.owner) partners.add(action.owner);
      for (const p of action.partners ?? []) partners.add(p);
    }
    for (const o of owners) partners.delete(o);
    items.push({ number: item.number, title: item.title, owners, partners });
  };
  for (const goal of model.goals.strategicGoals) for (const og of goal.operationalGoals) collect(og, og.actions);
  for (const theme of model.goals.themes) for (const action of theme.actions) collect(action, []);
  for (const action of model.goals.actions) collect(action, []);

  const rows: MatrixRow[] = [];
  for (const partner of model.stakeholders.partners) {
    const cells = items.map((item): Involvement => (item.owners.has(partner.id) ? 'owner' : item.partners.has(partner.id) ? 'partner' : null));
    if (cells.some((c) => c !== null)) rows.push({ partnerId: partner.id, name: partner.name, cells });
  }
  return { columns: items.map(({ number, title }) => ({ number, title })), rows };
}
