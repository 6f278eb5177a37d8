import { libraries } from './libraries.js';

/**
 * Text fields in the YAML are Markdown. For HTML they become markup with raw HTML switched
 * off, so `<script>` in a field is shown as text, never run; markdown-it also refuses
 * `javascript:` and similar link targets.
 */
const markdown = new (libraries().markdownIt)({ html: false, linkify: false, typographer: false, breaks: false });

export function markdownToHtml(text: string): string {
  return markdown.render(text);
}

export function markdownInlineToHtml(text: string): string {
  return markdown.renderInline(text);
}

const TAG_START = /<(?=[A-Za-z/!?])/g;
/**
 * A link whose target would run code or read local files in a Markdown viewer, inline
 * (`](javascript:…`) or as a reference definition (`[x]: javascript:…`); an entity at the
 * start of a target (`&#106;avascript:`) is treated the same, since viewers decode it.
 */
const UNSAFE_LINK = /(\]\(\s*<?\s*|^\s{0,3}\[[^\]]+\]:\s*<?\s*)(?:(?:javascript|vbscript|data|file)\s*:|&)[^)\s>]*/gi;
/** "<" and a zero-width space: no tag start for any Markdown viewer, and it shows as "<". */
const IN_CODE = '<\u200B';

/**
 * For Markdown output the text stays Markdown, but anything that a Markdown viewer would take
 * for raw HTML is escaped: "<" before a letter, "/", "!" or "?" becomes "&lt;".
 *
 * In code spans and fenced blocks "&lt;" would show as such, so there the "<" gets an
 * invisible zero-width space after it instead: still no tag, and it reads as "<". Whether
 * something is code depends on where the text lands (after other words on a line, a fence
 * is none; a code span may pair across lines), which this function cannot know; so code
 * gets the same protection, only in a form that does not show.
 */
export function sanitizeMarkdown(text: string): string {
  const lines = text.split(/\r?\n/);
  let fence: string | null = null;
  return lines
    .map((line, index) => {
      const marker = /^\s{0,3}(`{3,}(?=[^`]*$)|~{3,})/.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line.replace(TAG_START, IN_CODE);
      }
      if (marker && index > 0) {
        fence = marker;
        return line.replace(TAG_START, IN_CODE);
      }
      return codeSpans(line)
        .map(({ text, code }) => (code ? text.replace(TAG_START, IN_CODE) : text.replace(TAG_START, '&lt;').replace(UNSAFE_LINK, '$1#')))
        .join('');
    })
    .join('\n');
}

/**
 * A line cut into code spans and the text between them, as CommonMark reads them: a span
 * opens with a run of backticks and closes at the next run of exactly the same length. A
 * run with no such partner is literal text (`a <b>``` is no code span: the <b> is HTML).
 */
function codeSpans(line: string): Array<{ text: string; code: boolean }> {
  const parts: Array<{ text: string; code: boolean }> = [];
  const runs = [...line.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  let done = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    if (open.at < done) continue;
    const close = runs.slice(i + 1).find((r) => r.length === open.length);
    if (!close) continue;
    parts.push({ text: line.slice(done, open.at), code: false }, { text: line.slice(open.at, close.at + close.length), code: true });
    done = close.at + close.length;
  }
  parts.push({ text: line.slice(done), code: false });
  return parts;
}

/** A plain string made safe for one cell of a Markdown table: one line, no column breaks. */
export function markdownTableCell(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}
