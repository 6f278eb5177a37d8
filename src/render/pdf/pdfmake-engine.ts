import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { useDirectLayout, type EmbeddedFont } from './glyph-layout.js';
import { keepingLines } from './keep-lines.js';
import { useFastStyleLookup, type StyleContextStackClass } from './style-lookup.js';
import type { LaidOutInline, LaidOutPage } from './laid-out.js';
import { lineRenderer } from './line-renderer.js';
import { runStyleTextInlines } from './text-measure.js';
import { libraries, type PdfmakeModule } from '../libraries.js';

/**
 * pdfmake driven step by step: lay the document out, tidy the laid-out lines, draw them with
 * PDFKit and collect the bytes. This is what pdfmake's own `createPdf(...).getBuffer()` does
 * (Printer.createPdfKitDocument in pdfmake 0.3.11, whose modules are used here), with the
 * speed-ups of docs/pdf.md on the way:
 *
 * - in layout, the style of a run of text asked once, not for every word (text-measure.ts),
 *   and every style question answered without allocating (style-lookup.ts);
 * - between layout and drawing, the alike words of a line joined into runs ({@link mergeInlines});
 * - in drawing, plain lines as one text object each (line-renderer.ts);
 * - in PDFKit's document ({@link planDocument}), content collected per page, fonts looked up
 *   once, plain text laid out without fontkit's layout engine (glyph-layout.ts), the SVG
 *   fonts handed out as the text fonts, destinations sorted without ICU.
 *
 * The package is pinned to that version in package.json, since these modules are not its
 * documented interface. Loaded on first use (../libraries.ts): pdfmake and PDFKit take a good
 * part of a second to load, which `plan validate` and HTML-only renders should not pay.
 */

export type { LaidOutInline, LaidOutPage } from './laid-out.js';

interface LaidOutLine {
  inlines: LaidOutInline[];
  _pageNodeRef?: unknown;
}

/** Whether two neighbouring runs of a line are drawn alike, so that one text operation can draw both. */
function drawnAlike(a: LaidOutInline, b: LaidOutInline): boolean {
  return (
    a.font === b.font &&
    a.fontSize === b.fontSize &&
    a.height === b.height &&
    a.color === b.color &&
    a.opacity === b.opacity &&
    a.link === b.link &&
    a.linkToPage === b.linkToPage &&
    a.linkToDestination === b.linkToDestination &&
    a.fontFeatures === b.fontFeatures &&
    a.sup === b.sup &&
    a.sub === b.sub &&
    a.decoration === b.decoration &&
    a.decorationColor === b.decorationColor &&
    a.decorationStyle === b.decorationStyle &&
    a.decorationThickness === b.decorationThickness &&
    a.background === b.background &&
    !a.characterSpacing &&
    !b.characterSpacing &&
    !a.justifyShift &&
    !b.justifyShift &&
    // A page number of the contents is filled in while drawing.
    a._pageNodeRef === undefined &&
    b._pageNodeRef === undefined &&
    a._pageRef === undefined &&
    b._pageRef === undefined &&
    a._tocItemRef === undefined &&
    b._tocItemRef === undefined
  );
}

/** Ends in a space or tab: PDFKit measures and draws text word by word, each word with the space after it. */
const endsInSpace = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9;
};

/**
 * Joins the runs of each laid-out line that are drawn alike and follow each other without a
 * gap into one run. pdfmake lays text out word by word and its renderer draws every word as a
 * text operation of its own (a font, a colour, a position, save and restore: some ten PDF
 * operators per word); most lines are a single run once joined. The glyphs land where they
 * did: PDFKit places the glyphs of a run word by word at the widths the layout measured, and a
 * run is only joined after a space, where PDFKit's word-by-word measuring cuts it anyway.
 *
 * Run objects are replaced, not changed: pdfmake may share a run between copies of a line.
 */
