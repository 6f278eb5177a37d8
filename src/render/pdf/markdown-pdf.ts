import { libraries } from '../../libraries/libraries.js';
import type Token from 'markdown-it/lib/token.mjs';
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import { withRole } from './structure-roles.js';

/**
 * Markdown texts from the YAML become pdfmake content: paragraphs, lists, quotes, emphasis,
 * links and simple tables. Raw HTML stays off (shown as text), as in the HTML output, and only
 * http, https and mailto links become clickable; no Markdown syntax reaches the page.
 */
const markdown = new (libraries().markdownIt)({ html: false, linkify: false, typographer: false, breaks: false });

export interface MarkdownStyle {
  linkColour: string;
  ruleColour: string;
  quoteColour: string;
}

type Inline = ContentText;

interface InlineState {
  bold: boolean;
  italics: boolean;
  strike: boolean;
  code: boolean;
  link: string | null;
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function inlineContent(tokens: readonly Token[], style: MarkdownStyle): Inline[] {
  const out: Inline[] = [];
  const stack: InlineState[] = [{ bold: false, italics: false, strike: false, code: false, link: null }];
  const top = (): InlineState => stack[stack.length - 1]!;
  const push = (change: Partial<InlineState>): void => {
    stack.push({ ...top(), ...change });
  };
  const emit = (text: string): void => {
    if (text === '') return;
    const s = top();
    const node: Inline = { text };
    if (s.bold) node.bold = true;
    if (s.italics) node.italics = true;
    if (s.strike) node.decoration = 'lineThrough';
    if (s.code) node.background = '#eeeeee';
    if (s.link) {
      node.link = s.link;
      node.color = style.linkColour;
      node.decoration = 'underline';
    }
    out.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        emit(token.content);
        break;
      case 'code_inline':
        push({ code: true });
        emit(token.content);
        stack.pop();
        break;
      case 'softbreak':
        emit(' ');
        break;
      case 'hardbreak':
        emit('\n');
        break;
      case 'strong_open':
        push({ bold: true });
        break;
      case 'em_open':
        push({ italics: true });
        break;
      case 's_open':
        push({ strike: true });
        break;
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        push({ link: SAFE_LINK.test(href) ? href : null });
        break;
      }
      case 'image': {
        // As in plan.html: the alt text, linked to the image's address; nothing is fetched.
        const src = token.attrGet('src') ?? '';
        push({ link: SAFE_LINK.test(src) ? src : null });
        emit(token.content || src);
        stack.pop();
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        emit(token.content);
    }
  }
  return out;
}

/** Finds the index of the token that closes the one at `start`. */
function closing(tokens: readonly Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

function blocks(tokens: readonly Token[], style: MarkdownStyle, tight = false): Content[] {
  const out: Content[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const end = token.nesting === 1 ? closing(tokens, i) : i;
    const inner = tokens.slice(i + 1, end);
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open': {
        const inline = inner.find((t) => t.type === 'inline');
        const text = inlineContent(inline?.children ?? [], style);
        const heading = token.type === 'heading_open';
        if (text.length > 0) out.push({ text, bold: heading || undefined, margin: [0, heading ? 4 : 0, 0, tight ? 2 : 6] });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const items: Content[] = [];
        let j = 0;
        while (j < inner.length) {
          const itemEnd = closing(inner, j);
          const content = blocks(inner.slice(j + 1, itemEnd), style, true);
          items.push(content.length === 1 ? content[0]! : { stack: content });
          j = itemEnd + 1;
        }
        if (token.type === 'bullet_list_open') out.push({ ul: items, margin: [0, 0, 0, 6] });
        else out.push({ ol: items, start: Number(token.attrGet('start') ?? 1), margin: [0, 0, 0, 6] });
        break;
      }
      case 'blockquote_open':
        // Drawn as a one-cell table with a bar; a quote (BlockQuote) in the tagged PDF.
        out.push(withRole({
          table: { widths: ['*'], body: [[{ stack: blocks(inner, style), italics: true, color: style.quoteColour }]] },
          layout: {
            vLineWidth: (col: number) => (col === 0 ? 2 : 0),
            hLineWidth: () => 0,
            vLineColor: () => style.ruleColour,
            paddingLeft: () => 10,
          },
          margin: [0, 0, 0, 6],
        } satisfies Content, { type: 'BlockQuote' }));
        break;
      case 'code_block':
      case 'fence':
        out.push({ text: token.content.replace(/\n$/, ''), background: '#eeeeee', preserveLeadingSpaces: true, margin: [0, 0, 0, 6] });
        break;
      case 'hr':
        out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5, lineColor: style.ruleColour }], margin: [0, 4, 0, 8] });
        break;
      case 'table_open':
        out.push(...table(inner, style));
        break;
      default:
        if (token.type === 'inline') out.push({ text: inlineContent(token.children ?? [], style), margin: [0, 0, 0, 6] });
    }
    i = end + 1;
  }
  return out;
}

