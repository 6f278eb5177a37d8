import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fontChoices, fontPaths, shippedFamilies as families, type FontChoice, type FontFiles } from '../../fonts/shipped-fonts.js';

/** The in-memory files the layout engine reads its fonts from. */
export interface FontStore {
  existsSync(name: string): boolean;
  readFileSync(name: string): Buffer;
}

/**
 * The font as the layout engine gets it: the OpenType substitution table (GSUB) renamed so
 * that fontkit skips it. Text is kerned (the positioning table, GPOS, stays), but not set
 * with ligatures or other substitutions: every glyph stands for one letter, so text copied,
 * searched or read aloud from the PDF is the plain letters, and the layout is faster. Dutch
 * and French need no substitutions (precomposed letters, no required ligatures). The glyphs
 * and metrics are untouched, and the embedded subset is an ordinary TrueType font.
 */
export function withoutSubstitution(font: Buffer): Buffer {
  const copy = Buffer.from(font);
  const tables = copy.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    if (copy.toString('latin1', at, at + 4) === 'GSUB') copy.write('gsub', at, 'latin1');
  }
  return copy;
}

const vfsName = (path: string): string => `beleidsplan-fonts/${path.split(/[\\/]/).pop()}`;

/** Store name → font file on disk, for every family and style. */
const storePaths = new Map<string, string>(fontChoices.flatMap((choice) => Object.values(fontPaths(choice)).map((path): [string, string] => [vfsName(path), path])));
const stored = new Map<string, Buffer>();

/**
 * The fonts as the layout engine reads them, without their substitution table (see withoutSubstitution).
 * A font is read from disk when the layout first asks for it, and then kept for the process:
 * a plan uses one family, and often not every style of it.
 */
export const fontStore: FontStore = {
  existsSync: (name) => storePaths.has(name),
  readFileSync(name) {
    let font = stored.get(name);
    if (!font) {
      const path = storePaths.get(name);
      if (!path) throw new Error(`no font ${name}`);
      font = withoutSubstitution(readFileSync(path));
      stored.set(name, font);
    }
    return font;
  },
};

/**
 * pdfmake's font dictionary; a fresh object each call, since pdfmake writes to it. Text uses
 * the stored fonts; SVG text (the chart) goes through svg-to-pdfkit, which opens font files by
 * path, so each family has an SVG twin on the package files. The engine opens a twin as the
 * text font it stands for (fontAliases); PDFKit on its own would read and parse the file, see
 * that it is the same font (same name records and checksum) and embed it once.
 */
export function fontDictionary(): Record<string, FontFiles> {
  const dictionary: Record<string, FontFiles> = {};
  for (const choice of fontChoices) {
    const paths = fontPaths(choice);
    dictionary[families[choice].name] = {
      normal: vfsName(paths.normal),
      bold: vfsName(paths.bold),
      italics: vfsName(paths.italics),
      bolditalics: vfsName(paths.bolditalics),
    };
    dictionary[svgFontFamily(choice)] = paths;
  }
  return dictionary;
}

/**
 * The SVG twins as the layout engine may open them instead: file path → text family and style.
 * The engine then hands out the font the text already uses, rather than reading and parsing
 * the file again only to find that it is the same font.
 */
export function fontAliases(): Record<string, { family: string; bold: boolean; italics: boolean }> {
  const aliases: Record<string, { family: string; bold: boolean; italics: boolean }> = {};
  for (const choice of fontChoices) {
    const paths = fontPaths(choice);
    const family = families[choice].name;
    aliases[paths.normal] = { family, bold: false, italics: false };
    aliases[paths.bold] = { family, bold: true, italics: false };
    aliases[paths.italics] = { family, bold: false, italics: true };
    aliases[paths.bolditalics] = { family, bold: true, italics: true };
  }
  return aliases;
}

/** The pdfmake family name of a font choice. */
export function fontFamily(choice: FontChoice): string {
  return families[choice].name;
}

/** The family for text inside SVG images. */
export function svgFontFamily(choice: FontChoice): string {
  return `${families[choice].name}Svg`;
}

/** The folders pdfmake may read from: the two font packages, nothing else. */
export function fontFolders(): string[] {
  return fontChoices.map((choice) => dirname(dirname(fontPaths(choice).normal)));
}
