import type { DataPath } from '../diagnostics/diagnostic.js';
import type { AdoptionInput, PlanInput } from './input.js';

/**
 * plan.yaml `adoption:` is one decision, or a list of them when several councils adopt an
 * intermunicipal plan. Everything that reads it goes through here and sees a list, each
 * decision with the path it came from.
 */
export function adoptions(plan: Pick<PlanInput, 'adoption'>): Array<{ adoption: AdoptionInput; path: DataPath }> {
  const a = plan.adoption;
  if (a === undefined) return [];
  return Array.isArray(a) ? a.map((adoption, i) => ({ adoption, path: ['adoption', i] })) : [{ adoption: a, path: ['adoption'] }];
}
