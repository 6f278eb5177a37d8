import type { Action, OperationalGoal, PlanModel } from './plan-model.js';
import { workItems } from './work-items.js';

export type Involvement = 'owner' | 'partner' | null;

/** What a matrix's columns are: operational goals, or actions that belong to no operational goal (a theme's). */
export type MatrixKind = 'goals' | 'actions';

export interface MatrixColumn {
  number: string;
  title: string;
}

export interface MatrixRow {
  partnerId: string;
  name: string;
  cells: Involvement[];
}

export interface PartnerMatrix {
  kind: MatrixKind;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

interface Column extends MatrixColumn {
  owners: Set<string>;
  partners: Set<string>;
}

/** An item's owner leads; its partners, and whoever owns or helps with its actions, take part. */
function column(item: OperationalGoal | Action, actions: readonly Action[]): Column {
  const owners = new Set<string>(item.owner ? [item.owner] : []);
  const partners = new Set<string>(item.partners ?? []);
  for (const action of actions) {
    if (action.owner) partners.add(action.owner);
    for (const p of action.partners ?? []) partners.add(p);
  }
  for (const o of owners) partners.delete(o);
  return { number: item.number, title: item.title, owners, partners };
}

function matrix(model: PlanModel, kind: MatrixKind, columns: Column[]): PartnerMatrix {
  const rows: MatrixRow[] = [];
  for (const partner of model.stakeholders.partners) {
    const cells = columns.map((c): Involvement => (c.owners.has(partner.id) ? 'owner' : c.partners.has(partner.id) ? 'partner' : null));
    if (cells.some((c) => c !== null)) rows.push({ partnerId: partner.id, name: partner.name, cells });
  }
  return { kind, columns: columns.map(({ number, title }) => ({ number, title })), rows };
}

/**
 * Who leads and who takes part in what, as two matrices that never mix kinds of columns: one
 * over the operational goals (an action's people count for its goal), one over the actions
 * that hang under no operational goal (a plan by themes). Either may have no columns.
 */
export function partnerMatrices(model: PlanModel): Record<MatrixKind, PartnerMatrix> {
  const goals: Column[] = [];
  const actions: Column[] = [];
  for (const work of workItems(model)) {
    if (work.kind === 'goal') goals.push(column(work.item, work.actions));
    else if (!work.goal) actions.push(column(work.item, []));
  }
  return { goals: matrix(model, 'goals', goals), actions: matrix(model, 'actions', actions) };
}
