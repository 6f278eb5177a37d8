/**
 * How wide a line of chart text may come out, without the font at hand: an SVG chart is drawn
 * once and shown by any browser in its own sans-serif, and in the PDF in the plan's font. The
 * widths are DejaVu Sans's (the sans-serif of most Linux browsers), which is wider than Arial,
 * Helvetica, Liberation Sans and the PDF's Source Sans, so text measured with them fits in
 * every one of those.
 */

/** Advance widths of the characters U+0020 to U+007E, in thousandths of the font size (DejaVu Sans). */
const ASCII_WIDTHS = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
  1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
  500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/** For a character outside ASCII with no ASCII base letter: as wide as a capital W, so never too narrow. */
const WIDE = 1000;

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20]!;
  // An accented letter (é, ë, ç) is as wide as its base letter in these fonts.
  const base = char.normalize('NFD').charAt(0);
  const baseCode = base.codePointAt(0)!;
  return base !== char && baseCode >= 0x20 && baseCode <= 0x7e ? ASCII_WIDTHS[baseCode - 0x20]! : WIDE;
}

/** The width of `text` at `fontSize`, in the same units as the font size. */
export function textWidth(text: string, fontSize: number): number {
  let total = 0;
  for (const char of text) total += charWidth(char);
  return (total / 1000) * fontSize;
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth`. A single word wider than that
 * keeps a line of its own: the caller makes room for it rather than cut it.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}
