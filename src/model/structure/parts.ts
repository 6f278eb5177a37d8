/**
 * The parts a plan document can be made of. A preset (presets.ts) or the plan's own
 * `structure.parts` puts them in order; the document view renders that one list in every format.
 */
export const PART_IDS = [
  'overviews',
  'introduction',
  'legal-basis',
  'precursors',
  'analysis',
  'mission',
  'goals',
  'actions',
  'stakeholders',
  'enforcement',
  'evaluation',
  'budget',
  'glossary',
] as const;

export type PartId = (typeof PART_IDS)[number];

/** Parts that carry no chapter number: they frame the plan rather than being a chapter of it. */
export const UNNUMBERED_PARTS: ReadonlySet<PartId> = new Set(['overviews', 'introduction', 'legal-basis', 'precursors', 'glossary']);

export const isPartId = (id: string): id is PartId => (PART_IDS as readonly string[]).includes(id);

/**
 * One place in the resolved order: a part (with the plan's own title, if any), or a place for
 * extra chapters (one placed by `{ chapter: id }`, or those the order leaves to the preset;
 * such a place may be empty).
 */
export type PlacedPart =
  | { kind: 'part'; part: PartId; title: string | null; joins: PartId | null }
  | { kind: 'chapters'; ids: string[] };

export type ActionNumbers = 'computed' | 'continuous' | 'own';
