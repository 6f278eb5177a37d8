/**
 * pdfmake's renderer, drawing an ordinary line of text as one PDF text object.
 *
 * pdfmake draws every run of a line through PDFKit's text(): the opacity, the colour (with an
 * empty `f` fill), then save, flip the y axis, BT, position, font, glyphs, ET, restore: some
 * thirteen operators per run, and PDFKit measures the run again on the way. Here a line is
 * one text object: the y axis flipped once, BT, then per run its position and glyphs, with
 * font, colour and opacity written only where they change, ET, the axis flipped back. The
 * graphics state after the line is what pdfmake leaves (the last run's colour and opacity, no
 * save and restore around it), the glyphs are PDFKit's own encoding of the same text at the
 * same place, and the fonts and opacities are registered with PDFKit as its own calls do.
 *
 * Lines with anything more are drawn by pdfmake as before: links and page links, named
 * destinations (headings), bookmarks, page numbers filled in while drawing, decorations,
 * backgrounds, superscript and subscript, letter spacing, font features and text with line
 * breaks in it.
 *
 * Follows pdfmake 0.3.11 (Renderer.renderLine) and PDFKit 0.19 (text, _fragment).
 */

import type { LaidOutInline } from './laid-out.js';

/** PDFKit's number format in content streams (PDFObject.number). */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

interface Glyph {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface Font {
  id: string;
  ascender: number;
  encode(text: string, features?: unknown): [string[], Glyph[]];
  ref(): unknown;
}

type Inline = LaidOutInline<Font>;

interface Line {
  inlines: Inline[];
  id?: unknown;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}

interface Document {
  page: { height: number; fonts: Record<string, unknown> };
  x: number;
  y: number;
  _font: Font;
  addContent(data: string): unknown;
  transform(...m: number[]): unknown;
  opacity(opacity: number): unknown;
  fillColor(color: unknown): unknown;
  fontSize(size: number): unknown;
  resolveColor(color: unknown, fallback: string): unknown;
}

type RendererClass = new (pdfDocument: never, progressCallback: undefined) => { renderPages(pages: never[]): void };

/** Whether pdfmake's renderer would draw the line as plain text runs and nothing else. */
function isPlain(line: Line): boolean {
  if (line.inlines.length === 0 || line.id || line._outline || line._pageNodeRef) return false;
  for (const inline of line.inlines) {
    if (
      inline.link != null ||
      inline.linkToPage ||
      inline.linkToDestination ||
      inline.fontFeatures ||
      inline.characterSpacing ||
      inline.sup ||
      inline.sub ||
      inline.decoration ||
      inline.background ||
      inline._pageNodeRef ||
      typeof inline.text !== 'string' ||
      inline.text.includes('\n')
    ) {
      return false;
    }
  }
  return true;
}

/** The glyphs of a run as PDFKit writes them (its _fragment): TJ arrays, and a text matrix for glyphs it moves. */
function glyphOperators(doc: Document, font: Font, fontSize: number, text: string, x: number, y: number): void {
  const [encoded, positions] = font.encode(text);
  const scale = fontSize / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const hex = encoded.slice(last, cur).join('');
      const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth;
      commands.push(`<${hex}> ${number(-advance)}`);
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) {
      doc.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i: number;
  for (i = 0; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      doc.addContent(`1 0 0 1 ${number(x + pos.xOffset * scale)} ${number(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        doc.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
}

/** pdfmake's Renderer with plain lines of text drawn as one text object each (see the top of this file). */
export function lineRenderer<T extends RendererClass>(Base: T): T {
  const Renderer = Base as unknown as new (...args: unknown[]) => { pdfDocument: Document; renderLine(line: Line, x: number, y: number): void };
  class LineRenderer extends Renderer {
    override renderLine(line: Line, x: number, y: number): void {
      if (!isPlain(line)) {
        super.renderLine(line, x, y);
        return;
      }
      const doc = this.pdfDocument;
      x = x || 0;
      y = y || 0;
      const lineHeight = line.getHeight();
      const descent = lineHeight - line.getAscenderHeight();
      const height = doc.page.height;
      let open = false;
      let opacity: number | null = null;
      let colour: unknown = null;
      let font: Font | null = null;
      let fontSize: number | null = null;
      for (const inline of line.inlines) {
        // pdfmake sets opacity and colour before each run, PDFKit draws nothing for an empty one.
        const runOpacity = typeof inline.opacity === 'number' && !Number.isNaN(inline.opacity) ? inline.opacity : 1;
        const runColour = doc.resolveColor(inline.color, 'black');
        if (runOpacity !== opacity) doc.opacity((opacity = runOpacity));
        if (runColour !== colour) doc.fillColor((colour = runColour));
        doc._font = inline.font;
        doc.fontSize(inline.fontSize);
        const text = inline.text;
        if (text.length === 0) continue;
        if (!open) {
          doc.transform(1, 0, 0, -1, 0, height);
          doc.addContent('BT');
          open = true;
        }
        if (doc.page.fonts[inline.font.id] == null) doc.page.fonts[inline.font.id] = inline.font.ref();
        const top = y + lineHeight - (inline.font.ascender / 1000) * inline.fontSize - descent;
        const runX = x + inline.x;
        const runY = height - top - (inline.font.ascender / 1000) * inline.fontSize;
        doc.addContent(`1 0 0 1 ${number(runX)} ${number(runY)} Tm`);
        if (inline.font !== font || inline.fontSize !== fontSize) {
          doc.addContent(`/${inline.font.id} ${number(inline.fontSize)} Tf`);
          font = inline.font;
          fontSize = inline.fontSize;
        }
        glyphOperators(doc, inline.font, inline.fontSize, text, runX, runY);
        doc.x = runX + inline.width;
        doc.y = top;
      }
      if (open) {
        doc.addContent('ET');
        doc.transform(1, 0, 0, -1, 0, height);
      }
    }
  }
  return LineRenderer as unknown as T;
}
