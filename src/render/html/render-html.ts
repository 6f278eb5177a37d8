import type { HelperDelegate } from 'handlebars';
import { libraries } from '../../libraries/libraries.js';
import type { DocumentView } from '../document-view.js';
import { markdownInlineToHtml, markdownToHtml } from '../markdown-text.js';
import { commonHelpers } from '../template-helpers.js';
import type { ReportView } from '../report/report-view.js';
import { compileTemplates, REPORT_ROOT_PARTIAL, type TemplateSet } from '../templates.js';
import { isRendererMarkup } from '../renderer-markup.js';

const htmlHelpers: Record<string, HelperDelegate> = {
  ...commonHelpers,
  /** Markdown paragraphs, lists, quotes and links from a text field; raw HTML is escaped. */
  md: (text: unknown) => new (libraries().handlebars.SafeString)(typeof text === 'string' ? markdownToHtml(text) : ''),
  mdInline: (text: unknown) => new (libraries().handlebars.SafeString)(typeof text === 'string' ? markdownInlineToHtml(text) : ''),
  /**
   * Markup the renderer made itself (the SVG chart) as it is. Anything else, such as a text
   * from the YAML in an override, is returned as text, which Handlebars escapes: only renderer code can make RendererMarkup
   * (Handlebars writes it through its toHTML).
   */
  trusted: (value: unknown) => (isRendererMarkup(value) ? value : typeof value === 'string' ? value : ''),
};

/** One self-contained HTML file: styles inline, logo as a data URL, chart as inline SVG. */
export function renderHtml(view: DocumentView, templates: TemplateSet): string {
  return compileTemplates(templates, htmlHelpers, { noEscape: false }).render(view);
}

/** The progress report as one self-contained HTML file, in the plan's house style. */
export function renderReportHtml(view: ReportView, templates: TemplateSet): string {
  return compileTemplates(templates, htmlHelpers, { noEscape: false, root: REPORT_ROOT_PARTIAL }).render(view);
}
