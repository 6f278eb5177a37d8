/**
 * Structure roles that the builders of the document definition give a node, for the tagged
 * PDF (structure.ts). Most roles follow from the kind of node (a table, a list, a paragraph,
 * a heading style); a node is given one here only where the kind does not say it: a chapter
 * opening is one heading, a quote is a table drawn as a bar, a chart is a figure with a text.
 *
 * Kept beside the definition, not in it: pdfmake's types know no such property, and pdfmake
 * keeps the node objects it is given, so the layout finds them again by identity.
 */
export type StructureType = 'H1' | 'P' | 'Figure' | 'BlockQuote' | 'TOC' | 'Table';

export interface StructureRole {
  type: StructureType;
  /** Text alternative of a figure. */
  alt?: string;
  /** In a table: the first cell of each row is the header of its row (TH with Scope Row). */
  rowHeaders?: boolean;
}

const roles = new WeakMap<object, StructureRole>();

/** Gives `node` a structure role; returns the node, for use inside an array of content. */
export function withRole<T>(node: T, role: StructureRole): T {
  if (typeof node === 'object' && node !== null) roles.set(node, role);
  return node;
}

export const roleOf = (node: object): StructureRole | undefined => roles.get(node);
