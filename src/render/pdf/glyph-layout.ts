/**
 * Measuring and encoding words without fontkit's layout engine, where it would do nothing
 * but look up glyphs and their widths.
 *
 * PDFKit lays out each new word with fontkit's layout(): it detects the script character by
 * character, builds a glyph run, substitutes and positions glyphs (GSUB, GPOS, a kern table,
 * marks) and hides default-ignorable characters. The fonts here have no substitution,
 * positioning or kern tables (fonts.ts hides GSUB and GPOS), so for text of Latin letters,
 * digits and common punctuation, without combining marks or default-ignorable characters,
 * all of that comes to: the glyph of each character and its advance width. This gives PDFKit
 * that run directly, with the same glyph objects, positions and width; any other text, and
 * any font that has such tables, goes through fontkit as before.
 *
 * Follows fontkit 2 (LayoutEngine.layout, TTFFont.glyphsForString) and PDFKit 0.19
 * (EmbeddedFont.layoutRun).
 */

interface FontkitGlyph {
  advanceWidth: number;
}

interface FontkitFont {
  directory: { tables: Record<string, unknown> };
  glyphForCodePoint(codePoint: number): FontkitGlyph;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface Run {
  glyphs: FontkitGlyph[];
  positions: Position[];
  advanceWidth: number;
}

/** PDFKit's embedded font: the part whose layout this replaces. */
export interface EmbeddedFont {
  font: FontkitFont;
  scale: number;
  layoutRun(text: string, features?: unknown): Run;
}

/**
 * Characters fontkit lays out as their plain glyph in a font without layout tables: printable
 * ASCII, Latin-1 (but the soft hyphen, which it hides), Latin Extended-A, and the dashes,
 * quotes, bullet, ellipsis, euro sign and arrow of Dutch and English text. No combining marks,
 * no right-to-left scripts, nothing default-ignorable.
 */
function isPlainCharacter(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0x17f) return code !== 0xad;
  switch (code) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x2022:
    case 0x2026:
    case 0x20ac:
    case 0x2192:
    case 0x2212:
      return true;
    default:
      return false;
  }
}

/** Tables with which fontkit's layout does more than look glyphs up. */
const LAYOUT_TABLES = ['GSUB', 'GPOS', 'kern', 'morx', 'mort', 'kerx'];

const patched = new WeakSet<object>();

/** Gives an embedded font the direct layout for plain text (see the top of this file), once. */
export function useDirectLayout(font: EmbeddedFont): void {
  if (patched.has(font)) return;
  patched.add(font);
  const tables = font.font.directory.tables;
  if (LAYOUT_TABLES.some((tag) => tables[tag] !== undefined)) return;
  const viaFontkit = font.layoutRun;
  font.layoutRun = function layoutRun(this: EmbeddedFont, text: string, features?: unknown): Run {
    if (features) return viaFontkit.call(this, text, features);
    for (let i = 0; i < text.length; i++) if (!isPlainCharacter(text.charCodeAt(i))) return viaFontkit.call(this, text, features);
    const glyphs: FontkitGlyph[] = [];
    const positions: Position[] = [];
    let advanceWidth = 0;
    for (let i = 0; i < text.length; i++) {
      const glyph = this.font.glyphForCodePoint(text.charCodeAt(i));
      // fontkit's GlyphPosition(advanceWidth) scaled by PDFKit, and PDFKit's advanceWidth.
      const advance = glyph.advanceWidth * this.scale;
      glyphs.push(glyph);
      positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
      advanceWidth += advance;
    }
    return { glyphs, positions, advanceWidth };
  };
}
