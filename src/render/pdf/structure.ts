import { roleOf, type StructureRole } from './structure-roles.js';

/**
 * The structure tree of the tagged PDF (PDF/UA-1), built from the document definition as
 * pdfmake lays it out, and filled with content as it is drawn.
 *
 * - During layout (tagging.ts hooks pdfmake's LayoutBuilder) every node is met in document
 *   order: tables, lists, headings, paragraphs and figures become structure elements there,
 *   in that order, under the element of the nearest enclosing node. A text node remembers
 *   its element (`_struct`), and so does every line built from it (`_leaf`).
 * - During drawing (tagging.ts hooks pdfmake's Renderer) each line is drawn inside a marked-
 *   content sequence of its element; links get a Link element with the annotation, and
 *   everything without an element (running header and footer, rules, table lines, shading,
 *   a table's header row repeated on the next page) is drawn as an Artifact.
 *
 * The elements are PDFKit's (its `struct`, `markStructureContent` and `markContent`).
 */

/** The part of a PDFKit structure element used here. */
export interface PdfStructElement {
  add(child: unknown): unknown;
  end(): void;
  dictionary: { data: Record<string, unknown> };
}

/** The part of PDFKit's document used here. */
export interface TaggingDocument {
  struct(type: string, options?: Record<string, unknown>): PdfStructElement;
  addStructure(element: PdfStructElement): unknown;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  markContent(tag: string, options?: Record<string, unknown> | null): unknown;
  endMarkedContent(): unknown;
  page: { dictionary: unknown } | null;
  outline: OutlineItem;
}

interface OutlineItem {
  addItem(title: string, options?: Record<string, unknown>): OutlineItem;
  outlineData: Record<string, unknown>;
}

export interface Element {
  pdf: PdfStructElement;
  type: string;
  /** Heading level, for the outline. */
  level?: number;
  /** The Link element the last run of this element was drawn into, while the link goes on. */
  openLink?: { target: string; element: Element } | undefined;
  /** For a Link: the page its first annotation is on (see endLinks). */
  annotationPage?: unknown;
}

/** Where a node's content goes: `element`, made for `node` itself or for an enclosing node. */
export interface Placement {
  element: Element;
  node: object;
}

/** A node of pdfmake's layout, with what this module adds to it. */
export interface LayoutNode {
  text?: unknown;
  style?: unknown;
  table?: { body: unknown[][]; headerRows?: number };
  ul?: LayoutNode[];
  ol?: LayoutNode[];
  svg?: unknown;
  image?: unknown;
  listMarker?: { _inlines?: object[] };
  _inlines?: Array<{ text: string }>;
  _span?: boolean;
  colSpan?: number;
  rowSpan?: number;
  _struct?: Placement;
}

/** Elements whose text is drawn straight into them; other elements hold paragraphs. */
const TAKES_TEXT = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'Lbl', 'Link']);

/** Heading levels of the definition's heading styles (theme.ts), as in the table of contents. */
const HEADING_STYLES: Record<string, number> = { chapterTitle: 1, h2: 2, h3: 3, h4: 4 };

function headingLevel(style: unknown): number | undefined {
  const names = Array.isArray(style) ? style : [style];
  for (const name of names) if (typeof name === 'string' && name in HEADING_STYLES) return HEADING_STYLES[name];
  return undefined;
}

const hasText = (node: LayoutNode): boolean => (node._inlines ?? []).some((inline) => inline.text.trim() !== '');

/** The plain text of a node's `text` (a string or runs), for a link's description. */
function plainText(text: unknown, keep: (run: Record<string, unknown>) => boolean = () => true): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((run) => plainText(run, keep)).join('');
  if (text && typeof text === 'object' && 'text' in text && keep(text as Record<string, unknown>)) return plainText((text as { text: unknown }).text);
  return '';
}

export interface OutlineEntry {
  title: string;
  destination: string;
  level: number;
}

export class Structure {
  readonly document: Element;
  private readonly stack: Element[];
  /** Above zero while pdfmake lays out a page's background, header or footer. */
  private artifactDepth = 0;
  private lastHeading = 0;
  private readonly markers = new WeakMap<object, Element>();
  private readonly links: Element[] = [];
  readonly outline: OutlineEntry[] = [];

