import type { DiagnosticCode } from '../messages/index.js';

/**
 * The check of an SVG logo, and the copy of it that the HTML and the PDF embed.
 *
 * An SVG is a document that may point elsewhere: `<image href="/etc/…">`, `<use href="other.svg#x">`,
 * `url(http://…)` in a style, an entity declared as SYSTEM "file:…". svg-to-pdfkit (under
 * pdfmake) hands an image reference to PDFKit's file reader, so such a logo would put any file
 * of the machine into plan.pdf, or hang on a FIFO. A logo is a picture that travels with the
 * plan, so everything it draws must be inside it: only `data:` PNG and JPEG images, references
 * within the SVG itself (`#id`), and links (`<a>`) to http, https and mailto. Anything else is
 * refused with its line and column in the SVG, never quietly dropped, so the author knows
 * the logo they see is the logo that is printed.
 *
 * The scan is one pass over the text, without recursion (a hostile SVG nests thousands of
 * groups), without a DOM and without expanding entities by the DTD's rules. Pure: no files.
 */

export type SvgProblemKind =
  /** The root element is not <svg>. */
  | 'not-svg'
  /** Not well-formed XML where it matters (an unclosed tag, an undeclared entity). */
  | 'malformed'
  /** A reference to a file or address outside the SVG. */
  | 'external'
  /** An <a> whose target is not http, https or mailto. */
  | 'link'
  /** Nested or chained too deep, or expanding to too many elements. */
  | 'too-deep'
  /** No usable size: viewBox or width and height missing, zero or absurd. */
  | 'size'
  /** A number too large to draw. */
  | 'number'
  /** A DTD declaration other than a plain internal entity. */
  | 'dtd';

export interface SvgProblem {
  kind: SvgProblemKind;
  /** 1-based, in the SVG file. */
  line: number;
  column: number;
  /** What was found there, for the message: `<image href="…">`, shortened. */
  found?: string;
}

export type SvgCheck = { ok: true; svg: string } | { ok: false; problem: SvgProblem };

/** Elements may nest this deep; a logo needs a dozen levels, svg-to-pdfkit recurses per level. */
export const MAX_SVG_DEPTH = 100;
/** Elements drawn once every `<use>` and `url(#…)` is followed; a billion-laughs SVG expands past any bound. */
const MAX_EXPANDED_ELEMENTS = 100_000;
/** A coordinate or length above this is no logo; PDFKit refuses numbers past 1e21. */
const MAX_NUMBER = 1e7;
/** How far nested transforms may enlarge a drawing, multiplied along the nesting. */
const MAX_SCALE = 1e6;
/** The smallest and largest width or height of the logo's own coordinate system. */
const MIN_SIZE = 1e-2;
/** Entity values, substituted once each, may add this many characters in all. */
const MAX_ENTITY_GROWTH = 1024 * 1024;

const SAFE_LINK = /^(https?:|mailto:)/i;
const DATA_IMAGE = /^data:image\/(png|jpe?g);base64,/i;
/** Attributes that load or point at something, in SVG and in the HTML a foreignObject may hold. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'data', 'poster', 'background', 'action', 'formaction', 'codebase', 'lowsrc', 'dynsrc', 'longdesc', 'cite', 'ping', 'manifest', 'usemap', 'archive', 'classid', 'profile']);
/** Attributes whose numbers end up as coordinates in the PDF. */
const GEOMETRY_ATTRIBUTES = new Set([
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height', 'd', 'points', 'viewBox',
  'stroke-width', 'font-size', 'dx', 'dy', 'refX', 'refY', 'markerWidth', 'markerHeight', 'stroke-dasharray', 'stroke-dashoffset', 'letter-spacing', 'word-spacing',
]);
const TRANSFORM_ATTRIBUTES = new Set(['transform', 'gradientTransform', 'patternTransform']);
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
/** An entity or character reference, without its "&" and ";". */
const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_:][\w.:-]{0,63});/y;

class Refusal extends Error {
  constructor(
    readonly kind: SvgProblemKind,
    readonly offset: number,
    readonly found?: string,
  ) {
    super(kind);
  }
}

