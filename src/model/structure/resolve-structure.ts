import type { PlanInput } from '../input.js';
import { isPartId, UNNUMBERED_PARTS, type ActionNumbers, type PartId, type PlacedPart } from './parts.js';
import { presets, type PresetName, type PresetTitle } from './presets.js';

/** The document's skeleton for one plan: its preset with the plan's own choices laid over it. */
export interface ResolvedStructure {
  preset: PresetName;
  /** Every part and extra chapter in document order; entries the check rejects are left out. */
  order: PlacedPart[];
  /** Titles the preset gives parts (before the plan's own `labels:`). */
  presetTitles: Partial<Record<PartId, PresetTitle>>;
  required: ReadonlySet<PartId>;
  goalsTitleWithPeriod: boolean;
  themeLevel: 2 | 3 | null;
  numberGoalSections: boolean;
  actionNumbers: ActionNumbers;
}

/**
 * Resolves `structure:` of plan.yaml. Pure and forgiving: an unknown or repeated entry is
 * skipped here and reported by check-structure.ts, so both agree on what is rendered.
 */
export function resolveStructure(plan: Pick<PlanInput, 'structure' | 'chapters'>): ResolvedStructure {
  const input = plan.structure ?? {};
  const name: PresetName = input.preset ?? 'brugge';
  const preset = presets[name];
  const chapters = plan.chapters ?? [];
  const presetTitles: ResolvedStructure['presetTitles'] = {};
  const joinsOf = new Map<PartId, PartId>();
  for (const entry of preset.parts) {
    if (!('part' in entry)) continue;
    if (entry.title) presetTitles[entry.part] = entry.title;
    if (entry.joins) joinsOf.set(entry.part, entry.joins);
  }

  const order: PlacedPart[] = [];
  const placedParts = new Set<PartId>();
  const placedChapters = new Set<string>();
  const knownChapters = new Set(chapters.map((c) => c.id));
  const place = (part: PartId, title: string | null): void => {
    if (placedParts.has(part)) return;
    placedParts.add(part);
    order.push({ kind: 'part', part, title, joins: null });
  };
  const placeChapter = (id: string): void => {
    if (placedChapters.has(id) || !knownChapters.has(id)) return;
    placedChapters.add(id);
    order.push({ kind: 'chapters', ids: [id] });
  };
  const rest = (appendix: boolean): PlacedPart & { kind: 'chapters' } => ({
    kind: 'chapters',
    ids: chapters.filter((c) => (c.appendix ?? false) === appendix && !placedChapters.has(c.id)).map((c) => c.id),
  });

  if (input.parts) {
    for (const entry of input.parts) {
      if (typeof entry === 'string') {
        if (isPartId(entry)) place(entry, null);
      } else if ('part' in entry) {
        if (isPartId(entry.part)) place(entry.part, entry.title ?? null);
      } else {
        placeChapter(entry.chapter);
      }
    }
    // Chapters the list does not place: extra chapters before the unnumbered tail (the glossary), appendices last.
    let tail = order.length;
    while (tail > 0 && isUnnumberedPart(order[tail - 1]!)) tail--;
    const extra = rest(false);
    const appendices = rest(true);
    if (extra.ids.length) order.splice(tail, 0, extra);
    if (appendices.ids.length) order.push(appendices);
  } else {
    for (const entry of preset.parts) {
      if ('part' in entry) place(entry.part, null);
      else order.push(rest(entry.rest === 'appendices'));
    }
  }
  // A preset joins a part into another chapter only when the order does not list it itself.
  for (const placed of order) {
    if (placed.kind !== 'part') continue;
    const joined = joinsOf.get(placed.part);
    if (joined && !placedParts.has(joined)) placed.joins = joined;
  }

  return {
    preset: name,
    order,
    presetTitles,
    required: new Set(input.parts ? placedParts : preset.required),
    goalsTitleWithPeriod: input.goalsTitleWithPeriod ?? preset.goalsTitleWithPeriod,
    themeLevel: input.themeLevel ?? preset.themeLevel,
    numberGoalSections: input.numberGoalSections ?? preset.numberGoalSections,
    actionNumbers: input.actionNumbers ?? preset.actionNumbers,
  };
}

function isUnnumberedPart(p: PlacedPart): boolean {
  return p.kind === 'part' && UNNUMBERED_PARTS.has(p.part);
}
