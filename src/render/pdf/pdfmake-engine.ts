import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { hookCalled, probing } from './hook-probe.js';
import { keepingLines } from './keep-lines.js';
import type { LaidOutInline, LaidOutPage } from './laid-out.js';
import { Structure, type Element, type TaggingDocument } from './structure.js';
import { markRepeats, taggingLayout, taggingRenderer } from './tagging.js';
import { libraries, type PdfmakeModule } from '../../libraries/libraries.js';

/**
 * pdfmake driven step by step: lay the document out, tidy the laid-out lines, draw them with
 * PDFKit and collect the bytes. This is what pdfmake's own `createPdf(...).getBuffer()` does
 * (Printer.createPdfKitDocument in pdfmake 0.3.11, whose modules are used here), with:
 *
 * - a tagged PDF (PDF/UA-1): the structure tree built while pdfmake lays the document out
 *   and filled while it draws (structure.ts, tagging.ts), PDFKit's PDF/UA options, an XMP
 *   packet with the title, authors and language, a nested outline;
 * - widow and orphan control (keep-lines.ts);
 * - the alike words of a line joined into runs before drawing ({@link mergeInlines}).
 *
 * The package is pinned to that version in package.json, since these modules are not its
 * documented interface, and scripts/library-versions.mjs stops the build when another
 * pdfmake, PDFKit or fontkit is installed. Loaded on first use (../libraries.ts): pdfmake
 * and PDFKit take a good part of a second to load, which `plan validate` and HTML-only
 * renders should not pay.
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

interface LayoutBuilder {
  structure?: Structure;
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(...args: unknown[]): LaidOutPage[];
}

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
  LayoutBuilder: new (pageSize: unknown, pageMargins: unknown, svgMeasure: unknown) => LayoutBuilder;
  SVGMeasure: Ctor<unknown>;
  Renderer: new (pdfDocument: PdfKitDocument, progressCallback: undefined) => { renderPages(pages: LaidOutPage[]): void };
  tableLayouts: unknown;
  normalizePageSize(size: unknown, orientation: unknown): unknown;
  normalizePageMargin(margin: unknown): unknown;
}

let engine: Engine | null = null;

/** The part of PDFKit's document the changes below use. */
interface DocumentBase extends TaggingDocument {
  info: Record<string, unknown>;
  options: { lang?: string };
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
  font(src: unknown, family?: unknown, size?: unknown): unknown;
  fontSize(size: number): unknown;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
  appendXML(xml: string, newline?: boolean): void;
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
}

const xml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const xmpDate = (value: unknown): string => (value instanceof Date ? `${value.toISOString().split('.')[0]}Z` : '');

/**
 * pdfmake's PDFKit document, with:
 *
 * - the structure tree (`structure`) and the Link element being drawn (`currentLink`): a
 *   link annotation made while a Link element is drawn is that element's (an OBJR to it,
 *   /StructParent in it) and gets the linked words as its /Contents, as PDF/UA asks;
 * - the XMP packet written with the values escaped (PDFKit writes them as they are, so a
 *   title with "&" would break it) and with dc:language;
 * - a font file named in `fontAliases` (an SVG twin) opened as the text font it stands for:
 *   read and parsed once, and the fonts numbered as pdfmake numbers them.
 */