/** Whether the bytes start like an SVG document (after an XML declaration, comments and a DOCTYPE, with or without an internal subset). */
export function looksLikeSvg(data: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  // Sticky patterns, matched where the previous part ended: no copying of the rest each time.
  const prolog = /\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/y;
  const doctype = /\s*<!DOCTYPE\s/y;
  const root = /\s*<svg[\s>/]/y;
  let at = 0;
  for (;;) {
    prolog.lastIndex = doctype.lastIndex = root.lastIndex = at;
    if (prolog.test(head)) at = prolog.lastIndex;
    else if (doctype.test(head)) {
      at = doctypeEnd(head, doctype.lastIndex - '<!DOCTYPE '.length);
      if (at < 0) return false;
    } else return root.test(head);
  }
}

/** Offset just past the `>` that closes the DOCTYPE at `start`, skipping its internal subset; -1 if none. */
function doctypeEnd(text: string, start: number): number {
  let quote: string | null = null;
  let inSubset = false;
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '<' && inSubset && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return -1;
      i = close + 2;
    } else if (c === '>' && !inSubset) return i + 1;
  }
  return -1;
}

interface Element {
  name: string;
  parent: number;
  /** Local targets (`#id`, `url(#id)`) that svg-to-pdfkit draws or reads from this element. */
  refs: string[];
}

/**
 * Checks an SVG logo and returns the copy to embed: the text as written, without its DOCTYPE,
 * each reference to an internal entity replaced by that entity's value (plain text by the
 * rule below, so once is all there is). Or the first problem, with its place in the file.
 */
