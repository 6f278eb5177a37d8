import type Handlebars from 'handlebars';
import type { DocumentView } from '../document-view.js';
import { markdownTableCell, sanitizeMarkdown } from '../markdown-text.js';
import { commonHelpers } from '../template-helpers.js';
import { mapStrings } from '../clean-view.js';
import type { ReportView } from '../report/report-view.js';
import { compileTemplates, REPORT_ROOT_PARTIAL, type TemplateSet } from '../templates.js';

const markdownHelpers: Record<string, Handlebars.HelperDelegate> = {
  ...commonHelpers,
  /** A text field as a Markdown block: it already is Markdown, so only its ends are trimmed. */
  md: (text: unknown) => (typeof text === 'string' ? text.trim() : ''),
  /**
   * A text field inside a list item or table cell: one line. Escaped again once joined: a
   * line that opened a code fence (and so kept its "<") is no fence on a joined line.
   */
  mdInline: (text: unknown) => (typeof text === 'string' ? sanitizeMarkdown(text.trim().replace(/\s*\r?\n\s*/g, ' ')) : ''),
  /** Two spaces per level below the first, for nested list items. */
  indent: (level: unknown) => '  '.repeat(Math.max(0, Number(level) - 1)),
  /** The anchor GitHub and GitLab give a heading "<number> <title>", so contents links work there. */
  slug: (number: unknown, title: unknown) => headingSlug([number, title].filter((x) => typeof x === 'string' && x !== '').join(' ')),
  cell: (text: unknown) => (text === null || text === undefined ? '' : sanitizeMarkdown(markdownTableCell(String(text)))),
};

export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Blank lines collapse to one, so partials can be laid out freely. */
function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** CommonMark for a git host or wiki: the chart becomes a table, the logo a linked image. */
export function renderMarkdown(view: DocumentView, templates: TemplateSet): string {
  const safe = mapStrings({ ...view, overviews: { ...view.overviews, pillarBalance: { ...view.overviews.pillarBalance, svg: '' } } }, sanitizeMarkdown);
  return tidy(compileTemplates(templates, markdownHelpers, { noEscape: true }).render(safe));
}

/** The progress report in CommonMark: each chart becomes its table of measurements. */
export function renderReportMarkdown(view: ReportView, templates: TemplateSet): string {
  const withoutCharts = { ...view, plan: null, indicators: { ...view.indicators, items: view.indicators.items.map((i) => ({ ...i, svg: '' })) } };
  const safe = mapStrings(withoutCharts, sanitizeMarkdown);
  return tidy(compileTemplates(templates, markdownHelpers, { noEscape: true, root: REPORT_ROOT_PARTIAL }).render(safe));
}
