/**
 * What pdfmake's layout hands its renderer (pdfmake 0.3.11): pages of items, lines of runs.
 * Shared by the engine, which joins runs (pdfmake-engine.ts), and the tagging hooks, which
 * mark repeated lines (tagging.ts).
 */

/** A laid-out run of text in a line, as pdfmake's layout leaves it for its renderer. */
export interface LaidOutInline<Font = unknown> {
  text: string;
  x: number;
  width: number;
  height?: number;
  font: Font;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  fontFeatures?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  sup?: unknown;
  sub?: unknown;
  decoration?: unknown;
  decorationColor?: unknown;
  decorationStyle?: unknown;
  decorationThickness?: unknown;
  background?: unknown;
  justifyShift?: number;
  _pageNodeRef?: unknown;
  _pageRef?: unknown;
  _tocItemRef?: unknown;
}

export interface LaidOutPage {
  items: Array<{ type: string; item: unknown }>;
}
