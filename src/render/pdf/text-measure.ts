/**
 * pdfmake's text measuring (TextInlines), asking the style of a run of text once instead of
 * once for every word of it.
 *
 * pdfmake breaks a text into words, each with a copy of its run's properties, and then asks
 * every word some twenty style properties (font, size, colour, decoration, link …), each by
 * walking the stack of enclosing nodes and named styles and allocating on the way. Within one
 * text the stack is the same for every word, and the answers depend only on it and on the
 * word's own properties: the words of a run get the same answers. Here the questions are asked
 * (with pdfmake's own lookup) for a word whose properties differ from the word before it, and
 * the answers are reused for the words that follow with the same properties. Everything else
 * is pdfmake's measure(): the same values are set on each word, in the same order.
 *
 * Follows pdfmake 0.3.11 (TextInlines.measure, TextBreaker.getBreaks, StyleContextStack).
 */

type Word = Record<string, unknown> & { text: string };

interface Font {
  lineHeight(size: number): number;
}

interface StyleLookup {
  getStyleProperty(item: object, stack: unknown, property: string, fallback: unknown): unknown;
}

interface TextInlinesLike {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): Font };
  widthOfText(text: string, inline: object): number;
}

type TextInlinesClass = new (pdfDocument: never) => object;

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** Properties a word has that are not style: its text and what the text breaker and measuring mark on it. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);

/** The style properties of a word as it comes from the text breaker (before measuring adds to it). */
function styleOf(word: Word): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const key in word) if (!NOT_STYLE.has(key)) out.push([key, word[key]]);
  return out;
}

/** Whether a word has exactly these style properties. */
function hasStyle(word: Word, style: ReadonlyArray<[string, unknown]>): boolean {
  let count = 0;
  for (const key in word) if (!NOT_STYLE.has(key)) count++;
  if (count !== style.length) return false;
  for (const [key, value] of style) if (word[key] !== value) return false;
  return true;
}

/** pdfmake's answers for one word, in the order measure() asks them. */
interface Answers {
  font: Font;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: unknown;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  lineHeight: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** pdfmake's TextInlines with measure() asking each run's style once (see the top of this file). */
export function runStyleTextInlines<T extends TextInlinesClass>(Base: T, lookup: StyleLookup): T {
  const TextInlines = Base as unknown as new (...args: unknown[]) => TextInlinesLike;
  const ask = (self: TextInlinesLike, word: Word, stack: unknown): Answers => {
    const get = (property: string, fallback: unknown): unknown => lookup.getStyleProperty(word, stack, property, fallback);
    const font = get('font', 'Roboto');
    const bold = get('bold', false);
    const italics = get('italics', false);
    return {
      font: self.pdfDocument.provideFont(font, bold, italics),
      alignment: get('alignment', 'left'),
      fontSize: get('fontSize', 12) as number,
      fontFeatures: get('fontFeatures', null),
      characterSpacing: get('characterSpacing', 0),
      color: get('color', 'black'),
      decoration: get('decoration', null),
      decorationColor: get('decorationColor', null),
      decorationStyle: get('decorationStyle', null),
      decorationThickness: get('decorationThickness', null),
      background: get('background', null),
      link: get('link', null),
      linkToPage: get('linkToPage', null),
      linkToDestination: get('linkToDestination', null),
      noWrap: get('noWrap', null),
      opacity: get('opacity', 1),
      sup: get('sup', false),
      sub: get('sub', false),
      lineHeight: get('lineHeight', 1) as number,
      preserveLeadingSpaces: get('preserveLeadingSpaces', false),
      preserveTrailingSpaces: get('preserveTrailingSpaces', false),
    };
  };

  class RunStyleTextInlines extends TextInlines {
    measure(array: Word[], stack: unknown): Word[] {
      if (array.length) {
        const leadingIndent = lookup.getStyleProperty(array[0]!, stack, 'leadingIndent', 0) as number;
        if (leadingIndent) {
          array[0]!.leadingCut = -leadingIndent;
          array[0]!.leadingIndent = leadingIndent;
        }
      }
      let style: Array<[string, unknown]> | null = null;
      let a: Answers | null = null;
      for (const item of array) {
        if (!a || !style || !hasStyle(item, style)) {
          style = styleOf(item);
          a = ask(this, item, stack);
        }
        // As pdfmake's measure(), property by property.
        item.font = a.font;
        item.alignment = a.alignment;
        item.fontSize = a.fontSize;
        item.fontFeatures = a.fontFeatures;
        item.characterSpacing = a.characterSpacing;
        item.color = a.color;
        item.decoration = a.decoration;
        item.decorationColor = a.decorationColor;
        item.decorationStyle = a.decorationStyle;
        item.decorationThickness = a.decorationThickness;
        item.background = a.background;
        item.link = a.link;
        item.linkToPage = a.linkToPage;
        item.linkToDestination = a.linkToDestination;
        item.noWrap = a.noWrap;
        item.opacity = a.opacity;
        item.sup = a.sup;
        item.sub = a.sub;
        if (item.sup || item.sub) item.fontSize = (item.fontSize as number) * 0.58;
        item.width = this.widthOfText(item.text, item);
        item.height = a.font.lineHeight(item.fontSize as number) * a.lineHeight;
        if (!item.leadingCut) item.leadingCut = 0;
        if (!a.preserveLeadingSpaces) {
          const leadingSpaces = item.text.match(LEADING);
          if (leadingSpaces) item.leadingCut = (item.leadingCut as number) + this.widthOfText(leadingSpaces[0]!, item);
        }
        item.trailingCut = 0;
        if (!a.preserveTrailingSpaces) {
          const trailingSpaces = item.text.match(TRAILING);
          if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0]!, item);
        }
      }
      return array;
    }
  }
  return RunStyleTextInlines as unknown as T;
}
