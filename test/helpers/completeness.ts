/**
 * Completeness of the PDF: every word of the document view is in the PDF's text.
 *
 * The view's words are those of every text it holds, Markdown read as markdown-it reads it
 * (markup gone, link text kept), split into runs of letters and digits. The PDF's text is
 * pdftotext's, page by page in the order it was drawn (`-raw`), with all white space taken out:
 * a word broken over two lines, with or without a hyphen, reads whole again. A long word that a
 * page break cuts (a table row carried over) continues on the next page after the repeated
 * header; it is followed there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { DocumentView } from '../../src/render/document-view.js';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

/**
 * Keys of the view that are not printed as text: settings, anchors and ids, the chart's SVG
 * (its numbers and names are drawn from the same view: the counts and pillar names are
 * checked where they are text), the labels (the PDF uses only some of them), the order of the
 * parts (its ids say which part comes where; the parts themselves are walked in their own keys).
 */
const NOT_TEXT = new Set(['lang', 'labels', 'primaryColor', 'logo', 'anchor', 'id', 'svg', 'style', 'counts', 'type', 'appendix', 'level', 'hasRows', 'partnerId', 'cells', 'parts']);

/** The plain text markdown-it makes of a Markdown text. */
function plain(text: string): string {
  const out: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>): void => {
    for (const t of tokens) {
      if (t.children) walk(t.children);
      else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'code_block' || t.type === 'fence' || t.type === 'image') out.push(t.content);
      out.push(' ');
    }
  };
  walk(md.parse(text, {}));
  return out.join('');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of the texts of the view. */
export function viewWords(view: DocumentView): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (NOT_TEXT.has(key)) return;
    if (typeof value === 'string' || typeof value === 'number') {
      for (const [w] of plain(String(value)).matchAll(WORD)) words.add(w);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(view, '');
  return words;
}

/** The PDF's text per page, without white space, as pdftotext draws it out in content order. */
export function pdfPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'completeness-'));
  try {
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    return text.split('\f').map((page) => page.replace(/\s+/gu, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether `word` is on page `n`, or begins there and goes on over the following pages. */
function foundFrom(word: string, pages: readonly string[], n: number): boolean {
  const page = pages[n];
  if (page === undefined) return false;
  if (page.includes(word)) return true;
  // The longest start of the word at the end of something on this page, then the rest further on.
  for (let cut = word.length - 1; cut >= 8; cut--) {
    if (page.includes(word.slice(0, cut))) return foundFrom(word.slice(cut), pages, n + 1);
  }
  return false;
}

/** The words of the view that the PDF does not hold. */
export function missingWords(view: DocumentView, pdf: Uint8Array): string[] {
  const pages = pdfPages(pdf);
  const all = pages.join('');
  return [...viewWords(view)].filter((w) => !all.includes(w) && !pages.some((_, n) => foundFrom(w, pages, n)));
}