/** Plain text of a cell's runs, for sizing its column. */
const cellText = (cell: Content): string => (typeof cell === 'object' && 'text' in cell ? (cell.text as Inline[]).map((r) => String(r.text)).join('') : String(cell));

/** Most columns in one table on the page; a wider table is split into parts that repeat the first column. */
const MAX_COLUMNS = 12;

/**
 * The widths of a table's columns as shares of the width it gets, by what the columns hold.
 * Fixed shares, not '*': pdfmake widens every '*' column to the widest unbreakable word of any
 * of them, and a table wider than the page loses its last columns. In a share too narrow for a
 * word, pdfmake breaks the word inside.
 */
function columnShares(rows: Content[][], columns: number): string[] {
  const weights = Array.from({ length: columns }, (_, c) => {
    const texts = rows.map((r) => cellText(r[c] ?? ''));
    const longestWord = Math.max(1, ...texts.flatMap((t) => t.split(/\s+/).map((w) => [...w].length)));
    const average = texts.reduce((sum, t) => sum + [...t].length, 0) / Math.max(1, texts.length);
    return Math.min(40, Math.max(longestWord, average / 2)) + 2;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  // Rounded down, so that the shares never add up to more than the whole.
  return weights.map((w) => `${Math.floor((w / total) * 1000) / 10}%`);
}

/** Smaller type for more columns, so that a wide table still reads. */
const tableFontSize = (columns: number): number => (columns <= 4 ? 9 : columns <= 7 ? 8 : 7);

function table(tokens: readonly Token[], style: MarkdownStyle): Content[] {
  const rows: Content[][] = [];
  let row: Content[] | null = null;
  let headerRows = 0;
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      rows.push(row);
      if (inHead) headerRows++;
      row = null;
    } else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
      const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1]! : null;
      const align = /text-align:(left|right|center)/.exec(t.attrGet('style') ?? '')?.[1] as 'left' | 'right' | 'center' | undefined;
      row.push({ text: inlineContent(inline?.children ?? [], style), bold: t.type === 'th_open' || undefined, alignment: align });
    }
  }
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const body = rows.map((r) => [...r, ...Array.from({ length: columns - r.length }, (): Content => '')]);
  // Column groups that fit across the page; each part after the first repeats the first column.
  const parts: number[][] = [];
  for (let c = 1; c < columns || parts.length === 0; c += MAX_COLUMNS - 1) {
    parts.push([0, ...Array.from({ length: Math.min(MAX_COLUMNS - 1, columns - c) }, (_, k) => c + k)]);
  }
  return parts.map((part) => {
    const partBody = body.map((r) => part.map((c) => r[c]!));
    return {
      table: { headerRows, widths: columnShares(partBody, part.length), body: partBody },
      layout: 'lightHorizontalLines',
      fontSize: tableFontSize(part.length),
      margin: [0, 0, 0, 8],
    };
  });
}

/** A Markdown text as pdfmake blocks. */
export function markdownBlocks(text: string, style: MarkdownStyle): Content[] {
  return blocks(markdown.parse(text, {}), style);
}

/** A short Markdown text (a list item, a table cell) as inline runs, without paragraph breaks. */
export function markdownInline(text: string, style: MarkdownStyle): Inline[] {
  return inlineContent(markdown.parseInline(text.trim(), {})[0]?.children ?? [], style);
}

/**
 * A Markdown text as inline runs of one text node, blocks separated by line breaks and list
 * items marked with a bullet or their number. For table cells: one text node lays out much
 * faster in pdfmake than a stack of blocks, and a cell rarely holds more than a sentence or two.
 */
export function markdownRuns(text: string, style: MarkdownStyle): Inline[] {
  const out: Inline[] = [];
  const tokens = markdown.parse(text, {});
  const counters: number[] = [];
  let pendingMarker: string | null = null;
  for (const token of tokens) {
    if (token.type === 'bullet_list_open') counters.push(-1);
    else if (token.type === 'ordered_list_open') counters.push(Number(token.attrGet('start') ?? 1));
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') counters.pop();
    else if (token.type === 'list_item_open') {
      const n = counters[counters.length - 1] ?? -1;
      pendingMarker = n < 0 ? '• ' : `${n}. `;
      if (n >= 0) counters[counters.length - 1] = n + 1;
    } else if (token.type === 'inline' || token.type === 'code_block' || token.type === 'fence') {
      if (out.length > 0) out.push({ text: '\n' });
      if (pendingMarker) out.push({ text: pendingMarker });
      pendingMarker = null;
      out.push(...(token.type === 'inline' ? inlineContent(token.children ?? [], style) : [{ text: token.content.replace(/\n$/, '') }]));
    }
  }
  return out;
}