export function mergeInlines(pages: readonly LaidOutPage[]): void {
  for (const page of pages) {
    for (const entry of page.items) {
      if (entry.type !== 'line') continue;
      const line = entry.item as LaidOutLine;
      const inlines = line.inlines;
      if (inlines.length < 2 || line._pageNodeRef !== undefined) continue;
      let merged: LaidOutInline[] | null = null;
      let current = inlines[0]!;
      let fresh = false;
      for (let i = 1; i < inlines.length; i++) {
        const next = inlines[i]!;
        if (endsInSpace(current.text) && drawnAlike(current, next) && Math.abs(current.x + current.width - next.x) < 1e-6) {
          merged ??= inlines.slice(0, i - 1);
          if (!fresh) {
            current = { ...current };
            fresh = true;
          }
          current.text += next.text;
          current.width += next.width;
        } else {
          merged?.push(current);
          current = next;
          fresh = false;
        }
      }
      if (merged) {
        merged.push(current);
        line.inlines = merged;
      }
    }
  }
}

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (arg?: unknown) => void): void;
  end(): void;
}

type Ctor<T> = new (...args: never[]) => T;

interface Engine {
  PDFDocument: new (
    fonts: unknown,
    images: unknown,
    patterns: unknown,
    attachments: unknown,
    options: Record<string, unknown>,
    virtualfs: unknown,
    localAccessPolicy: ((path: string) => boolean) | undefined,
  ) => PdfKitDocument;
  LayoutBuilder: new (
    pageSize: unknown,
    pageMargins: unknown,
    svgMeasure: unknown,
  ) => {
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(...args: unknown[]): LaidOutPage[];
  };
  /** The layout with text measured run by run (text-measure.ts). */
  RunLayoutBuilder: Engine['LayoutBuilder'];
  SVGMeasure: Ctor<unknown>;
  Renderer: new (pdfDocument: PdfKitDocument, progressCallback: undefined) => { renderPages(pages: LaidOutPage[]): void };
  /** The renderer with plain lines drawn as one text object each (line-renderer.ts). */
  LineRenderer: Engine['Renderer'];
  tableLayouts: unknown;
  normalizePageSize(size: unknown, orientation: unknown): unknown;
  normalizePageMargin(margin: unknown): unknown;
}

let engine: Engine | null = null;

/** The part of PDFKit's document and page that content goes through. */
interface ContentTarget {
  page: { write(chunk: Uint8Array | string): void };
  addContent(data: string): unknown;
  addPage(options?: unknown): unknown;
  flushPages(): void;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
  font(src: unknown, family?: unknown, size?: unknown): unknown;
  fontSize(size: number): unknown;
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
}

/**
 * pdfmake's PDFKit document, with changes that leave the output as it was:
 *
 * - The drawing operators of a page are collected as text and written to the page's content
 *   stream at once when the page is done. PDFKit writes each operator as a buffer of its own,
 *   which are then joined. Only a page that PDFKit made is collected: the SVG renderer points
 *   the document's page at a stand-in for a group of its own for a while, and its content
 *   goes through as before.
 * - Fonts are looked up once per family and style (pdfmake builds the style's name anew for
 *   every word), and lay plain text out without fontkit's layout engine (glyph-layout.ts).
 * - A font file named in `fontAliases` (an SVG twin) is the text font it stands for, not a
 *   second reading and parsing of the same font.
 * - The named destinations (the headings the contents link to) are sorted by their characters,
 *   as the PDF format asks, not with localeCompare: the first localeCompare of a process sets
 *   up ICU's collation, some 10 ms. The destination names are made of a-z, 0-9 and hyphens
 *   (blocks.ts), which both orders put alike.
 */
