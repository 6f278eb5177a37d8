import type { PlanInputs } from '../model/input.js';
import type { ResolvedStructure } from '../model/structure/resolve-structure.js';
import { sectionLabels, type SectionKey } from '../messages/completeness.js';

export { sectionLabels, sectionTitle, type SectionKey } from '../messages/completeness.js';


/** The part of the document (plan.yaml `structure: parts:`) each section belongs to. */
const sectionPart: Record<SectionKey, readonly string[]> = {
  introduction: ['introduction'],
  problem: ['analysis'],
  determinants: ['analysis'],
  context: ['analysis'],
  mission: ['mission'],
  vision: ['mission'],
  processGoals: ['goals'],
  productGoals: ['goals', 'actions'],
};

/** The label key (plan.yaml `labels:`) that renames each section. */
const labelKey: Record<SectionKey, string> = {
  introduction: 'introduction',
  problem: 'problemAnalysis',
  determinants: 'determinantAnalysis',
  context: 'contextAnalysis',
  mission: 'mission',
  vision: 'vision',
  processGoals: 'processGoals',
  productGoals: 'productGoals',
};

/** The parts the plan's document shows, in the resolved structure (preset or own order). */
function shownParts(structure: ResolvedStructure): string[] {
  return structure.order.flatMap((p) => (p.kind === 'part' ? [p.part, ...(p.joins ? [p.joins] : [])] : []));
}

/**
 * The sections this plan's document has, the titles the plan gave them, and whether they carry
 * Brugge numbers. Process goals are VAD practice: a plan without them counts that section only
 * when the process-goals rule runs for it.
 */
export function completenessSections(inputs: PlanInputs, structure: ResolvedStructure, applied: ReadonlySet<string>): { keys: SectionKey[]; titles: Partial<Record<SectionKey, string>>; numbered: boolean } {
  const ownOrder = inputs.plan.structure?.parts !== undefined;
  // The Brugge structure shows every section; another shape shows what its parts hold.
  const parts = ownOrder || structure.preset !== 'brugge' ? shownParts(structure) : undefined;
  const processGoals = applied.has('process-goals') || (inputs.goals.processGoals ?? []).length > 0;
  const keys = (Object.keys(sectionPart) as SectionKey[]).filter(
    (key) => (parts === undefined || sectionPart[key].some((part) => parts.includes(part))) && (key !== 'processGoals' || processGoals),
  );
  const themesOnly = (inputs.goals.strategicGoals ?? []).length === 0 && (inputs.goals.themes ?? []).length > 0;
  const titles: Partial<Record<SectionKey, string>> = {};
  for (const key of keys) {
    const ownLabels: Partial<Record<string, string>> | undefined = inputs.plan.labels;
    const renamed = ownLabels?.[key === 'productGoals' && themesOnly ? 'themes' : labelKey[key]];
    if (renamed !== undefined) titles[key] = renamed;
  }
  return { keys, titles, numbered: parts === undefined };
}