function planDocument(Base: Engine['PDFDocument']): Engine['PDFDocument'] {
  const Document = Base as unknown as new (...args: unknown[]) => DocumentBase;
  class PlanDocument extends Document {
    /** Set after construction: see EngineOptions.fontAliases. */
    fontAliases: EngineOptions['fontAliases'] = undefined;
    structure: Structure | undefined = undefined;
    currentLink: { element: Element; description: string } | undefined = undefined;

    override font(src: unknown, family?: unknown, size?: unknown): this {
      const alias = typeof src === 'string' ? this.fontAliases?.[src] : undefined;
      if (!alias) {
        super.font(src, family, size);
        return this;
      }
      hookCalled('document.font');
      // As PDFKit's font() for a font it has open already.
      if (typeof family === 'number') size = family;
      this._fontSource = src;
      this._fontFamily = typeof family === 'number' ? null : family;
      if (size != null) this.fontSize(size as number);
      this._font = this.provideFont(alias.family, alias.bold, alias.italics);
      return this;
    }

    override annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown {
      hookCalled('document.annotate');
      const link = this.currentLink;
      if (link && options.Subtype === 'Link') {
        options.structParent = link.element.pdf;
        options.Contents ??= new String(link.description);
        this.structure?.annotated(link.element, this.page?.dictionary);
      }
      return super.annotate(x, y, w, h, options);
    }

    /** Replaces PDFKit's MetadataMixin._addInfo, called as the document ends. */
    _addInfo(): void {
      hookCalled('document.addInfo');
      const info = this.info;
      const lang = this.options.lang;
      const alt = (value: unknown): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
      this.appendXML(
        [
          '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
          `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
          `<xmp:ModifyDate>${xmpDate(info.ModDate ?? info.CreationDate)}</xmp:ModifyDate>`,
          `<xmp:CreatorTool>${xml(info.Creator)}</xmp:CreatorTool>`,
          '</rdf:Description>',
          '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
          '<dc:format>application/pdf</dc:format>',
          info.Title ? `<dc:title>${alt(info.Title)}</dc:title>` : '',
          info.Author ? `<dc:creator><rdf:Seq><rdf:li>${xml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
          info.Subject ? `<dc:description>${alt(info.Subject)}</dc:description>` : '',
          lang ? `<dc:language><rdf:Bag><rdf:li>${xml(lang)}</rdf:li></rdf:Bag></dc:language>` : '',
          '</rdf:Description>',
          '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
          `<pdf:Producer>${xml(info.Producer)}</pdf:Producer>`,
          info.Keywords ? `<pdf:Keywords>${xml(info.Keywords)}</pdf:Keywords>` : '',
          '</rdf:Description>',
        ]
          .filter((part) => part !== '')
          .join('\n'),
      );
    }
  }
  return PlanDocument as unknown as Engine['PDFDocument'];
}

function loadEngine(): Engine {
  if (engine) return engine;
  const load = (name: PdfmakeModule): Record<string, unknown> => libraries().pdfmakeModule(name);
  const pageSize = load('PageSize');
  engine = {
    PDFDocument: planDocument(load('PDFDocument').default as Engine['PDFDocument']),
    LayoutBuilder: keepingLines(taggingLayout(load('LayoutBuilder').default as Engine['LayoutBuilder'])),
    SVGMeasure: load('SVGMeasure').default as Engine['SVGMeasure'],
    Renderer: taggingRenderer(load('Renderer').default as Engine['Renderer']),
    tableLayouts: load('tableLayouts').tableLayouts,
    normalizePageSize: pageSize.normalizePageSize as Engine['normalizePageSize'],
    normalizePageMargin: pageSize.normalizePageMargin as Engine['normalizePageMargin'],
  };
  return engine;
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
  /** Join the runs of a line that are drawn alike ({@link mergeInlines}); on unless false. For tests and the bench. */
  joinRuns?: boolean;
  /**
   * Widow and orphan control (keep-lines.ts): at least two lines of a paragraph on either
   * side of a page break. On unless false.
   */
  keepLines?: boolean;
  /** Records the name of every hook that runs (hook-probe.ts). For tests. */
  probe?: Set<string>;
}

/**
 * Renders a pdfmake document definition to a tagged PDF (PDF/UA-1, PDF 1.7). Only what the
 * plan's definition uses is supported: no images dictionary, attachments, patterns,
 * encryption or page-break callback.
 */
export function renderDefinition(definition: TDocumentDefinitions, options: EngineOptions): Promise<Buffer> {
  return probing(options.probe, () => render(definition, options));
}

function render(definition: TDocumentDefinitions, options: EngineOptions): Promise<Buffer> {
  const { PDFDocument, LayoutBuilder, SVGMeasure, Renderer, tableLayouts, normalizePageSize, normalizePageMargin } = loadEngine();
  const pageSize = normalizePageSize(definition.pageSize, definition.pageOrientation) as { width: number; height: number };
  const doc = new PDFDocument(
    options.fonts,
    {},
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      pdfVersion: '1.7',
      subset: 'PDF/UA',
      tagged: true,
      displayTitle: true,
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
  const planDoc = doc as unknown as DocumentBase & { fontAliases: EngineOptions['fontAliases']; structure: Structure };
  planDoc.fontAliases = options.fontAliases;
  const structure = new Structure(planDoc);
  planDoc.structure = structure;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const Layout = options.keepLines === false ? (Object.getPrototypeOf(LayoutBuilder) as Engine['LayoutBuilder']) : LayoutBuilder;
  const builder = new Layout(pageSize, normalizePageMargin(definition.pageMargins ?? 40), new SVGMeasure());
  builder.structure = structure;
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
  markRepeats(pages);
  if (options.joinRuns !== false) mergeInlines(pages);
  new Renderer(doc, undefined).renderPages(pages);
  structure.writeOutline();
  structure.endLinks();
  doc.end();
  return done;
}
