import type { ActionNumbers, PartId } from './parts.js';

/**
 * The shipped document skeletons. Data only: which parts appear, in which order, under which
 * titles, and how goals and actions are numbered. `brugge` is the structure of the Brugge
 * drugbeleidsplan 2021-2025 and renders exactly as plans rendered before presets existed.
 */
export type PresetName = 'brugge' | 'php-nl' | 'actieplan';

/** Titles a preset gives its parts instead of the usual ones; the words live in render/labels.ts. */
export type PresetTitle = 'phpAnalysis' | 'phpGoals' | 'phpPrinciples' | 'phpActivities' | 'phpCooperation' | 'whoDoesWhat';

export interface PresetPart {
  part: PartId;
  /** The preset's own title for the part; the plan's `labels:` still win. */
  title?: PresetTitle;
  /** A part that, when the plan has it, is shown as the last section of this chapter rather than as a chapter of its own. */
  joins?: PartId;
}

/** Where the plan's extra chapters go when the order does not place them itself. */
export type Rest = { rest: 'chapters' } | { rest: 'appendices' };

export interface Preset {
  parts: Array<PresetPart | Rest>;
  /** Parts the preset expects: left out with a warning when the plan has nothing for them. */
  required: PartId[];
  /** "Doelstellingen 2021-2025" or just "Doelstellingen". */
  goalsTitleWithPeriod: boolean;
  /** Themes at level 2 or 3 (then in the contents and PDF bookmarks), or null: below their section, out of the contents (Brugge). */
  themeLevel: 2 | 3 | null;
  /**
   * Whether the sections of the goals chapter carry numbers (3.1 Procesdoelstellingen). The
   * Brugge plan numbers them, so its operational goal 3.1 stands beside section 3.1; the other
   * presets leave the sections unnumbered so a number always means one goal.
   */
  numberGoalSections: boolean;
  actionNumbers: ActionNumbers;
}

export const presets: Record<PresetName, Preset> = {
  brugge: {
    parts: [
      { part: 'introduction' },
      { part: 'legal-basis' },
      { part: 'precursors' },
      { part: 'overviews' },
      { part: 'analysis' },
      { part: 'mission' },
      { part: 'goals' },
      { rest: 'chapters' },
      { part: 'enforcement' },
      { part: 'evaluation' },
      { part: 'budget' },
      { part: 'glossary' },
      { rest: 'appendices' },
    ],
    required: [],
    goalsTitleWithPeriod: true,
    themeLevel: null,
    numberGoalSections: true,
    actionNumbers: 'computed',
  },
  // A Dutch preventie- en handhavingsplan alcohol: H1 to H5, no overviews up front.
  'php-nl': {
    parts: [
      { part: 'introduction' },
      { part: 'legal-basis' },
      { part: 'precursors' },
      { part: 'analysis', title: 'phpAnalysis' },
      { part: 'goals', title: 'phpGoals' },
      { part: 'mission', title: 'phpPrinciples' },
      { part: 'actions', title: 'phpActivities' },
      { part: 'stakeholders', title: 'phpCooperation', joins: 'evaluation' },
      { part: 'enforcement' },
      { rest: 'chapters' },
      { part: 'budget' },
      { part: 'glossary' },
      { rest: 'appendices' },
    ],
    required: ['analysis', 'goals', 'actions', 'stakeholders'],
    goalsTitleWithPeriod: false,
    themeLevel: 2,
    numberGoalSections: false,
    actionNumbers: 'computed',
  },
  // A one-year action plan: what is done, by whom, for how much. No analysis or mission chapter.
  actieplan: {
    parts: [
      { part: 'introduction' },
      { part: 'legal-basis' },
      { part: 'precursors' },
      { part: 'actions' },
      { part: 'budget' },
      { part: 'stakeholders', title: 'whoDoesWhat' },
      { rest: 'chapters' },
      { part: 'enforcement' },
      { part: 'evaluation' },
      { part: 'glossary' },
      { rest: 'appendices' },
    ],
    required: ['actions', 'budget'],
    goalsTitleWithPeriod: false,
    themeLevel: 2,
    numberGoalSections: false,
    actionNumbers: 'continuous',
  },
};
