import type { Content, StyleDictionary } from 'pdfmake/interfaces.js';

/**
 * Nothing kept together is taller than a page.
 *
 * pdfmake lays a block it keeps on one page (`unbreakable`, a table row with `dontBreakRows`,
 * a table's header rows with the rows kept with them) out on a page of its own, and when the
 * block runs over that page it keeps the first page and drops the rest without a word
 * ("no support for multi-page unbreakableBlocks", PageElementWriter). A goal with a long text,
 * a partner with a very long name, a long title: the content after the first page was lost.
 *
 * The builders decide what to keep together from estimates that suit ordinary plans. This pass
 * checks every such block once more with a height that is surely not less than the laid-out
 * height, and lets a block that might not fit on a page break after all: it may then start low
 * on a page, but all of it is printed. Works on the document definition, so with pdfmake's own
 * layout as well.
 */

interface Frame {
  width: number;
  fontSize: number;
  lineHeight: number;
}

/**
 * Line height of the fonts as a multiple of the size: ascender minus descender plus line gap
 * (Source Sans 3: 1.424, Source Serif 4: 1.37), rounded up.
 */
const FONT_LINE = 1.45;

/** Width of a character in ems, on the wide side: capitals and wide letters count as wide. */
function charWidth(code: number): number {
  if (code === 32) return 0.25;
  if (code < 0x80) return /[A-Z@%&MWmw#]/.test(String.fromCharCode(code)) ? 0.95 : 0.62;
  return 1;
}

function textWidth(text: string, fontSize: number): { total: number; widestWord: number } {
  let total = 0;
  let word = 0;
  let widestWord = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = charWidth(code) * fontSize;
    total += w;
    if (code === 32 || code === 9) word = 0;
    else widestWord = Math.max(widestWord, (word += w));
  }
  return { total, widestWord };
}

/** Upper bound of the height of a text of one size in a column: every line break wastes at most a word. */
function textHeight(text: string, frame: Frame): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    const { total, widestWord } = textWidth(paragraph, frame.fontSize);
    // A word wider than half the line is broken inside (long-words.ts, pdfmake's own breaking).
    const usable = Math.max(1, frame.width - Math.min(widestWord, frame.width / 2));
    lines += Math.max(1, Math.ceil(total / usable));
  }
  return lines * frame.fontSize * FONT_LINE * Math.max(1, frame.lineHeight);
}

type Node = Record<string, unknown>;

function styleOf(node: Node, styles: StyleDictionary, frame: Frame): Frame {
  const names = Array.isArray(node.style) ? node.style : node.style !== undefined ? [node.style] : [];
  let { fontSize, lineHeight } = frame;
  for (const name of names) {
    const style = typeof name === 'string' ? styles[name] : (name as Node | undefined);
    if (typeof style?.fontSize === 'number') fontSize = style.fontSize;
    if (typeof style?.lineHeight === 'number') lineHeight = style.lineHeight;
  }
  if (typeof node.fontSize === 'number') fontSize = node.fontSize;
  if (typeof node.lineHeight === 'number') lineHeight = node.lineHeight;
  return { width: frame.width, fontSize, lineHeight };
}

/** The plain text of runs, and the largest size among them. */
function runsOf(text: unknown, fontSize: number): { text: string; fontSize: number } {
  if (typeof text === 'string' || typeof text === 'number') return { text: String(text), fontSize };
  if (Array.isArray(text)) {
    let out = '';
    let size = fontSize;
    for (const item of text) {
      const run = runsOf(item, fontSize);
      out += run.text;
      size = Math.max(size, run.fontSize);
    }
    return { text: out, fontSize: size };
  }
  if (text !== null && typeof text === 'object' && 'text' in text) {
    const node = text as Node;
    return runsOf(node.text, typeof node.fontSize === 'number' ? node.fontSize : fontSize);
  }
  return { text: '', fontSize };
}

function margins(node: Node): [number, number, number, number] {
  const m = node.margin;
  if (typeof m === 'number') return [m, m, m, m];
  if (Array.isArray(m) && m.length === 2) return [m[0], m[1], m[0], m[1]] as [number, number, number, number];
  if (Array.isArray(m) && m.length === 4) return m as [number, number, number, number];
  return [0, 0, 0, 0];
}

/** Cell padding and rules of our table layouts, rounded up. */
const CELL_X = 12;
const CELL_Y = 8;

