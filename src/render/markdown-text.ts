import { libraries } from '../libraries/libraries.js';
import { isSafeDestination, unsafeDestinations } from './markdown-links.js';

/**
 * Text fields in the YAML are Markdown. For HTML they become markup with raw HTML switched
 * off, so `<script>` in a field is shown as text, never run. Only http, https, mailto and
 * same-document (#…) links become links; any other target stays text, as markdown-it shows it.
 * An image becomes its alt text, linked to the image's address: plan.html is one
 * self-contained file and loads nothing from elsewhere (no remote pictures, no tracking pixels).
 */
const markdown = new (libraries().markdownIt)({ html: false, linkify: false, typographer: false, breaks: false });
markdown.validateLink = isSafeDestination;
markdown.renderer.rules.image = (tokens, index, _options, env, self) => {
  const token = tokens[index]!;
  const alt = self.renderInlineAsText(token.children ?? [], markdown.options, env) || (token.attrGet('src') ?? '');
  const text = markdown.utils.escapeHtml(alt);
  // Inside a link already ([![logo](…)](https://…)): the alt text alone, no link in a link.
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) depth += tokens[i]!.type === 'link_open' ? 1 : tokens[i]!.type === 'link_close' ? -1 : 0;
  if (depth > 0) return text;
  return `<a href="${markdown.utils.escapeHtml(token.attrGet('src') ?? '')}">${text}</a>`;
};

export function markdownToHtml(text: string): string {
  return markdown.render(text);
}

export function markdownInlineToHtml(text: string): string {
  return markdown.renderInline(text);
}

const TAG_START = /<(?=[A-Za-z/!?])/g;
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
        .map(({ text, code }) => (code ? text.replace(TAG_START, IN_CODE) : text.replace(TAG_START, '&lt;')))
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

/**
 * A text field for plan.md: Markdown it stays, with what a viewer would take for HTML escaped
 * ({@link sanitizeMarkdown}), and checked for where its links go ({@link unsafeDestinations}).
 * Other viewers parse plan.md without markdown-it's link check, so a text whose link or
 * reference definition goes anywhere but http, https, mailto or #… loses its link syntax:
 * every "[" and "]" is escaped, and the text reads as written. An image (`![alt](url)`)
 * becomes a link to its address, as in plan.html.
 */
export function markdownTextForMarkdown(text: string, paranoid = false): string {
  const clean = sanitizeMarkdown(text);
  if (!paranoid) {
    const unsafe = unsafeDestinations(clean);
    if (unsafe.length === 0) return clean;
    if (unsafe.every((d) => d.kind === 'image' && isSafeDestination(d.href))) {
      const linked = imagesAsLinks(clean);
      if (unsafeDestinations(linked).length === 0) return linked;
    }
  }
  return withoutLinkSyntax(clean);
}

/** "![" outside code becomes "[": the image a link with its alt text. */
function imagesAsLinks(text: string): string {
  return text
    .split('\n')
    .map((line) => codeSpans(line).map(({ text: part, code }) => (code ? part : part.replace(/(^|[^\\])!\[/g, '$1['))).join(''))
    .join('\n');
}

/** Every "[" and "]" escaped, in code too: no link, image or reference definition is left. */
function withoutLinkSyntax(text: string): string {
  return text.replace(/\\?([[\]])/g, '\\$1');
}

/**
 * A plain text (a title, a name, a label) for plan.md: characters that Markdown reads as
 * syntax are escaped, so the text shows as written and never becomes a link, an image,
 * emphasis or HTML. Its inverse is {@link unescapePlainMarkdown}.
 */
export function plainMarkdown(text: string): string {
  return text.replace(/[\\[\]*_`~]|&(?=#?\w+;)/g, '\\$&').replace(TAG_START, '&lt;');
}

/** The text that {@link plainMarkdown} was given. */
export function unescapePlainMarkdown(text: string): string {
  return text.replace(/\\([\\[\]*_`~&])|&lt;(?=[A-Za-z/!?])/g, (_, escaped: string | undefined) => escaped ?? '<');
}

/** A path as a Markdown link destination: in <…>, so spaces and parentheses keep it whole. */
export function markdownDestination(path: string): string {
  const relative = /^[./]/.test(path) ? path : `./${path}`;
  return `<${relative.replace(/[\\<>]/g, '\\$&').replace(/[\r\n]/g, '')}>`;
}
