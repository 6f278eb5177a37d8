import type { Content, ContentAnchor, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { DocumentView, Heading } from '../document-view.js';
import type { Labels } from '../labels.js';
import { markdownBlocks, markdownInline, markdownRuns, type MarkdownStyle } from './markdown-pdf.js';
import { withRole } from './structure-roles.js';
import { BODY_SIZE, CONTENT_HEIGHT, CONTENT_WIDTH, LINE_HEIGHT, MUTED_COLOUR, RULE_COLOUR, tint } from './theme.js';
import { joinNames } from '../name-list.js';

/** What every part of the PDF builder needs: the view, its labels and the house colour. */
export interface PdfContext {
  view: DocumentView;
  labels: Labels;
  primary: string;
  markdown: MarkdownStyle;
  /** Destination ids already used: pdfmake refuses a duplicate id. */
  ids: Set<string>;
  /** Anchor → destination id actually used, for the table of contents. */
  destinations: Map<string, string>;
  /** Font family for text in SVG images (see fonts.ts). */
  svgFont: string;
}

export function createContext(view: DocumentView, primary: string, svgFont: string): PdfContext {
  return {
    view,
    labels: view.labels,
    primary,
    markdown: { linkColour: primary, ruleColour: tint(primary, 0.4), quoteColour: MUTED_COLOUR },
    ids: new Set(),
    destinations: new Map(),
    svgFont,
  };
}

function destination(ctx: PdfContext, anchor: string): string {
  const existing = ctx.destinations.get(anchor);
  if (existing) return existing;
  let id = anchor || 'kop';
  for (let n = 2; ctx.ids.has(id); n++) id = `${anchor}-${n}`;
  ctx.ids.add(id);
  ctx.destinations.set(anchor, id);
  return id;
}

/** A heading: an anchor the contents link to, with a bookmark in the reader's outline. */
export type HeadingNode = ContentAnchor & Pick<ContentText, 'outline' | 'outlineText' | 'outlineExpanded'>;

/** The title with the period, unless the title already names it ("Drugbeleidsplan 2021-2025"). */
export function titleWithPeriod(view: DocumentView): string {
  return view.fullTitle;
}

export const headingText = (h: Heading): string => (h.number ? `${h.number}  ${h.title}` : h.title);

/**
 * A numbered heading with a destination id (the table of contents links to it and reads its
 * page) and a bookmark for the PDF reader's outline.
 */
export function heading(ctx: PdfContext, h: Heading, level: 2 | 3 | 4, options: { outline?: boolean; text?: string } = {}): HeadingNode {
  const margins: Record<2 | 3 | 4, [number, number, number, number]> = { 2: [0, 16, 0, 8], 3: [0, 12, 0, 6], 4: [0, 10, 0, 4] };
  return {
    text: options.text ?? headingText(h),
    id: destination(ctx, h.anchor),
    style: `h${level}`,
    margin: margins[level],
    outline: options.outline ?? level <= 3,
    outlineText: headingText(h),
  };
}

/** The opening of a chapter, as in the Brugge plan: a new page, a large number and the title. */
export function chapterOpening(ctx: PdfContext, h: Heading): Content {
  const rule: Content = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 2, lineColor: ctx.primary }], margin: [0, 10, 0, 18] };
  const title: HeadingNode = {
    text: h.title,
    id: destination(ctx, h.anchor),
    style: 'chapterTitle',
    outline: true,
    outlineText: headingText(h),
    outlineExpanded: false,
  };
  // The number and the title are one heading (H1) in the tagged PDF.
  return withRole({
    stack: [...(h.number ? [{ text: h.number, style: 'chapterNumber', margin: [0, 70, 0, 6] } satisfies Content] : [{ text: '', margin: [0, 100, 0, 0] } satisfies Content]), title, rule],
    pageBreak: 'before',
    unbreakable: true,
  } satisfies Content, { type: 'H1' });
}

/** Room kept under a heading, so a heading never stands alone at the foot of a page. */
const KEEP_SPACE = 64;

/**
 * Keeps a heading with the start of what follows: the heading and an empty band below it must
 * fit on the page together (an unbreakable block), and the content then moves up into that band.
 * One layout pass, unlike pdfmake's pageBreakBefore, which lays the whole document out again
 * for every break it adds.
 */
export function keepWithNext(head: Content, rest: Content[], maxSpace = KEEP_SPACE): Content[] {
  if (rest.length === 0) return [head];
  const first = rest[0]!;
  // A block that is kept on one page anyway takes the heading along.
  if (typeof first === 'object' && !Array.isArray(first) && 'unbreakable' in first && first.unbreakable && !('pageBreak' in first)) {
    return [{ unbreakable: true, stack: [head, first] }, ...rest.slice(1)];
  }
  // A table starts with its header row and first row, which pdfmake keeps together: the band
  // under the heading must hold both, whatever maxSpace says.
  const tableHead = typeof first === 'object' && !Array.isArray(first) ? tableHeads.get(first) : undefined;
  const space = tableHead !== undefined ? Math.min(tableHead, CONTENT_HEIGHT / 3) : Math.min(maxSpace, estimateContent(first));
  return keepWithSpace(head, rest, space);
}

/** Keeps a heading with a band of `space` points under it, into which `rest` moves up. */
export function keepWithSpace(head: Content, rest: Content[], space: number): Content[] {
  const band = Math.ceil(space);
  return [
    { unbreakable: true, stack: [head, { canvas: [], margin: [0, 0, 0, band] }] },
    { stack: rest, margin: [0, -band, 0, 0] },
  ];
}