export class PageFit {
  /** Blocks that were to be kept together and now may break, for tests and figures. */
  released = 0;

  constructor(
    private readonly styles: StyleDictionary,
    /** Height a kept-together block may have: the page's content height less a repeated table header. */
    private readonly limit: number,
  ) {}

  /** Checks `node` (changing it in place) and returns an upper bound of its height. */
  fit(node: Content, frame: Frame): number {
    if (typeof node === 'string' || typeof node === 'number') return textHeight(String(node), frame);
    if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + this.fit(child as Content, frame), 0);
    if (node === null || typeof node !== 'object') return 0;
    const n = node as unknown as Node;
    const [left, top, right, bottom] = margins(n);
    const inner = styleOf(n, this.styles, { ...frame, width: Math.max(1, frame.width - left - right) });
    const height = top + bottom + this.content(n, inner);
    if (n.unbreakable === true && height > this.limit) {
      n.unbreakable = false;
      this.released++;
    }
    return height;
  }

  private content(n: Node, frame: Frame): number {
    if ('table' in n) return this.table(n.table as Node, frame);
    if ('text' in n) {
      const runs = runsOf(n.text, frame.fontSize);
      return textHeight(runs.text, { ...frame, fontSize: runs.fontSize });
    }
    if (Array.isArray(n.stack)) return this.fit(n.stack as Content, frame);
    for (const key of ['ul', 'ol'] as const) {
      if (Array.isArray(n[key])) return this.fit(n[key] as Content, { ...frame, width: Math.max(1, frame.width - 20) });
    }
    if (Array.isArray(n.columns)) {
      const columns = n.columns as Content[];
      const width = frame.width / Math.max(1, columns.length);
      return Math.max(0, ...columns.map((c) => this.fit(c, { ...frame, width })));
    }
    if (Array.isArray(n.canvas)) {
      return Math.max(0, ...(n.canvas as Node[]).map((c) => Math.max(Number(c.y1 ?? 0), Number(c.y2 ?? 0), Number(c.y ?? 0) + Number(c.h ?? 0))));
    }
    if ('svg' in n || 'image' in n) {
      const fit = n.fit as [number, number] | undefined;
      return fit?.[1] ?? Number(n.height ?? frame.width);
    }
    return 0;
  }

  private table(table: Node, frame: Frame): number {
    const body = (table.body ?? []) as Content[][];
    const widths = (table.widths ?? []) as Array<number | string>;
    const columns = Math.max(1, ...body.map((r) => r.length));
    const fixed = widths.reduce((sum: number, w) => sum + (typeof w === 'number' ? w + CELL_X : 0), 0);
    const flexible = Array.from({ length: columns }, (_, i) => widths[i]).filter((w) => typeof w !== 'number').length;
    const share = Math.max(20, (frame.width - fixed) / Math.max(1, flexible) - CELL_X);
    const rows = body.map((row) =>
      row.reduce((max: number, cell, i) => {
        const w = widths[i];
        return Math.max(max, this.fit(cell, { ...frame, width: typeof w === 'number' ? w : share }));
      }, 0) + CELL_Y,
    );
    if (table.dontBreakRows === true && rows.some((h) => h > this.limit)) {
      table.dontBreakRows = false;
      this.released++;
    }
    const headerRows = typeof table.headerRows === 'number' ? table.headerRows : 0;
    const kept = headerRows + (typeof table.keepWithHeaderRows === 'number' ? table.keepWithHeaderRows : 0);
    const sum = (count: number): number => rows.slice(0, count).reduce((a, b) => a + b, 0);
    // The header rows repeat on every page: they take at most half of one.
    if (headerRows > 0 && sum(headerRows) > this.limit / 2) {
      table.headerRows = 0;
      table.keepWithHeaderRows = 0;
      this.released++;
    } else if (kept > headerRows && sum(kept) > this.limit) {
      table.keepWithHeaderRows = 0;
      this.released++;
    }
    return rows.reduce((a, b) => a + b, 0);
  }
}

/** Lets every kept-together block of `content` that might be taller than a page break (see the top of this file). */
export function fitToPages(content: Content, options: { styles: StyleDictionary; width: number; height: number; fontSize: number; lineHeight: number }): number {
  const fit = new PageFit(options.styles, options.height);
  fit.fit(content, { width: options.width, fontSize: options.fontSize, lineHeight: options.lineHeight });
  return fit.released;
}
