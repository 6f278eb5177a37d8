import type { PartId, PlacedPart } from '../model/structure/parts.js';
import type { DocumentView, Heading, SectionView, TocEntry } from './document-view.js';

/**
 * One place in the document, in order: what every renderer walks (the HTML and Markdown
 * `document` templates and the PDF definition), so the order exists once.
 */
export interface PartEntry {
  kind: PartId | 'chapters';
  /** Whether the plan has anything for the part; an empty part renders nothing. */
  present: boolean;
  /** For `chapters`: indexes into the view's `chapters`. */
  chapters: number[];
}

export function documentParts(order: readonly PlacedPart[], shown: (part: PartId) => boolean, chapterIndex: (id: string) => number): PartEntry[] {
  return order.map((p) =>
    p.kind === 'part'
      ? { kind: p.part, present: shown(p.part), chapters: [] }
      : { kind: 'chapters', present: p.ids.length > 0, chapters: p.ids.map(chapterIndex).filter((i) => i >= 0) },
  );
}

type ContentsParts = Pick<DocumentView, 'introduction' | 'legalBasis' | 'precursors' | 'inventory' | 'enforcement' | 'overviews' | 'analysis' | 'missionVision' | 'goals' | 'actions' | 'chapters' | 'evaluation' | 'budget' | 'glossary'> & {
  stakeholders: DocumentView['stakeholdersChapter'];
};

/** The table of contents: the parts in their order, each with the sections it lists. */
export function tableOfContents(parts: PartEntry[], view: ContentsParts): TocEntry[] {
  const entry = (h: Heading, level: number, children: TocEntry[] = []): TocEntry => ({ ...h, level, children });
  const sections = (list: SectionView[], level: number): TocEntry[] => list.map((s) => entry(s, level, sections(s.sections, level + 1)));
  const present = <T>(x: T | null): x is T => x !== null;
  const { goals, missionVision } = view;
  const goalChildren = (): TocEntry[] => {
    const themes = goals.themes;
    const themeEntries = (level: number): TocEntry[] => (themes?.inContents ? themes.themes.map((t) => entry(t, level)) : []);
    return [
      ...[goals.processGoals, goals.productGoals].filter(present).map((h) => entry(h, 2)),
      ...(themes ? (themes.flat ? themeEntries(2) : [entry(themes, 2, themeEntries(3))]) : []),
    ];
  };
  const of = (part: PartEntry): TocEntry[] => {
    if (!part.present) return [];
    switch (part.kind) {
      case 'introduction':
        return view.introduction ? [entry(view.introduction, 1)] : [];
      case 'overviews':
        return [entry(view.overviews, 1)];
      case 'analysis':
        return [entry(view.analysis, 1, [...sections(view.analysis.parts, 2), ...(view.inventory ? [entry(view.inventory, 2)] : [])])];
      case 'mission':
        return [entry(missionVision, 1, [entry(missionVision.mission, 2), entry(missionVision.vision, 2, missionVision.vision.principles.map((p) => entry(p, 3)))])];
      case 'goals':
        return [entry(goals, 1, goalChildren())];
      case 'actions':
        return view.actions ? [entry(view.actions, 1, view.actions.groups.flatMap((g) => (g.heading ? [entry(g.heading, 2)] : [])))] : [];
      case 'stakeholders':
        return view.stakeholders ? [entry(view.stakeholders, 1, view.stakeholders.evaluation ? [entry(view.stakeholders.evaluation, 2)] : [])] : [];
      case 'evaluation':
        return view.evaluation ? [entry(view.evaluation, 1)] : [];
      case 'budget':
        return view.budget ? [entry(view.budget, 1)] : [];
      case 'glossary':
        return view.glossary ? [entry(view.glossary, 1)] : [];
      case 'chapters':
        return part.chapters.map((i) => view.chapters[i]!).map((c) => entry(c, 1, sections(c.sections, 2)));
      case 'legal-basis':
        return view.legalBasis ? [entry(view.legalBasis, 1)] : [];
      case 'precursors':
        return view.precursors ? [entry(view.precursors, 1)] : [];
      case 'enforcement':
        return view.enforcement ? [entry(view.enforcement, 1)] : [];
    }
  };
  return parts.flatMap(of);
}