/** A heading, its own content and what follows; with no content of its own it keeps with what follows. */
export function headed(head: Content, body: Content[], following: Content[] = []): Content[] {
  return body.length > 0 ? [...keepWithNext(head, body), ...following] : [...keepWithNext(head, following.slice(0, 1)), ...following.slice(1)];
}

export function markdown(ctx: PdfContext, text: string | null | undefined): Content[] {
  return text ? markdownBlocks(text, ctx.markdown) : [];
}

/** A Markdown text as the runs of a single text node (see markdownRuns). */
export function runs(ctx: PdfContext, text: string | null | undefined): ContentText['text'][] {
  return text ? markdownRuns(text, ctx.markdown) : [];
}

export function inline(ctx: PdfContext, text: string): ContentText {
  return { text: markdownInline(text, ctx.markdown) };
}

/** The table look of the plan: a coloured header row, thin rules, light banding. */
export function tableLayout(primary: string, padding = 5): CustomTableLayout {
  const band = tint(primary, 0.93);
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
    vLineWidth: () => 0,
    hLineColor: (i) => (i <= 1 ? primary : RULE_COLOUR),
    fillColor: (row, node) => (row >= (node.table.headerRows ?? 0) && (row - (node.table.headerRows ?? 0)) % 2 === 1 ? band : null),
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

export interface DataTable {
  /** Cell padding left and right; narrow for dense tables such as the matrix. */
  padding?: number;
  headers: string[];
  /** Alignment of the header cells, to sit above right-aligned figures. */
  headerAlignment?: Array<'left' | 'right' | 'center' | undefined>;
  widths: Array<number | string>;
  rows: TableCell[][];
  /** Keep the table on one page: only for tables known to be short. */
  unbreakable?: boolean;
  /**
   * Estimated row heights, for tables with free text. pdfmake keeps a row whole by laying it out
   * unbreakably, which drops what does not fit on one page, so rows break when one may be too tall.
   */
  rowHeights?: number[];
  margin?: [number, number, number, number];
}

/** Estimated height of a table's header row and first row, by table node. */
const tableHeads = new WeakMap<object, number>();

const HEADER_ROW = 22;
const DATA_ROW = 20;

/** A table whose header row repeats on every page it runs over. */
export function dataTable(ctx: PdfContext, t: DataTable): Content {
  const header: TableCell[] = t.headers.map((h, i) => ({ text: h, style: 'tableHeader', alignment: t.headerAlignment?.[i] }));
  const node: Content = {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: (t.rowHeights ?? []).every(fitsOnePage), widths: t.widths, body: [header, ...t.rows] },
    layout: tableLayout(ctx.primary, t.padding),
    style: 'table',
    margin: t.margin ?? [0, 2, 0, 10],
    unbreakable: t.unbreakable,
  };
  tableHeads.set(node, HEADER_ROW + Math.max(DATA_ROW, (t.rowHeights?.[0] ?? 0) + 8) + 12);
  return node;
}

/**
 * Label–value pairs, the facts of a goal: one text node with a bold label per line. Cheaper to
 * lay out than a table of pairs, which matters with hundreds of goals.
 */
export function factsText(pairs: Array<[string, string | null]>): Content | null {
  const rows = pairs.filter((p): p is [string, string] => p[1] !== null && p[1] !== '');
  if (rows.length === 0) return null;
  return {
    text: rows.flatMap(([label, value], i) => [{ text: `${i > 0 ? '\n' : ''}${label}: `, bold: true, color: MUTED_COLOUR }, { text: value }]),
    style: 'table',
    margin: [0, 0, 0, 6],
  };
}

export const names = (list: ReadonlyArray<{ name: string }>): string => joinNames(list.map((n) => n.name));

/**
 * A cautious estimate of the height of some text in points: it counts more lines than the
 * typesetter will, so that a block estimated to fit on a page surely does.
 */
export function estimateTextHeight(text: string | null | undefined, width = CONTENT_WIDTH, fontSize = BODY_SIZE): number {
  if (!text) return 0;
  const charsPerLine = Math.max(8, Math.floor(width / (fontSize * 0.56)));
  const lines = text.split(/\n+/).reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / charsPerLine)) + 0.6, 0);
  return lines * fontSize * LINE_HEIGHT * 1.35;
}

function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map(plainText).join('');
  if (text && typeof text === 'object' && 'text' in text) return plainText(text.text);
  return '';
}

/**
 * A rough height of the first lines of a block, for the room kept under a heading: short texts
 * are measured, anything else (tables, lists, figures) counts as a full band.
 */
function estimateContent(node: Content): number {
  if (typeof node === 'string' || typeof node === 'number') return estimateTextHeight(String(node));
  if (Array.isArray(node)) return node.length ? estimateContent(node[0]!) : 0;
  const margin = 'margin' in node && Array.isArray(node.margin) ? ((node.margin[1] as number) ?? 0) + ((node.margin[3] as number) ?? 0) : 0;
  if ('text' in node && !('table' in node)) {
    const size = 'fontSize' in node && typeof node.fontSize === 'number' ? node.fontSize : BODY_SIZE;
    return estimateTextHeight(plainText(node.text), CONTENT_WIDTH, size) + margin;
  }
  if ('stack' in node && Array.isArray(node.stack)) return node.stack.length ? estimateContent(node.stack[0] as Content) + margin : margin;
  return KEEP_SPACE;
}

/** Whether a block estimated at `height` may be kept on one page without risk. */
export const fitsOnePage = (height: number): boolean => height < CONTENT_HEIGHT * 0.6;
