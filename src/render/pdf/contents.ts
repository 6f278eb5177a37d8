import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { TocEntry } from '../document-view.js';
import { headingText, type PdfContext } from './blocks.js';
import { withRole } from './structure-roles.js';

/** Deepest heading level the table of contents lists. */
const TOC_DEPTH = 3;

/**
 * The table of contents, built from the view's entries. Page numbers are pdfmake page
 * references to the headings' destinations, so they are the true pages after layout. Built
 * after the body, once every heading has its destination id.
 */
export function contents(ctx: PdfContext, toc: TocEntry[]): Content[] {
  const rows: TableCell[][] = [];
  const walk = (entries: TocEntry[]): void => {
    for (const e of entries) {
      if (e.level > TOC_DEPTH) continue;
      const id = ctx.destinations.get(e.anchor);
      const style = `toc${e.level}`;
      const top = e.level === 1 ? 7 : 1;
      rows.push([
        { text: headingText(e), style, margin: [(e.level - 1) * 16, top, 0, 1], linkToDestination: id },
        id ? { pageReference: id, style, alignment: 'right', margin: [0, top, 0, 1] } : { text: '' },
      ]);
      walk(e.children);
    }
  };
  walk(toc);
  return [
    withRole({ text: ctx.labels.contents, style: 'tocTitle', margin: [0, 20, 0, 16], pageBreak: 'before' } satisfies Content, { type: 'H1' }),
    withRole({ table: { widths: ['*', 36], body: rows, dontBreakRows: true }, layout: 'noBorders' } satisfies Content, { type: 'TOC' }),
  ];
}
