import type Handlebars from 'handlebars';
import type { DocumentView } from '../document-view.js';
import { unsafeDestinations } from '../markdown-links.js';
import { markdownDestination, markdownTableCell, markdownTextForMarkdown, plainMarkdown, unescapePlainMarkdown } from '../markdown-text.js';
import { commonHelpers } from '../template-helpers.js';
import { mapStrings } from '../clean-view.js';
import { rendererMarkup } from '../renderer-markup.js';
import type { ReportView } from '../report/report-view.js';
import { compileTemplates, REPORT_ROOT_PARTIAL, type TemplateSet } from '../templates.js';

/**
 * Every string of the view reaches the templates escaped as plain text (plainMarkdown): a
 * title or a name shows as written and never becomes a link. The helpers that take a
 * Markdown text (md, mdInline) undo that escaping and check the text's links instead.
 */
function markdownHelpers(paranoid: boolean): Record<string, Handlebars.HelperDelegate> {
  const text = (value: unknown): string => markdownTextForMarkdown(unescapePlainMarkdown(value as string).trim(), paranoid);
  return {
    ...commonHelpers,
    /** A text field as a Markdown block: it already is Markdown. */
    md: (value: unknown) => (typeof value === 'string' ? text(value) : ''),
    /** A text field inside a list item or table cell: one line. */
    mdInline: (value: unknown) => (typeof value === 'string' ? text(value.replace(/\s*\r?\n\s*/g, ' ')) : ''),
    /** Two spaces per level below the first, for nested list items. */
    indent: (level: unknown) => '  '.repeat(Math.max(0, Number(level) - 1)),
    /** The anchor GitHub and GitLab give a heading "<number> <title>", so contents links work there. */
    slug: (number: unknown, title: unknown) => headingSlug([number, title].filter((x) => typeof x === 'string' && x !== '').map((x) => unescapePlainMarkdown(x as string)).join(' ')),
    cell: (value: unknown) => (value === null || value === undefined ? '' : markdownTableCell(typeof value === 'string' ? value : plainMarkdown(String(value)))),
  };
}

/** One constant object per mode, so the compiled templates can be kept between renders (plan preview). */
const plainHelpers = markdownHelpers(false);
const strictHelpers = markdownHelpers(true);

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

/** plan.md links somewhere it must not: only a template override can put such a link there. */
export class UnsafeMarkdownError extends Error {
  constructor(readonly href: string) {
    super(`plan.md would link to ${href}`);
    this.name = 'UnsafeMarkdownError';
  }
}

/**
 * CommonMark for a git host or wiki: the chart becomes a table, the logo a linked image
 * (`logoPath` relative to plan.md). The finished file is read back with markdown-it: should a
 * link to anything but http, https, mailto or #… have come about after all (two texts that
 * only together form one), every text is written again without link syntax.
 */
export function renderMarkdown(view: DocumentView, templates: TemplateSet, logoPath: string | null = null): string {
  const path = logoPath === null ? null : /^[./]/.test(logoPath) ? logoPath : `./${logoPath}`;
  const plain = plainView({ ...view, overviews: { ...view.overviews, pillarBalance: { ...view.overviews.pillarBalance, svg: rendererMarkup('') } } });
  const safe = plain.logo && path !== null ? { ...plain, logo: { ...plain.logo, src: markdownDestination(path) } } : plain;
  return renderChecked(safe, templates, {}, path);
}

/** The progress report in CommonMark: each chart becomes its table of measurements. */
export function renderReportMarkdown(view: ReportView, templates: TemplateSet): string {
  const withoutCharts = { ...view, plan: null, indicators: { ...view.indicators, items: view.indicators.items.map((i) => ({ ...i, svg: rendererMarkup('') })) } };
  return renderChecked(plainView(withoutCharts), templates, { root: REPORT_ROOT_PARTIAL }, null);
}

/** Every string escaped as plain Markdown text; an e-mail address stays as it is, for mailto links. */
function plainView<T>(view: T): T {
  return mapStrings(view, (s, key) => (key === 'email' && /^[\w.%+-]+@[\w.-]+$/.test(s) ? s : plainMarkdown(s)));
}

/**
 * Renders, then reads the result back with markdown-it: should a link to anything but http,
 * https, mailto or #… have come about after all (two texts that only together form one),
 * every text is written again without link syntax.
 */
function renderChecked(data: unknown, templates: TemplateSet, options: { root?: string }, logoPath: string | null): string {
  const render = (paranoid: boolean): string => tidy(compileTemplates(templates, paranoid ? strictHelpers : plainHelpers, { noEscape: true, ...options }).render(data));
  const first = render(false);
  if (unsafeDestinations(first, logoPath ?? undefined).length === 0) return first;
  const second = render(true);
  const left = unsafeDestinations(second, logoPath ?? undefined);
  if (left.length > 0) throw new UnsafeMarkdownError(left[0]!.href);
  return second;
}
