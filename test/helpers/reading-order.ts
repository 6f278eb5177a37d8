import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { readObjects } from './pdf-objects.js';
import { structureTree, type StructNode } from './pdfua.js';

/**
 * The text of a tagged PDF as a screen reader follows it: the structure tree in tree order,
 * each marked-content sequence replaced by its text (read with pdf.js, as Firefox does).
 * Labels of list items (numbers the renderer adds) and what is inside a figure (read as its
 * alternative text) are left out; artifacts are not in the tree.
 */
export async function structureText(pdf: Uint8Array): Promise<{ text: string; elements: Map<string, string> }> {
  const objects = readObjects(pdf);
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const byMcid = new Map<string, string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          const mcid = /_mc(\d+)$/.exec(String(item.id ?? ''))?.[1];
          open.push(mcid === undefined ? '' : `${objects.pages[n - 1]}#${mcid}`);
        } else if (item.type === 'endMarkedContent') open.pop();
        continue;
      }
      const key = open.findLast((k) => k !== '');
      if (key) byMcid.set(key, (byMcid.get(key) ?? '') + item.str);
    }
    page.cleanup();
  }
  await doc.destroy();
  const parts: string[] = [];
  const elements = new Map<string, string>();
  const visit = (node: StructNode): void => {
    if (node.type === 'Lbl' || node.type === 'Figure') return;
    const from = parts.length;
    for (const child of node.children) {
      if ('type' in child) visit(child);
      else if ('mcid' in child) parts.push(byMcid.get(`${child.page}#${child.mcid}`) ?? '');
    }
    elements.set(node.ref, parts.slice(from).join(' '));
  };
  structureTree(objects).forEach(visit);
  return { text: parts.join(' '), elements };
}

/** Page numbers of the contents, which the definition leaves to the layout. */
export const PAGE_NUMBER = '\u0000page\u0000';

/**
 * The text of a document definition in document order: what the renderer is asked to print,
 * table by table row by row and cell by cell, without the running header and footer (which
 * are functions of the page) and pictures.
 */
export function definitionText(definition: TDocumentDefinitions): string {
  const parts: string[] = [];
  const runs = (value: unknown): string => {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map(runs).join('');
    if (value && typeof value === 'object' && 'text' in value) return runs((value as { text: unknown }).text);
    return '';
  };
  const visit = (node: unknown): void => {
    if (typeof node === 'string' || typeof node === 'number') parts.push(String(node));
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.stack) visit(n.stack);
      else if (n.columns) visit(n.columns);
      else if (n.ul || n.ol) visit(n.ul ?? n.ol);
      else if (n.table) for (const row of (n.table as { body: unknown[][] }).body) visit(row);
      else if (n.pageReference) parts.push(PAGE_NUMBER);
      else if (n.text !== undefined) parts.push(runs(n.text));
    }
  };
  visit(definition.content);
  return parts.join(' ');
}

/** Whether `actual` is `expected` apart from white space, with a number where the contents' page numbers go; `at` is where they part. */
export function sameText(actual: string, expected: string): { same: boolean; at: number } {
  const squeeze = (s: string): string => s.replace(/\s+/g, '');
  const a = squeeze(actual);
  const pieces = squeeze(expected).split(PAGE_NUMBER);
  let at = 0;
  let best = 0;
  const match = (i: number, from: number): boolean => {
    const piece = pieces[i]!;
    let k = 0;
    while (k < piece.length && a[from + k] === piece[k]) k++;
    best = Math.max(best, from + k);
    if (k < piece.length) return false;
    const end = from + piece.length;
    if (i === pieces.length - 1) return end === a.length;
    // A page number of one to four digits, then the next piece.
    for (let digits = 1; digits <= 4 && /\d/.test(a[end + digits - 1] ?? ''); digits++) if (match(i + 1, end + digits)) return true;
    return false;
  };
  const same = match(0, at);
  at = best;
  return { same, at };
}