function planDocument(Base: Engine['PDFDocument']): Engine['PDFDocument'] {
  const Document = Base as unknown as new (...args: unknown[]) => ContentTarget & { _root?: { data?: { Names?: { data?: { Dests?: NameTree } } } } };
  interface NameTree {
    _compareKeys(a: string, b: string): number;
  }
  const byCharacters = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  class PlanDocument extends Document {
    private collecting: ContentTarget['page'] | null = null;
    private collected = '';
    private providedFonts = new Map<string, Array<EmbeddedFont | undefined>>();
    /** Set after construction: see EngineOptions.fontAliases. */
    fontAliases: EngineOptions['fontAliases'] = undefined;

    constructor(...args: unknown[]) {
      super(...args);
      const destinations = this._root?.data?.Names?.data?.Dests;
      if (destinations) destinations._compareKeys = byCharacters;
    }

    override provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont {
      let styles = this.providedFonts.get(family);
      if (!styles) this.providedFonts.set(family, (styles = []));
      const style = (bold ? 2 : 0) + (italics ? 1 : 0);
      let font = styles[style];
      if (!font) {
        font = super.provideFont(family, bold, italics);
        useDirectLayout(font);
        styles[style] = font;
      }
      return font;
    }

    override font(src: unknown, family?: unknown, size?: unknown): this {
      const alias = typeof src === 'string' ? this.fontAliases?.[src] : undefined;
      if (!alias) {
        super.font(src, family, size);
        return this;
      }
      // As PDFKit's font() for a font it has open already.
      if (typeof family === 'number') size = family;
      this._fontSource = src;
      this._fontFamily = typeof family === 'number' ? null : family;
      if (size != null) this.fontSize(size as number);
      this._font = this.provideFont(alias.family, alias.bold, alias.italics);
      return this;
    }

    override addContent(data: string): this {
      if (this.page === this.collecting) this.collected += `${data}\n`;
      else super.addContent(data);
      return this;
    }

    override addPage(options?: unknown): this {
      super.addPage(options);
      this.collecting = this.page;
      return this;
    }

    override flushPages(): void {
      if (this.collecting && this.collected !== '') this.collecting.write(Buffer.from(this.collected, 'latin1'));
      this.collected = '';
      super.flushPages();
    }
  }
  return PlanDocument as unknown as Engine['PDFDocument'];
}

/** pdfmake's LayoutBuilder, measuring text with `TextInlines` in place of pdfmake's own. */
function layoutWith(Base: Engine['LayoutBuilder'], TextInlines: new (pdfDocument: never) => unknown): Engine['LayoutBuilder'] {
  const Builder = Base as unknown as new (...args: unknown[]) => { docMeasure: { pdfDocument: unknown; textInlines: unknown }; tryLayoutDocument(...args: unknown[]): unknown };
  class RunLayoutBuilder extends Builder {
    override tryLayoutDocument(...args: unknown[]): unknown {
      this.docMeasure.textInlines = new TextInlines(this.docMeasure.pdfDocument as never);
      return super.tryLayoutDocument(...args);
    }
  }
  return RunLayoutBuilder as unknown as Engine['LayoutBuilder'];
}

function loadEngine(): Engine {
  if (engine) return engine;
  const load = (name: PdfmakeModule): Record<string, unknown> => libraries().pdfmakeModule(name);
  const pageSize = load('PageSize');
  useFastStyleLookup(load('StyleContextStack').default as StyleContextStackClass);
  engine = {
    PDFDocument: planDocument(load('PDFDocument').default as Engine['PDFDocument']),
    LayoutBuilder: load('LayoutBuilder').default as Engine['LayoutBuilder'],
    RunLayoutBuilder: layoutWith(
      load('LayoutBuilder').default as Engine['LayoutBuilder'],
      runStyleTextInlines(load('TextInlines').default as new (pdfDocument: never) => object, load('StyleContextStack').default as never),
    ),
    SVGMeasure: load('SVGMeasure').default as Engine['SVGMeasure'],
    Renderer: load('Renderer').default as Engine['Renderer'],
    LineRenderer: lineRenderer(load('Renderer').default as Engine['Renderer']),
    tableLayouts: load('tableLayouts').tableLayouts,
    normalizePageSize: pageSize.normalizePageSize as Engine['normalizePageSize'],
    normalizePageMargin: pageSize.normalizePageMargin as Engine['normalizePageMargin'],
  };
  return engine;
}

const keptLines = new Map<Engine['LayoutBuilder'], Engine['LayoutBuilder']>();

