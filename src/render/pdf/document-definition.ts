import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PartEntry } from '../document-parts.js';
import type { DocumentView } from '../document-view.js';
import { budget, colophon, evaluation, glossary, introduction } from './back-matter.js';
import { createContext, titleWithPeriod } from './blocks.js';
import { contents } from './contents.js';
import { cover, type LogoData } from './cover.js';
import { actionsChapter, goals } from './goals.js';
import { breakLongWords } from './long-words.js';
import { fitToPages } from './page-fit.js';
import { overviews, stakeholdersChapter } from './overviews.js';
import { enforcement, inventory, legalBasis, precursors } from './fields.js';
import { analysis, chapter, missionVision } from './sections.js';
import { BODY_SIZE, CONTENT_HEIGHT, CONTENT_WIDTH, LINE_HEIGHT, MARGINS, MUTED_COLOUR, PAGE, TEXT_COLOUR, normaliseColour, styles, tint } from './theme.js';

export interface DefinitionOptions {
  logo: LogoData | null;
  creationDate: Date;
  fontFamily: string;
  svgFontFamily: string;
}

/** Keywords for the PDF's metadata: the plan's subject, its pillars and its municipalities. */
function keywords(view: DocumentView): string {
  const words = [view.labels.goals, ...view.missionVision.vision.pillars.map((p) => p.name), view.municipalities, view.period];
  return [...new Set(words.filter((w) => w.trim() !== ''))].join(', ');
}

/** A text for the running header: at most about half a line at its size, cut after a whole character. */
function shorten(text: string, max = 52): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The pdfmake document for a plan, in the order of the HTML output and of the view's table of
 * contents. A fresh object every call: pdfmake writes into the definition while laying it out.
 */
/**
 * The content as pdfmake may lay it out without losing any of it: every word fits its line
 * (long-words.ts), and nothing kept on one page is taller than a page (page-fit.ts; a
 * repeated table header takes some room). For the plan and the progress report alike.
 */
export function fittedContent(blocks: Content[], primary: string): Content[] {
  const content = breakLongWords(blocks) as Content[];
  fitToPages(content, { styles: styles(primary), width: CONTENT_WIDTH, height: CONTENT_HEIGHT - 40, fontSize: BODY_SIZE, lineHeight: LINE_HEIGHT });
  return content;
}

/** What every PDF of ours shares: A4 with our margins, the language, the document information, the text styles. */
export function pageFrame(
  lang: string,
  info: { title: string; author: string; subject: string; keywords: string },
  options: DefinitionOptions,
  primary: string,
): Pick<TDocumentDefinitions, 'pageSize' | 'pageMargins' | 'language' | 'info' | 'defaultStyle' | 'styles'> {
  return {
    pageSize: 'A4',
    pageMargins: [MARGINS.left, MARGINS.top, MARGINS.right, MARGINS.bottom],
    language: lang,
    info: { ...info, creator: 'plan (beleidsplan)', producer: 'pdfmake', creationDate: options.creationDate, modDate: options.creationDate },
    defaultStyle: { font: options.fontFamily, fontSize: BODY_SIZE, lineHeight: LINE_HEIGHT, color: TEXT_COLOUR },
    styles: styles(primary),
  };
}

export function documentDefinition(view: DocumentView, options: DefinitionOptions): TDocumentDefinitions {
  const primary = normaliseColour(view.primaryColor);
  const ctx = createContext(view, primary, options.svgFontFamily);
  const { labels } = view;

  // The parts in the order of the view (src/structure): the same list the HTML and Markdown templates walk.
  const part = (p: PartEntry): Content[] => {
    if (!p.present) return [];
    switch (p.kind) {
      case 'introduction':
        return view.introduction ? introduction(ctx, view.introduction) : [];
      case 'overviews':
        return overviews(ctx, view);
      case 'analysis':
        return [...analysis(ctx, view.analysis), ...(view.inventory ? inventory(ctx, view.inventory) : [])];
      case 'mission':
        return missionVision(ctx, view.missionVision);
      case 'goals':
        return goals(ctx, view.goals);
      case 'actions':
        return view.actions ? actionsChapter(ctx, view.actions) : [];
      case 'stakeholders':
        return view.stakeholdersChapter ? stakeholdersChapter(ctx, view.stakeholdersChapter, view.stakeholders) : [];
      case 'chapters':
        return p.chapters.flatMap((i) => chapter(ctx, view.chapters[i]!));
      case 'evaluation':
        return view.evaluation ? evaluation(ctx, view.evaluation) : [];
      case 'budget':
        return view.budget ? budget(ctx, view.budget) : [];
      case 'glossary':
        return view.glossary ? glossary(ctx, view.glossary) : [];
      case 'legal-basis':
        return view.legalBasis ? legalBasis(ctx, view.legalBasis) : [];
      case 'precursors':
        return view.precursors ? precursors(ctx, view.precursors) : [];
      case 'enforcement':
        return view.enforcement ? enforcement(ctx, view.enforcement) : [];
    }
  };
  const body: Content[] = view.parts.flatMap(part);
  const content = fittedContent([...cover(ctx, view, options.logo), ...contents(ctx, view.toc), ...body, ...colophon(ctx, view)], primary);
  const runningTitle = titleWithPeriod(view);
  // Cover and back page carry no running header or footer.
  const plain = (page: number, pages: number): boolean => page === 1 || page === pages;

  return {
    ...pageFrame(view.lang, { title: runningTitle, author: view.municipalities, subject: view.subtitle ?? runningTitle, keywords: keywords(view) }, options, primary),
    background: (page: number) =>
      page === 1
        ? { canvas: [{ type: 'rect', x: 0, y: 0, w: 18, h: PAGE.height, color: primary }, { type: 'rect', x: 18, y: 0, w: 6, h: PAGE.height, color: tint(primary, 0.6) }] }
        : null,
    header: (page: number, pages: number) =>
      plain(page, pages)
        ? null
        : {
            stack: [
              // One line each: the running header repeats the cover, and a longer one would run into the page.
              { columns: [{ text: shorten(runningTitle), noWrap: true }, { text: shorten(view.municipalities), noWrap: true, alignment: 'right' }], fontSize: 8, color: MUTED_COLOUR },
              { canvas: [{ type: 'line', x1: 0, y1: 4, x2: PAGE.width - MARGINS.left - MARGINS.right, y2: 4, lineWidth: 0.6, lineColor: primary }] },
            ],
            margin: [MARGINS.left, 34, MARGINS.right, 0],
          },
    footer: (page: number, pages: number) =>
      plain(page, pages)
        ? null
        : {
            text: labels.pageOfPages.replace('{page}', String(page)).replace('{pages}', String(pages)),
            alignment: 'right',
            fontSize: 8,
            color: MUTED_COLOUR,
            margin: [MARGINS.left, 24, MARGINS.right, 0],
          },
    content,
  };
}
