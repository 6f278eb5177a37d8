import type { PlanModel } from './plan-model.js';
import { workItems } from './work-items.js';

export interface PillarCount {
  id: string;
  name: string;
  /** Operational goals that count for this pillar. */
  goals: number;
  /** Actions that count for this pillar. */
  actions: number;
}

/**
 * How many operational goals and actions each pillar of the plan carries, in the order of the
 * pillar model. Counted from the work items, so the chart, the pillar-balance rule and the
 * progress report agree on inheritance (see model/pillars.ts).
 */
export function pillarBalance(model: PlanModel): PillarCount[] {
  const counts = new Map(model.pillars.map((p) => [p.id, { id: p.id, name: p.name, goals: 0, actions: 0 }]));
  for (const { kind, pillars } of workItems(model)) {
    for (const id of pillars) {
      const entry = counts.get(id);
      if (entry) entry[kind === 'goal' ? 'goals' : 'actions'] += 1;
    }
  }
  return [...counts.values()];
}
