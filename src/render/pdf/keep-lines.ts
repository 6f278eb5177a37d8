/**
 * Widow and orphan control, which pdfmake does not have: a paragraph that runs over a page
 * break leaves at least two lines at the foot of the page and takes at least two to the
 * next, as a word processor does by default. pdfmake lays a paragraph out line by line and
 * breaks the page when the next line does not fit; here the lines are built first, the break
 * is chosen, and pdfmake is handed the same lines with the page already turned where they
 * should part. Widths do not change at a break (one page size, one set of margins), so the
 * lines built up front are the lines pdfmake would have built.
 */
import { hookCalled } from './hook-probe.js';

/** Lines of a paragraph kept together on either side of a page break. */
export const MIN_LINES = 2;

/**
 * How many lines of a paragraph, from line `from` on, go on the current page: as many as
 * fit in `available` (pdfmake's rule: a line fits when it is not taller than the room left,
 * and the first line at the top of a page always goes), then fewer, so that at least
 * MIN_LINES go to the next page and a paragraph starting here leaves at least MIN_LINES (or
 * none) at the foot. Returns the count that fits when no better split exists.
 */
export function linesBeforeBreak(heights: readonly number[], from: number, available: number, atPageTop: boolean, paragraphStart: boolean): number {
  let fit = 0;
  let room = available;
  while (from + fit < heights.length && (heights[from + fit]! <= room || (atPageTop && fit === 0))) {
    room -= heights[from + fit]!;
    fit++;
  }
  const total = heights.length - from;
  if (fit >= total) return total;
  let keep = Math.min(fit, total - MIN_LINES);
  if (paragraphStart && keep < MIN_LINES) keep = 0;
  // At the top of a page, moving on gains nothing: a paragraph taller than a page breaks where it must.
  if (keep === 0 && atPageTop) return fit;
  return Math.max(keep, 0);
}

/** The parts of pdfmake's layout (LayoutBuilder, PageElementWriter, DocumentContext) this relies on. */
interface Line {
  getHeight(): number;
}
interface TextNode {
  maxHeight?: number;
  pageOrientation?: unknown;
}
interface LayoutContext {
  page: number;
  y: number;
  availableHeight: number;
  pageMargins: { top: number };
  snapshots: unknown[];
}
interface PageWriter {
  transactionLevel: number;
  context(): LayoutContext;
  moveToNextPage(pageOrientation?: unknown): void;
}
interface LayoutBuilderInstance {
  writer: PageWriter;
  processLeaf(node: TextNode): void;
  buildNextLine(node: TextNode): Line | null;
}
type LayoutBuilderClass = abstract new (...args: never[]) => object;

/** The lines of the paragraph being laid out, and where the page turns before one of them. */
interface Pending {
  node: TextNode;
  lines: Line[];
  heights: number[];
  next: number;
  breakBefore: number;
  page: number;
}

/**
 * pdfmake's LayoutBuilder (or a subclass) with widow and orphan control for the paragraphs
 * of the page flow. Text in table cells and columns, in unbreakable blocks and with a
 * maximum height is laid out as pdfmake does: a cell's rows are kept whole anyway, and an
 * unbreakable block moves as one.
 */
export function keepingLines<T extends LayoutBuilderClass>(Base: T): T {
  // pdfmake's classes are plain JavaScript; the interface above is the part used here.
  const Builder = Base as unknown as new (...args: unknown[]) => LayoutBuilderInstance;
  class KeepLinesLayoutBuilder extends Builder {
    #pending: Pending | undefined;

    override processLeaf(node: TextNode): void {
      hookCalled('keepLines.processLeaf');
      const context = this.writer.context();
      if (this.writer.transactionLevel > 0 || context.snapshots.length > 0 || node.maxHeight !== undefined) {
        super.processLeaf(node);
        return;
      }
      const lines: Line[] = [];
      for (let line = super.buildNextLine(node); line; line = super.buildNextLine(node)) lines.push(line);
      const heights = lines.map((line) => line.getHeight());
      let breakBefore = linesBeforeBreak(heights, 0, context.availableHeight, context.y <= context.pageMargins.top, true);
      if (breakBefore === 0) {
        this.writer.moveToNextPage(node.pageOrientation);
        breakBefore = linesBeforeBreak(heights, 0, this.writer.context().availableHeight, true, true);
      }
      this.#pending = { node, lines, heights, next: 0, breakBefore, page: this.writer.context().page };
      try {
        super.processLeaf(node);
      } finally {
        this.#pending = undefined;
      }
    }

    override buildNextLine(node: TextNode): Line | null {
      hookCalled('keepLines.buildNextLine');
      const pending = this.#pending;
      if (!pending || pending.node !== node) return super.buildNextLine(node);
      if (pending.next >= pending.lines.length) return null;
      const context = this.writer.context();
      // pdfmake turned the page itself: the sums here and its own disagree, so leave the rest to it.
      if (context.page !== pending.page) pending.breakBefore = Infinity;
      if (pending.next === pending.breakBefore) {
        this.writer.moveToNextPage(node.pageOrientation);
        const next = this.writer.context();
        pending.page = next.page;
        pending.breakBefore = pending.next + linesBeforeBreak(pending.heights, pending.next, next.availableHeight, true, false);
      }
      return pending.lines[pending.next++]!;
    }
  }
  return KeepLinesLayoutBuilder as unknown as T;
}
