import MarkdownIt from 'markdown-it';

/**
 * Text fields in the YAML are Markdown. For HTML they become markup with raw HTML switched
 * off, so `<script>` in a field is shown as text, never run; markdown-it also refuses
 * `javascript:` and similar link targets.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

export function markdownToHtml(text: string): string {
  return markdown.render(text);
}

export function markdownInlineToHtml(text: string): string {
  return markdown.renderInline(text);
}

const TAG_START = /<(?=[A-Za-z/!?])/g;

/**
 * For Markdown output the text stays Markdown, but anything that a Markdown viewer would take
 * for raw HTML is escaped. Code spans and fenced blocks are left alone: there `<` is literal.
 */
export function sanitizeMarkdown(text: string): string {
  const lines = text.split(/\r?\n/);
  let fence: string | null = null;
  return lines
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      // Split on code spans so their content stays literal.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(TAG_START, '&lt;')))
        .join('');
    })
    .join('\n');
}

/** A plain string made safe for one cell of a Markdown table: one line, no column breaks. */
export function markdownTableCell(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}
