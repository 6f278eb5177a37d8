import type { DataPath, Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../messages/index.js';
import { suggest } from '../../diagnostics/suggest.js';
import type { ActionInput, PlanInputs } from '../input.js';
import type { PlaceOf } from '../references.js';
import { OPTIONAL_PARTS, partIsEmpty, partSource } from './part-data.js';
import { isPartId, PART_IDS } from './parts.js';
import { resolveStructure } from './resolve-structure.js';

/** Every action of the plan with where it stands in goals.yaml, in document order. */
export function actionsWithPaths(goals: PlanInputs['goals']): Array<{ action: ActionInput; path: DataPath }> {
  const out: Array<{ action: ActionInput; path: DataPath }> = [];
  (goals.strategicGoals ?? []).forEach((g, s) =>
    (g.operationalGoals ?? []).forEach((og, o) => (og.actions ?? []).forEach((action, a) => out.push({ action, path: ['strategicGoals', s, 'operationalGoals', o, 'actions', a] }))),
  );
  (goals.themes ?? []).forEach((t, i) => (t.actions ?? []).forEach((action, a) => out.push({ action, path: ['themes', i, 'actions', a] })));
  (goals.actions ?? []).forEach((action, a) => out.push({ action, path: ['actions', a] }));
  return out;
}

/**
 * The checks of plan.yaml `structure:` that a schema cannot make: part and chapter ids that
 * exist, each listed once, own action numbers present and unique, and parts the preset
 * expects but the plan leaves empty.
 */
export function checkStructure(inputs: PlanInputs, placeOf: PlaceOf): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const problem = (code: DiagnosticCode, severity: Diagnostic['severity'], file: string, path: DataPath, params: Diagnostic['params']): void => {
    diagnostics.push({ code, severity, file, path, params });
  };
  const structure = inputs.plan.structure;
  const chapterIds = (inputs.plan.chapters ?? []).map((c) => c.id);
  const seen = new Map<string, DataPath>();
  (structure?.parts ?? []).forEach((entry, i) => {
    const at: DataPath = ['structure', 'parts', i];
    let key: string;
    if (typeof entry === 'string' || 'part' in entry) {
      const id = typeof entry === 'string' ? entry : entry.part;
      const idPath = typeof entry === 'string' ? at : [...at, 'part'];
      if (!isPartId(id)) {
        problem('structure-unknown-part', 'error', 'plan.yaml', idPath, { id, suggestion: suggest(id, [...PART_IDS]), known: PART_IDS.join(', ') });
        return;
      }
      key = `part:${id}`;
    } else {
      const id = entry.chapter;
      if (!chapterIds.includes(id)) {
        problem('structure-unknown-chapter', 'error', 'plan.yaml', [...at, 'chapter'], { id, suggestion: suggest(id, chapterIds), known: chapterIds.join(', ') });
        return;
      }
      key = `chapter:${id}`;
    }
    const first = seen.get(key);
    if (first) problem('structure-duplicate-part', 'error', 'plan.yaml', at, { id: key.slice(key.indexOf(':') + 1), first: placeOf('plan.yaml', first) });
    else seen.set(key, at);
  });

  const resolved = resolveStructure(inputs.plan);
  for (const placed of resolved.order) {
    if (placed.kind !== 'part' || !resolved.required.has(placed.part) || !partIsEmpty(placed.part, inputs)) continue;
    const index = (structure?.parts ?? []).findIndex((e) => (typeof e === 'string' ? e : 'part' in e ? e.part : null) === placed.part);
    const path: DataPath = index >= 0 ? ['structure', 'parts', index] : structure?.preset ? ['structure', 'preset'] : ['structure'];
    problem('structure-part-empty', 'warning', 'plan.yaml', path, { id: placed.part, preset: resolved.preset, ...partSource[placed.part] });
  }

  // An optional part the order leaves out while the plan has data for it: say so, rather than drop the text.
  const inOrder = new Set(resolved.order.flatMap((p) => (p.kind === 'part' ? [p.part, ...(p.joins ? [p.joins] : [])] : [])));
  for (const part of OPTIONAL_PARTS) {
    if (inOrder.has(part) || partIsEmpty(part, inputs)) continue;
    const { file, field } = partSource[part];
    problem('structure-part-not-shown', 'warning', file, [field], { id: part, preset: resolved.preset, field, file });
  }
  // The inventory is shown as the last section of the analysis chapter.
  if (!inOrder.has('analysis') && inputs.analysis.inventory?.initiatives.length) {
    problem('structure-part-not-shown', 'warning', 'analysis.yaml', ['inventory'], { id: 'analysis', preset: resolved.preset, field: 'inventory', file: 'analysis.yaml' });
  }

  const numbers = new Map<string, DataPath>();
  for (const { action, path } of actionsWithPaths(inputs.goals)) {
    if (resolved.actionNumbers !== 'own') {
      if (action.number !== undefined) problem('action-number-unused', 'warning', 'goals.yaml', [...path, 'number'], { id: action.id });
      continue;
    }
    if (action.number === undefined) {
      problem('action-number-missing', 'error', 'goals.yaml', [...path, 'id'], { id: action.id });
      continue;
    }
    const number = String(action.number);
    const first = numbers.get(number);
    if (first) problem('action-number-duplicate', 'error', 'goals.yaml', [...path, 'number'], { number, first: placeOf('goals.yaml', [...first, 'number']) });
    else numbers.set(number, path);
  }
  return diagnostics;
}