  constructor(private readonly doc: TaggingDocument) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.document = { pdf: root, type: 'Document' };
    this.stack = [this.document];
  }

  private create(type: string, parent: Element, options: Record<string, unknown> = {}): Element {
    const pdf = this.doc.struct(type, options);
    parent.pdf.add(pdf);
    return { pdf, type };
  }

  private get top(): Element {
    return this.stack[this.stack.length - 1]!;
  }

  /** Background, header and footer: everything laid out in `run` is an artifact. */
  artifacts<T>(run: () => T): T {
    this.artifactDepth++;
    try {
      return run();
    } finally {
      this.artifactDepth--;
    }
  }

  /** A node is about to be laid out: make its elements; returns how many were pushed (see leave). */
  enter(node: LayoutNode): number {
    if (this.artifactDepth > 0) return 0;
    let pushed = 0;
    const push = (element: Element): void => {
      this.stack.push(element);
      pushed++;
    };
    const placed = node._struct;
    if (placed && placed.node === node) push(placed.element);
    const role = roleOf(node);
    if (node.table) {
      if (!role || role.type === 'Table' || role.type === 'TOC') this.table(node, role);
      else push(this.create(role.type, this.top));
    } else if (node.ul || node.ol) {
      this.list(node);
    } else if (node.text !== undefined) {
      if (!placed) this.leaf(node, role);
    } else if (node.svg !== undefined || node.image !== undefined) {
      // A picture without a role is decoration.
      if (role?.type === 'Figure') node._struct = { element: this.create('Figure', this.top, { alt: role.alt }), node };
    } else if (role) {
      const element = this.heading(role.type) ?? this.create(role.type, this.top);
      node._struct = { element, node };
      push(element);
    }
    return pushed;
  }

  leave(count: number): void {
    this.stack.length -= count;
  }

  /** A heading element, its level never more than one below the heading before it. */
  private heading(type: string, styleLevel?: number): Element | undefined {
    const wanted = styleLevel ?? (/^H[1-6]$/.test(type) ? Number(type.slice(1)) : undefined);
    if (wanted === undefined) return undefined;
    const level = Math.min(wanted, this.lastHeading + 1);
    this.lastHeading = level;
    const element = this.create(`H${level}`, this.top);
    element.level = level;
    return element;
  }

  private leaf(node: LayoutNode, role: StructureRole | undefined): void {
    const top = this.top;
    const level = role ? undefined : headingLevel(node.style);
    let element: Element | undefined;
    if (role) element = this.heading(role.type) ?? this.create(role.type, top);
    else if (level !== undefined && !TAKES_TEXT.has(top.type)) element = this.heading('H', level);
    else if (TAKES_TEXT.has(top.type)) element = top;
    else if (hasText(node)) element = this.create('P', top);
    if (element) node._struct = { element, node };
  }

  private table(node: LayoutNode, role: StructureRole | undefined): void {
    const body = node.table!.body as LayoutNode[][];
    const headerRows = node.table!.headerRows ?? 0;
    if (role?.type === 'TOC') {
      const toc = this.create('TOC', this.top);
      // An entry holds a reference to its heading: the linked title and its page number.
      for (const row of body) {
        const reference = this.create('Reference', this.create('TOCI', toc));
        for (const cell of row) if (cell && !cell._span) cell._struct = { element: reference, node: cell };
      }
      return;
    }
    const table = this.create('Table', this.top);
    const head = headerRows > 0 ? this.create('THead', table) : null;
    const rest = headerRows > 0 ? this.create('TBody', table) : table;
    body.forEach((row, r) => {
      const tr = this.create('TR', r < headerRows ? head! : rest);
      row.forEach((cell, c) => {
        if (!cell || cell._span) return;
        const header = r < headerRows || (role?.rowHeaders === true && c === 0);
        const scope = r < headerRows ? 'Column' : 'Row';
        const element = this.create(header ? 'TH' : 'TD', tr, header ? { scope } : {});
        const span = { ColSpan: cell.colSpan ?? 1, RowSpan: cell.rowSpan ?? 1 };
        if (span.ColSpan > 1 || span.RowSpan > 1) {
          const data = element.pdf.dictionary.data;
          data.A = { ...(data.A as object | undefined), O: 'Table', ...(span.ColSpan > 1 ? { ColSpan: span.ColSpan } : {}), ...(span.RowSpan > 1 ? { RowSpan: span.RowSpan } : {}) };
        }
        cell._struct = { element, node: cell };
      });
    });
  }

  private list(node: LayoutNode): void {
    const list = this.create('L', this.top);
    for (const item of node.ul ?? node.ol ?? []) {
      const li = this.create('LI', list);
      const marker = item.listMarker?._inlines?.[0];
      // A bullet is drawn as a shape (an artifact); a number or letter is the item's label.
      if (marker) this.markers.set(marker, this.create('Lbl', li));
      item._struct = { element: this.create('LBody', li), node: item };
    }
  }

  /** The element a laid-out line is drawn into; undefined for an artifact. */
  elementOfLine(line: { _leaf?: LayoutNode; inlines: object[] }): Element | undefined {
    if (line._leaf) return line._leaf._struct?.element;
    const first = line.inlines[0];
    return first ? this.markers.get(first) : undefined;
  }

  /** The element a picture is drawn into; undefined for decoration. */
  elementOfNode(node: LayoutNode): Element | undefined {
    return node._struct?.element;
  }

  /** Draws `draw` as content of `element`. */
  content(element: Element, draw: () => void): void {
    const content = this.doc.markStructureContent(element.type);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
    element.pdf.add(content);
  }

  /** Draws `draw` as an artifact: running header and footer, rules, shading, repeated rows. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.doc.markContent('Artifact', type ? { type } : null);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
  }

  /**
   * The Link element for a run of `parent` that links to `target`: the one drawn last while the
   * same link goes on (over a line break), else a new one after what `parent` holds so far.
   */
  link(parent: Element, target: string): Element {
    const open = parent.openLink;
    if (open && open.target === target) return open.element;
    const element = this.create('Link', parent);
    this.links.push(element);
    parent.openLink = { target, element };
    return element;
  }

  /** A run without a link ends the link that went on. */
  endLink(parent: Element): void {
    parent.openLink = undefined;
  }

  /** The description of a link (its annotation's /Contents): the linked words of its node. */
  static linkDescription(leaf: LayoutNode | undefined, target: { link?: unknown; linkToDestination?: unknown; linkToPage?: unknown }): string {
    if (!leaf) return String(target.link ?? '');
    const text =
      target.link != null
        ? plainText(leaf.text, (run) => run.link === target.link)
        : target.linkToDestination != null
          ? plainText(leaf.text, (run) => run.linkToDestination == null || run.linkToDestination === target.linkToDestination)
          : plainText(leaf.text, (run) => run.linkToPage === target.linkToPage);
    return (text.trim() || String(target.link ?? plainText(leaf.text))).replace(/\s+/g, ' ').trim();
  }

  /** Remembers the page of a Link's first annotation. */
  annotated(link: Element, page: unknown): void {
    link.annotationPage ??= page;
  }

  /**
   * Ends the Link elements before the document does. PDFKit writes an element's OBJR with the
   * page that is current when the element ends, which at the end of the document is the last
   * page; each link is ended here with its own page current instead.
   */
  endLinks(): void {
    const current = this.doc.page;
    for (const link of this.links) {
      if (link.annotationPage) this.doc.page = { dictionary: link.annotationPage };
      link.pdf.end();
    }
    this.doc.page = current;
  }

  /** A heading with a bookmark, drawn on the current page: an entry of the outline. */
  addOutline(element: Element | undefined, title: string, destination: string | undefined): void {
    if (!destination) return;
    this.outline.push({ title, destination, level: element?.level ?? 1 });
  }

  /**
   * The reader's outline: chapters, their sections and what is under them, nested by heading
   * level; each entry goes to the heading's named destination, where the contents' links go.
   */
  writeOutline(): void {
    const open: Array<{ level: number; item: OutlineItem }> = [{ level: 0, item: this.doc.outline }];
    for (const entry of this.outline) {
      while (open[open.length - 1]!.level >= entry.level) open.pop();
      const item = open[open.length - 1]!.item.addItem(entry.title, { expanded: entry.level === 1 });
      item.outlineData.Dest = new String(entry.destination);
      open.push({ level: entry.level, item });
    }
  }
}