/** A layout class with widow and orphan control, made once per class. */
function withKeptLines(Layout: Engine['LayoutBuilder']): Engine['LayoutBuilder'] {
  let Kept = keptLines.get(Layout);
  if (!Kept) {
    Kept = keepingLines(Layout);
    keptLines.set(Layout, Kept);
  }
  return Kept;
}

/** The document information as pdfmake writes it: its own Producer and Creator first, then the definition's, capitalised. */
function metadata(info: TDocumentDefinitions['info']): Record<string, unknown> {
  const out: Record<string, unknown> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(info ?? {})) {
    if (value) out[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  }
  return out;
}

export interface EngineOptions {
  /** pdfmake's font dictionary: family → style → file name (in `files`) or path. */
  fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;
  /** In-memory files, by name: the fonts. */
  files: { existsSync(name: string): boolean; readFileSync(name: string): Buffer };
  /** Which files on disk may be read (the SVG fonts). */
  mayRead: (path: string) => boolean;
  /**
   * Font files (the SVG fonts) that are another name of a font of the dictionary: opened as
   * that font, the one the text already uses. Were one opened before the text opened its
   * font, the fonts after it would be numbered one lower than pdfmake numbers them.
   */
  fontAliases?: Record<string, { family: string; bold: boolean; italics: boolean }>;
  /** Join the runs of a line that are drawn alike ({@link mergeInlines}); on unless false. For tests. */
  joinRuns?: boolean;
  /** Draw plain lines as one text object each (line-renderer.ts); on unless false. For tests. */
  lineObjects?: boolean;
  /** Ask the style of a run of text once, not for every word (text-measure.ts); on unless false. For tests. */
  runStyles?: boolean;
  /**
   * Widow and orphan control (keep-lines.ts): at least two lines of a paragraph on either
   * side of a page break. On unless false; pdfmake itself has none, so tests that compare
   * with pdfmake's own output turn it off.
   */
  keepLines?: boolean;
}

/**
 * Renders a pdfmake document definition to PDF bytes. With `joinRuns`, `lineObjects` and
 * `keepLines` off, the same bytes as pdfmake's createPdf; `joinRuns` and `lineObjects` draw
 * the same pages in fewer operators, `keepLines` moves page breaks out of paragraphs' first
 * and last lines. Only what the plan's definition uses is supported: no images dictionary,
 * attachments, patterns, encryption or page-break callback.
 */
export function renderDefinition(definition: TDocumentDefinitions, options: EngineOptions): Promise<Buffer> {
  const { PDFDocument, LayoutBuilder, RunLayoutBuilder, SVGMeasure, Renderer, LineRenderer, tableLayouts, normalizePageSize, normalizePageMargin } = loadEngine();
  const pageSize = normalizePageSize(definition.pageSize, definition.pageOrientation) as { width: number; height: number };
  const doc = new PDFDocument(
    options.fonts,
    {},
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      pdfVersion: definition.version ?? '1.3',
      subset: undefined,
      tagged: false,
      displayTitle: false,
      compress: definition.compress ?? true,
      userPassword: undefined,
      ownerPassword: undefined,
      permissions: undefined,
      lang: definition.language,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      info: metadata(definition.info),
      font: null,
    },
    options.files,
    options.mayRead,
  );
  (doc as unknown as { fontAliases: EngineOptions['fontAliases'] }).fontAliases = options.fontAliases;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const Layout = options.runStyles === false ? LayoutBuilder : RunLayoutBuilder;
  const builder = new (options.keepLines === false ? Layout : withKeptLines(Layout))(pageSize, normalizePageMargin(definition.pageMargins ?? 40), new SVGMeasure());
  builder.registerTableLayouts(tableLayouts);
  const pages = builder.layoutDocument(
    definition.content,
    doc,
    definition.styles ?? {},
    definition.defaultStyle ?? { fontSize: 12, font: 'Roboto' },
    definition.background,
    definition.header,
    definition.footer,
    definition.watermark,
    undefined,
  );
  if (options.joinRuns !== false) mergeInlines(pages);
  new (options.lineObjects === false ? Renderer : LineRenderer)(doc, undefined).renderPages(pages);
  doc.end();
  return done;
}