export function checkSvgLogo(text: string): SvgCheck {
  try {
    return { ok: true, svg: new SvgScan(text).run() };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { line, column } = lineColumn(text, error.offset);
    return { ok: false, problem: { kind: error.kind, line, column, ...(error.found !== undefined ? { found: error.found } : {}) } };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const shorten = (value: string): string => {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const plain = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return plain.length > 60 ? `${plain.slice(0, 57)}…` : plain;
};

class SvgScan {
  private pos = 0;
  private readonly out: string[] = [];
  private copiedUpTo = 0;
  private readonly entities = new Map<string, string>();
  private growth = 0;
  private ampFrom = Infinity;
  private ampAt = -1;
  private readonly elements: Element[] = [];
  private readonly ids = new Map<string, number>();
  /** Open elements: index into `elements`, and how much transforms have enlarged so far. */
  private readonly open: Array<{ index: number; scale: number }> = [];
  private rootClosed = false;
  /** Text of the <style> element being read, checked when it closes. */
  private style: { text: string; at: number } | null = null;

  constructor(private readonly text: string) {}

  run(): string {
    const t = this.text;
    if (t.startsWith('\uFEFF')) this.pos = 1;
    while (this.pos < t.length) {
      const lt = t.indexOf('<', this.pos);
      const textEnd = lt < 0 ? t.length : lt;
      if (textEnd > this.pos) this.characters(this.pos, textEnd);
      if (lt < 0) break;
      this.pos = lt;
      if (t.startsWith('<!--', lt)) this.skipPast('-->', lt);
      else if (t.startsWith('<![CDATA[', lt)) {
        const end = this.skipPast(']]>', lt);
        if (this.style) this.style.text += t.slice(lt + 9, end - 3);
      } else if (t.startsWith('<?', lt)) {
        const end = this.skipPast('?>', lt);
        // A style sheet processing instruction loads a file or URL when the SVG is opened on its own.
        if (/^<\?xml-stylesheet\b/.test(t.slice(lt, end))) throw new Refusal('external', lt, shorten(t.slice(lt, end)));
      } else if (t.startsWith('<!DOCTYPE', lt)) this.doctype(lt);
      else if (t.startsWith('</', lt)) this.endTag(lt);
      else this.startTag(lt);
    }
    if (this.elements.length === 0) throw new Refusal('not-svg', 0);
    if (!this.rootClosed) throw new Refusal('malformed', t.length);
    this.checkExpansion();
    this.out.push(t.slice(this.copiedUpTo));
    return this.out.join('');
  }

  /** Moves past `end` (which must come), returning the offset after it. */
  private skipPast(end: string, from: number): number {
    const at = this.text.indexOf(end, from + 2);
    if (at < 0) throw new Refusal('malformed', from, shorten(this.text.slice(from, from + 20)));
    this.pos = at + end.length;
    return this.pos;
  }

  /** Copies the text up to `from`, then `replacement` in place of `from`…`to`. */
  private replace(from: number, to: number, replacement: string): void {
    this.out.push(this.text.slice(this.copiedUpTo, from), replacement);
    this.copiedUpTo = to;
  }

  private characters(from: number, to: number): void {
    if (this.open.length === 0 && this.text.slice(from, to).trim() !== '') {
      // Text outside the root element: not XML, or not an SVG.
      throw new Refusal(this.elements.length === 0 ? 'not-svg' : 'malformed', from);
    }
    const decoded = this.entityRefs(from, to, true);
    if (this.style) this.style.text += decoded;
  }

  /**
   * The next "&" at or after `from`. Remembered, since the scan only moves forward: searching
   * the whole rest of a file without "&" once per attribute would take quadratic time.
   */
  private nextAmp(from: number): number {
    if (from < this.ampFrom || (this.ampAt !== -1 && from > this.ampAt)) {
      this.ampFrom = from;
      this.ampAt = this.text.indexOf('&', from);
    }
    return this.ampAt;
  }

  /**
   * The text from..to with entity and character references resolved, as a reader sees it;
   * when `substitute`, each internal entity is also replaced in the copy (escaped for XML).
   */
  private entityRefs(from: number, to: number, substitute: boolean): string {
    const t = this.text;
    let result = '';
    let done = from;
    for (let amp = this.nextAmp(from); amp !== -1 && amp < to; amp = this.nextAmp(amp + 1)) {
      // Matched where it stands (sticky), so a text full of "&" stays linear.
      REFERENCE.lastIndex = amp;
      const name = REFERENCE.exec(t)?.[1];
      if (name === undefined || amp + name.length + 2 > to) throw new Refusal('malformed', amp, shorten(t.slice(amp, amp + 20)));
      const semi = amp + name.length + 1;
      let value: string | undefined;
      if (/^#x[0-9a-fA-F]{1,6}$/.test(name) || /^#[0-9]{1,7}$/.test(name)) {
        const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (code > 0x10ffff) throw new Refusal('malformed', amp, shorten(t.slice(amp, semi + 1)));
        value = String.fromCodePoint(code);
      } else if (PREDEFINED[name] !== undefined) value = PREDEFINED[name];
      else if (this.entities.has(name)) {
        value = this.entities.get(name)!;
        if (substitute) {
          const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
          this.growth += escaped.length;
          if (this.growth > MAX_ENTITY_GROWTH) throw new Refusal('too-deep', amp, shorten(t.slice(amp, semi + 1)));
          this.replace(amp, semi + 1, escaped);
        }
      } else throw new Refusal('malformed', amp, shorten(t.slice(amp, semi + 1)));
      result += t.slice(done, amp) + value;
      done = semi + 1;
    }
    return result + t.slice(done, to);
  }

  /** The DOCTYPE, dropped from the copy; its internal subset may hold only plain internal entities. */
  private doctype(start: number): void {
    const t = this.text;
    if (this.elements.length > 0) throw new Refusal('malformed', start);
    const end = doctypeEnd(t, start);
    if (end < 0) throw new Refusal('malformed', start, '<!DOCTYPE');
    const open = t.indexOf('[', start);
    if (open !== -1 && open < end) {
      let i = open + 1;
      for (;;) {
        while (i < end && /\s/.test(t[i]!)) i++;
        if (t[i] === ']') break;
        if (t.startsWith('<!--', i)) {
          const close = t.indexOf('-->', i + 4);
          if (close < 0 || close > end) throw new Refusal('malformed', i);
          i = close + 3;
        } else if (t.startsWith('<?', i)) {
          const close = t.indexOf('?>', i);
          if (close < 0 || close > end) throw new Refusal('malformed', i);
          i = close + 2;
        } else if (t.startsWith('<!ENTITY', i)) {
          i = this.entity(i, end);
        } else {
          // <!ELEMENT, <!ATTLIST (its defaults could add an href to every <image>), %parameter; …
          throw new Refusal('dtd', i, shorten(t.slice(i, Math.min(t.indexOf('>', i) + 1 || i + 40, i + 60))));
        }
      }
    }
    this.replace(start, end, '');
    this.pos = end;
  }

  /** One `<!ENTITY name "value">`; returns the offset after it. */
  private entity(start: number, limit: number): number {
    const t = this.text;
    const close = t.indexOf('>', start);
    const shown = shorten(t.slice(start, close < 0 || close > start + 200 ? start + 60 : close + 1));
    // Name and opening quote, matched where they stand; the value is found by its closing quote.
    const head = /<!ENTITY\s+([A-Za-z_:][\w.:-]{0,63})\s+(["'])/y;
    head.lastIndex = start;
    const match = head.exec(t);
    // No quote: a parameter entity (%) or an external one (SYSTEM, PUBLIC), which reads a file or URL.
    if (!match) throw new Refusal('dtd', start, shown);
    const valueStart = start + match[0].length;
    const valueEnd = t.indexOf(match[2]!, valueStart);
    const tail = /\s*>/y;
    tail.lastIndex = valueEnd + 1;
    if (valueEnd < 0 || valueEnd > limit || !tail.test(t)) throw new Refusal('dtd', start, shown);
    const value = t.slice(valueStart, valueEnd);
    // A value with "&", "%" or "<" refers to other entities or holds markup: the billion-laughs
    // form. Illustrator's entities are plain namespace names.
    if (/[&%<]/.test(value)) throw new Refusal('dtd', start, shown);
    if (!this.entities.has(match[1]!)) this.entities.set(match[1]!, value);
    return tail.lastIndex;
  }

  private endTag(start: number): void {
    const t = this.text;
    const close = t.indexOf('>', start);
    if (close < 0) throw new Refusal('malformed', start);
    const name = t.slice(start + 2, close).trim();
    const top = this.open.pop();
    if (!top || this.elements[top.index]!.name !== name) throw new Refusal('malformed', start, shorten(t.slice(start, close + 1)));
    this.closed(top.index);
    this.pos = close + 1;
  }

  private closed(index: number): void {
    const element = this.elements[index]!;
    if (element.name === 'style' || element.name.endsWith(':style')) {
      if (this.style) this.checkCss(this.style.text, this.style.at, index);
      this.style = null;
    }
    if (this.open.length === 0) this.rootClosed = true;
  }

  private startTag(start: number): void {
    const t = this.text;
    if (this.rootClosed) throw new Refusal('malformed', start);
    const nameMatch = /^<([^\s/>]+)/.exec(t.slice(start, start + 256));
    if (!nameMatch) throw new Refusal('malformed', start);
    const name = nameMatch[1]!;
    const local = name.slice(name.lastIndexOf(':') + 1);
    if (this.elements.length === 0 && local !== 'svg') throw new Refusal('not-svg', start);
    const parent = this.open[this.open.length - 1];
    const index = this.elements.length;
    const element: Element = { name, parent: parent?.index ?? -1, refs: [] };
    this.elements.push(element);
    let i = start + nameMatch[0].length;
    const attributes = new Map<string, { value: string; at: number }>();
    let selfClosing = false;
    for (;;) {
      while (i < t.length && /\s/.test(t[i]!)) i++;
      if (i >= t.length) throw new Refusal('malformed', start, shorten(t.slice(start, start + 40)));
      if (t[i] === '>') break;
      if (t.startsWith('/>', i)) {
        selfClosing = true;
        i++;
        break;
      }
      const head = /^([^\s=/>]+)\s*=\s*(["'])/.exec(t.slice(i, i + 300));
      const valueStart = head ? i + head[0].length : -1;
      const close = head ? t.indexOf(head[2]!, valueStart) : -1;
      if (!head || close < 0) throw new Refusal('malformed', i, shorten(t.slice(i, i + 40)));
      attributes.set(head[1]!, { value: this.entityRefs(valueStart, close, true), at: i });
      i = close + 1;
    }
    this.pos = i + 1;

    const scale = (parent?.scale ?? 1) * this.checkAttributes(index, local, attributes);
    if (scale > MAX_SCALE) throw new Refusal('number', start, shorten(t.slice(start, i + 1)));
    if (index === 0) this.checkRootSize(attributes, start);
    const id = attributes.get('id')?.value;
    if (id !== undefined && !this.ids.has(id)) this.ids.set(id, index);
    if (selfClosing) {
      if (this.open.length === 0) this.rootClosed = true;
      return;
    }
    this.open.push({ index, scale });
    if (this.open.length > MAX_SVG_DEPTH) throw new Refusal('too-deep', start, `<${name}>`);
    if (local === 'style') this.style = { text: '', at: this.pos };
  }

  /** Checks one element's attributes; returns how much its transform enlarges (1 for none). */
  private checkAttributes(index: number, local: string, attributes: Map<string, { value: string; at: number }>): number {
    const element = this.elements[index]!;
    let scale = 1;
    for (const [name, { value, at }] of attributes) {
      const attrLocal = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const found = (): string => `<${element.name} ${name}="${shorten(value)}">`;
      if (REFERENCE_ATTRIBUTES.has(attrLocal)) {
        // Browsers drop tabs, line breaks and leading spaces from a URL before reading its scheme.
        // eslint-disable-next-line no-control-regex -- those characters are what is removed
        const target = value.replace(/[\u0000-\u0020]/g, '');
        if (target === '') continue;
        if (local === 'a' && attrLocal === 'href') {
          if (!SAFE_LINK.test(target)) throw new Refusal('link', at, found());
        } else if ((local === 'image' || local === 'img' || local === 'feImage') && (attrLocal === 'href' || attrLocal === 'src') && DATA_IMAGE.test(target)) {
          if (!imageData(target)) throw new Refusal('external', at, found());
        } else if (target.startsWith('#') && local !== 'image' && local !== 'img') {
          element.refs.push(target.slice(1));
        } else throw new Refusal('external', at, found());
        continue;
      }
      if (name === 'style' || value.includes('url(') || /\\|image-set|@import/i.test(value)) this.checkCss(value, at, index, found());
      if (GEOMETRY_ATTRIBUTES.has(name)) {
        for (const [number] of value.matchAll(NUMBER)) if (!(Math.abs(Number(number)) <= MAX_NUMBER)) throw new Refusal('number', at, found());
      }
      if (TRANSFORM_ATTRIBUTES.has(name)) scale *= transformScale(value, at, found());
    }
    return scale;
  }

  /** CSS (a style attribute or <style>) may use url(#id) only: no url(file), @import or image-set. */
  private checkCss(css: string, at: number, index: number, found?: string): void {
    const plain = unescapeCss(css);
    if (/@import|image-set\s*\(|(?:^|[^\w-])src\s*\(/i.test(plain)) throw new Refusal('external', at, found ?? shorten(plain.slice(plain.search(/@import|image-set|src\s*\(/i))));
    for (const match of plain.matchAll(/url\s*\(\s*(["']?)([^"')]*)/gi)) {
      const target = match[2]!.trim();
      if (!target.startsWith('#')) throw new Refusal('external', at, found ?? shorten(match[0]));
      this.elements[index]?.refs.push(target.slice(1));
    }
  }

  private checkRootSize(attributes: Map<string, { value: string }>, at: number): void {
    const viewBox = attributes.get('viewBox')?.value.trim().split(/[\s,]+/).map(Number);
    const usable = (n: number | undefined): boolean => n !== undefined && Number.isFinite(n) && n >= MIN_SIZE && n <= MAX_NUMBER;
    if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
      if (usable(viewBox[2]) && usable(viewBox[3])) return;
      throw new Refusal('size', at, `viewBox="${shorten(attributes.get('viewBox')!.value)}"`);
    }
    const length = (value: string | undefined): number | undefined =>
      value !== undefined && /^\s*[+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*(px|pt|mm|cm|in)?\s*$/.test(value) ? parseFloat(value) : undefined;
    if (usable(length(attributes.get('width')?.value)) && usable(length(attributes.get('height')?.value))) return;
    throw new Refusal('size', at);
  }

  /**
   * How many elements the PDF draws once every reference is followed, and how deep the
   * drawing recurses: a chain of `<use>` (each pointing at the one before) is as deep as
   * nested groups, and ten uses of ten uses of … expand like the billion laughs.
   */
  private checkExpansion(): void {
    const n = this.elements.length;
    const children: number[][] = Array.from({ length: n }, () => []);
    for (let i = 1; i < n; i++) children[this.elements[i]!.parent]!.push(i);
    const edges = (i: number): number[] => [...children[i]!, ...this.elements[i]!.refs.map((id) => this.ids.get(id)).filter((j): j is number => j !== undefined)];
    const cost = new Float64Array(n);
    const depth = new Int32Array(n);
    const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
    const stack: Array<{ node: number; next: number[] }> = [{ node: 0, next: edges(0) }];
    state[0] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = frame.next.pop();
      if (next === undefined) {
        let total = 1;
        let deepest = 0;
        for (const j of edges(frame.node)) {
          total += cost[j]!;
          deepest = Math.max(deepest, depth[j]!);
        }
        cost[frame.node] = total;
        depth[frame.node] = deepest + 1;
        state[frame.node] = 2;
        stack.pop();
        if (total > MAX_EXPANDED_ELEMENTS || deepest + 1 > MAX_SVG_DEPTH * 1.5) throw new Refusal('too-deep', 0);
        continue;
      }
      // A reference back to an element being drawn: svg-to-pdfkit skips it, and so may we.
      if (state[next] !== 0) continue;
      state[next] = 1;
      stack.push({ node: next, next: edges(next) });
    }
  }
}

/** Whether a data: image decodes to a PNG or JPEG (PDFKit throws on anything else). */
function imageData(url: string): boolean {
  const comma = url.indexOf(',');
  const bytes = Buffer.from(url.slice(comma + 1, comma + 1 + 16), 'base64');
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}

/** CSS escapes (`\75 rl(` is `url(`) resolved, so a check sees what a browser sees. */
function unescapeCss(css: string): string {
  return css.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/gs, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : char!));
}

/** How much a transform list enlarges at most: the product of each function's largest factor. */
function transformScale(value: string, at: number, found: string): number {
  let scale = 1;
  for (const [, fn, args] of value.matchAll(/([a-zA-Z]+)\s*\(([^)]*)\)/g)) {
    const numbers = [...args!.matchAll(NUMBER)].map((m) => Number(m[0]));
    if (numbers.some((x) => !(Math.abs(x) <= MAX_NUMBER))) throw new Refusal('number', at, found);
    const name = fn!.toLowerCase();
    let factor = 1;
    if (name === 'matrix') factor = Math.max(...numbers.slice(0, 4).map(Math.abs), 1);
    else if (name === 'scale') factor = Math.max(...numbers.map(Math.abs), 1);
    else if (name === 'skewx' || name === 'skewy') factor = Math.max(1, Math.abs(Math.tan(((numbers[0] ?? 0) * Math.PI) / 180)));
    scale *= factor;
  }
  return scale;
}

/** The diagnostic code for each kind of problem (the catalogue is src/messages/render.ts). */
const problemCodes: Record<SvgProblemKind, { code: DiagnosticCode }> = {
  'not-svg': { code: 'logo-not-image' },
  malformed: { code: 'logo-svg-malformed' },
  external: { code: 'logo-svg-external' },
  link: { code: 'logo-svg-link' },
  'too-deep': { code: 'logo-svg-too-complex' },
  number: { code: 'logo-svg-too-complex' },
  size: { code: 'logo-svg-size' },
  dtd: { code: 'logo-svg-dtd' },
};

/**
 * An SVG logo's bytes checked: the copy to embed, or the diagnostic code and its parameters
 * (where in the SVG, and what was found there). Pure, for `plan render` and `plan validate`.
 */
export function inspectSvgLogo(data: Uint8Array): { ok: true; svg: Uint8Array } | { ok: false; code: DiagnosticCode; params: { svgLine: number; svgColumn: number; found?: string; kind: SvgProblemKind } } {
  const checked = checkSvgLogo(new TextDecoder('utf-8', { fatal: false }).decode(data));
  if (checked.ok) return { ok: true, svg: new TextEncoder().encode(checked.svg) };
  const { kind, line, column, found } = checked.problem;
  return { ok: false, code: problemCodes[kind].code, params: { svgLine: line, svgColumn: column, kind, ...(found !== undefined ? { found } : {}) } };
}

/**
 * The checked SVG as svg-to-pdfkit should read it. It draws nothing inside a `<switch>`, which
 * Illustrator wraps around the whole drawing (a `<foreignObject>` with its private data, then
 * the drawing as the fallback every renderer shows). As a group, the switch's drawing is
 * drawn; the foreignObject is skipped by svg-to-pdfkit anyway. Only for checked SVGs: the
 * text holds no "<" outside markup, so every "<switch" is a tag (or inside a comment, where
 * renaming does no harm).
 */
export function svgForPdf(checkedSvg: string): string {
  return checkedSvg.replace(/<(\/?)((?:[A-Za-z_][\w.-]*:)?)switch(?=[\s/>])/g, '<$1$2g');
}
