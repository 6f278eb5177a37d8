import type { LaidOutPage } from './laid-out.js';
import { hookCalled } from './hook-probe.js';
import { Structure, type Element, type LayoutNode } from './structure.js';

/**
 * The hooks into pdfmake 0.3.11 that make its output a tagged PDF (structure.ts): its layout
 * meets every node in document order, its renderer draws every line, shape and picture.
 * pdfmake's classes are plain JavaScript; the interfaces here are the parts this relies on,
 * and scripts/library-versions.mjs stops the build when another pdfmake is installed.
 */

type Run = { link?: unknown; linkToDestination?: unknown; linkToPage?: unknown };
const linkTarget = (run: Run): string | undefined =>
  run.link != null
    ? `uri ${String(run.link)}`
    : run.linkToDestination != null
      ? `dest ${String(run.linkToDestination)}`
      : run.linkToPage != null
        ? `page ${String(run.linkToPage)}`
        : undefined;

interface Line {
  _leaf?: LayoutNode;
  _repeat?: boolean;
  _outline?: { text: string } | undefined;
  _pageNodeRef?: unknown;
  id?: string | undefined;
  inlines: Run[];
  getHeight(): number;
  getAscenderHeight(): number;
}

interface LayoutBuilderInstance {
  /** Set by the engine before layout. */
  structure?: Structure;
  processNode(node: LayoutNode, verticalAlignmentAllowed?: boolean): unknown;
  buildNextLine(node: LayoutNode): Line | null;
  addBackground(background: unknown): unknown;
  addHeadersAndFooters(header: unknown, footer: unknown): unknown;
}
type Class = abstract new (...args: never[]) => object;

/** pdfmake's LayoutBuilder that builds the structure tree as it meets the nodes. */
export function taggingLayout<T extends Class>(Base: T): T {
  const Builder = Base as unknown as new (...args: unknown[]) => LayoutBuilderInstance;
  class TaggingLayoutBuilder extends Builder {
    override processNode(node: LayoutNode, verticalAlignmentAllowed?: boolean): unknown {
      hookCalled('layout.processNode');
      const structure = this.structure;
      const pushed = structure ? structure.enter(node) : 0;
      try {
        return super.processNode(node, verticalAlignmentAllowed);
      } finally {
        structure?.leave(pushed);
      }
    }

    override buildNextLine(node: LayoutNode): Line | null {
      hookCalled('layout.buildNextLine');
      const line = super.buildNextLine(node);
      if (line) line._leaf = node;
      return line;
    }

    override addBackground(background: unknown): unknown {
      hookCalled('layout.addBackground');
      return this.structure ? this.structure.artifacts(() => super.addBackground(background)) : super.addBackground(background);
    }

    override addHeadersAndFooters(header: unknown, footer: unknown): unknown {
      hookCalled('layout.addHeadersAndFooters');
      return this.structure ? this.structure.artifacts(() => super.addHeadersAndFooters(header, footer)) : super.addHeadersAndFooters(header, footer);
    }
  }
  return TaggingLayoutBuilder as unknown as T;
}

/**
 * Marks the lines of a table's header row that pdfmake repeats at the top of a page: every
 * copy of a laid-out line shares the line's runs, so a line whose runs were placed before is
 * a repeat, drawn as an artifact. Before the runs are joined, which gives each copy its own.
 */
export function markRepeats(pages: readonly LaidOutPage[]): void {
  const seen = new WeakSet<object>();
  for (const page of pages) {
    for (const entry of page.items) {
      if (entry.type !== 'line') continue;
      const line = entry.item as Line;
      if (seen.has(line.inlines)) line._repeat = true;
      else seen.add(line.inlines);
    }
  }
}

/** The document the renderer draws on, as far as links go (see planDocument). */
interface LinkingDocument {
  structure?: Structure;
  currentLink?: { element: Element; description: string } | undefined;
}

interface RendererInstance {
  pdfDocument: LinkingDocument;
  renderLine(line: Line, x: number, y: number): unknown;
  renderVector(vector: unknown): unknown;
  renderSVG(svg: LayoutNode): unknown;
  renderImage(image: LayoutNode): unknown;
}



/** pdfmake's Renderer that draws everything inside marked content: an element's, or an artifact. */
export function taggingRenderer<T extends Class>(Base: T): T {
  const Renderer = Base as unknown as new (...args: unknown[]) => RendererInstance;
  class TaggingRenderer extends Renderer {
    override renderLine(line: Line, x: number, y: number): unknown {
      hookCalled('render.renderLine');
      const structure = this.pdfDocument.structure;
      if (!structure) return super.renderLine(line, x, y);
      const element = line._repeat ? undefined : structure.elementOfLine(line);
      if (line._outline) {
        structure.addOutline(element, line._outline.text, line.id);
        line._outline = undefined;
      }
      if (!element) {
        structure.artifact(() => super.renderLine(line, x, y), line._repeat ? 'Pagination' : undefined);
        return undefined;
      }
      const inlines = line.inlines;
      if (!inlines.some((run) => linkTarget(run) !== undefined)) {
        structure.endLink(element);
        structure.content(element, () => super.renderLine(line, x, y));
        return undefined;
      }
      // A line with a link is drawn in parts: text, the link, text. Each part keeps the height
      // and baseline of the whole line.
      const height = line.getHeight();
      const ascender = line.getAscenderHeight();
      for (let start = 0; start < inlines.length; ) {
        const target = linkTarget(inlines[start]!);
        let end = start + 1;
        while (end < inlines.length && linkTarget(inlines[end]!) === target) end++;
        const part = Object.create(line) as Line;
        part.inlines = inlines.slice(start, end);
        part.getHeight = () => height;
        part.getAscenderHeight = () => ascender;
        if (start > 0) {
          part.id = undefined;
          part._pageNodeRef = undefined;
        }
        if (target) {
          const link = structure.link(element, target);
          this.pdfDocument.currentLink = { element: link, description: Structure.linkDescription(line._leaf, inlines[start]!) };
          try {
            structure.content(link, () => super.renderLine(part, x, y));
          } finally {
            this.pdfDocument.currentLink = undefined;
          }
        } else {
          structure.endLink(element);
          structure.content(element, () => super.renderLine(part, x, y));
        }
        start = end;
      }
      return undefined;
    }

    override renderVector(vector: unknown): unknown {
      hookCalled('render.renderVector');
      const structure = this.pdfDocument.structure;
      if (!structure) return super.renderVector(vector);
      structure.artifact(() => super.renderVector(vector));
      return undefined;
    }

    override renderSVG(svg: LayoutNode): unknown {
      hookCalled('render.renderSVG');
      return this.picture(svg, () => super.renderSVG(svg));
    }

    override renderImage(image: LayoutNode): unknown {
      hookCalled('render.renderImage');
      return this.picture(image, () => super.renderImage(image));
    }

    private picture(node: LayoutNode, draw: () => unknown): unknown {
      const structure = this.pdfDocument.structure;
      if (!structure) return draw();
      const element = structure.elementOfNode(node);
      if (element) structure.content(element, () => void draw());
      else structure.artifact(() => void draw());
      return undefined;
    }
  }
  return TaggingRenderer as unknown as T;
}
