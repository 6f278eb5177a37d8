/**
 * Writes the text style in force out on every text node of a pdfmake document, and the most
 * asked part of it on every run of text, so that pdfmake finds it at once instead of searching
 * for it word by word.
 *
 * pdfmake breaks text into words and asks, for each word, some twenty style properties (font,
 * size, colour, decoration, link …). It answers each question by walking a stack: the word,
 * the text node (twice), every enclosing node with its named styles, down to the default
 * style; most answers are defaults at the bottom. Each question allocates (a closure and its
 * context, an array, a Set per named style on the way): some 45 MB of garbage for the 39
 * pages of the Brugge plan. A property that the word itself has is answered without any of
 * that; a word has the properties of its run (pdfmake copies them onto each word).
 *
 * So each run gets the properties pdfmake would find for it, as many as a word can take: pdfmake
 * copies them one by one, and V8 turns an object that gets more than a dozen properties that
 * way into a slow dictionary. The text node gets all of them, so that the other questions end
 * two steps down the stack.
 *
 * Where pdfmake's answer would be "nothing" (null), a value is written that every reader of the
 * property treats the same way (false for "no decoration", "no background" …). Only `link`
 * is never written as "nothing": PDFKit makes a link of any value but null. The result lays
 * out and draws exactly as before, to the byte (test/unit/pdf-engine.test.ts).
 *
 * Follows pdfmake 0.3.11 (StyleContextStack.js, DocMeasure.js, TextBreaker.js, TextInlines.js):
 * a node's own properties win over its named styles, a later named style over an earlier one,
 * and every enclosing node passes its properties on. Styles that extend other styles are not
 * followed; a document that has them is left as it is.
 */
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces.js';

type Style = Record<string, unknown>;
type Node = Record<string, unknown>;

/** What pdfmake asks of each word (TextBreaker.getBreaks and TextInlines.measure). */
const WORD_PROPERTIES = [
  'font',
  'bold',
  'italics',
  'alignment',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'noWrap',
  'opacity',
  'sup',
  'sub',
  'lineHeight',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'wordBreak',
  'leadingIndent',
] as const;
const WORD_PROPERTY_NAMES: ReadonlySet<string> = new Set(WORD_PROPERTIES);

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Adds the word properties a style or node sets to `out` (a copy of `inherited`, made when first needed). */
function applyStyle(out: Style | null, inherited: Style, source: Style | undefined): Style | null {
  if (!source) return out;
  for (const key in source) {
    if (!WORD_PROPERTY_NAMES.has(key)) continue;
    const value = source[key];
    if (value !== undefined && value !== null) {
      out ??= { ...inherited };
      out[key] = value;
    }
  }
  return out;
}

/** The text properties in force below a node: the inherited ones, then its named styles, then its own. */
function cascade(inherited: Style, node: Node, styles: StyleDictionary): Style {
  let out: Style | null = null;
  const names = node.style;
  if (typeof names === 'string') out = applyStyle(out, inherited, styles[names] as Style | undefined);
  else if (Array.isArray(names)) for (const name of names) if (typeof name === 'string') out = applyStyle(out, inherited, styles[name] as Style | undefined);
  out = applyStyle(out, inherited, node);
  return out ?? inherited;
}

/**
 * A text node with every word property written out, as a new object: the properties first, in
 * one order (one object shape for all text nodes), then the rest of the node. Each value is
 * what pdfmake would find, or when it finds none, its default (TextInlines.measure) or a value
 * read as null.
 */
function resolvedText(node: Node, s: Style, styles: StyleDictionary): Node {
  const out: Node = {
    font: s.font ?? 'Roboto',
    bold: s.bold ?? false,
    italics: s.italics ?? false,
    alignment: s.alignment ?? 'left',
    fontSize: s.fontSize ?? 12,
    fontFeatures: s.fontFeatures ?? false,
    characterSpacing: s.characterSpacing ?? 0,
    color: s.color ?? 'black',
    decoration: s.decoration ?? false,
    decorationColor: s.decorationColor ?? false,
    decorationStyle: s.decorationStyle ?? false,
    decorationThickness: s.decorationThickness ?? false,
    background: s.background ?? false,
    linkToPage: s.linkToPage ?? false,
    linkToDestination: s.linkToDestination ?? false,
    noWrap: s.noWrap ?? false,
    opacity: s.opacity ?? 1,
    sup: s.sup ?? false,
    sub: s.sub ?? false,
    lineHeight: s.lineHeight ?? 1,
    preserveLeadingSpaces: s.preserveLeadingSpaces ?? false,
    preserveTrailingSpaces: s.preserveTrailingSpaces ?? false,
    wordBreak: s.wordBreak ?? 'normal',
    leadingIndent: s.leadingIndent ?? 0,
  };
  if (s.link !== undefined && s.link !== null) out.link = s.link;
  for (const key in node) if (!WORD_PROPERTY_NAMES.has(key)) out[key] = node[key];
  // The runs, unless pdfmake uses the node's text elsewhere: a bookmark without a title of its
  // own takes it, and so do pdfmake's own table of contents (tocItem) and text references to
  // the node's id, each in a style of its own.
  const usedElsewhere = (Boolean(node.outline) && !node.outlineText) || node.tocItem !== undefined || node.id !== undefined;
  const text = node.text;
  if (usedElsewhere) return out;
  if (typeof text === 'string') out.text = [fullRun(text, out)];
  else if (Array.isArray(text) || isNode(text) || isTextValue(text)) out.text = flatten([text]).map((run) => resolvedRun(run, out, styles));
  return out;
}

/**
 * The properties written on runs, most useful first: ones pdfmake also writes on each word
 * while measuring it, so the word gets no property it would not have had, then bold and italics.
 */
const RUN_PROPERTIES = ['font', 'fontSize', 'color', 'alignment', 'opacity', 'sup', 'sub', 'noWrap', 'characterSpacing', 'fontFeatures', 'decoration', 'background', 'bold', 'italics'] as const;
/**
 * Properties a word may get from its run and stay a fast object in V8: pdfmake copies them with
 * `word[key] = value`, and after 15 of those (with the line end pdfmake may set) V8 keeps the
 * object as a dictionary.
 */
const MAX_RUN_PROPERTIES = 14;
const RUN_PROPERTY_NAMES: ReadonlySet<string> = new Set(RUN_PROPERTIES);

/** A run with all of RUN_PROPERTIES, from a style that has them all. */
function fullRun(text: unknown, s: Style): Node {
  return {
    text,
    font: s.font,
    fontSize: s.fontSize,
    color: s.color,
    alignment: s.alignment,
    opacity: s.opacity,
    sup: s.sup,
    sub: s.sub,
    noWrap: s.noWrap,
    characterSpacing: s.characterSpacing,
    fontFeatures: s.fontFeatures,
    decoration: s.decoration,
    background: s.background,
    bold: s.bold,
    italics: s.italics,
  };
}

/** pdfmake's flattening of nested text arrays (TextInlines.flattenTextArray): an item whose text is an array gives way to its items. */
function flatten(items: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    if (Array.isArray(item)) out.push(...flatten(item));
    else if (isNode(item) && Array.isArray(item.text)) out.push(...flatten(item.text));
    else out.push(item);
  }
  return out;
}

/** A run with the most asked properties written out (see RUN_PROPERTIES), as a new object; `inNode` has them all. */
function resolvedRun(run: unknown, inNode: Node, styles: StyleDictionary): unknown {
  if (!isNode(run)) return fullRun(run, inNode);
  const style = cascade(inNode, run, styles);
  let others = 0;
  for (const key in run) if (key !== 'text' && !RUN_PROPERTY_NAMES.has(key)) others++;
  if (others === 0) return fullRun(run.text, style);
  // The run's own properties stay; what room is left is filled in order.
  let room = MAX_RUN_PROPERTIES - others;
  for (const name of RUN_PROPERTIES) if (Object.hasOwn(run, name)) room--;
  if (room < 0) return run;
  const out: Node = { text: run.text };
  for (const name of RUN_PROPERTIES) {
    if (Object.hasOwn(run, name)) out[name] = style[name];
    else if (room > 0) {
      out[name] = style[name];
      room--;
    }
  }
  for (const key in run) if (key !== 'text' && !RUN_PROPERTY_NAMES.has(key)) out[key] = run[key];
  return out;
}

/** Values that pdfmake turns into a text node (DocPreprocessor). */
const isTextValue = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** A node with the text style written out on its text nodes; a text node is replaced by a new object. */
function resolveNode(node: unknown, inherited: Style, styles: StyleDictionary): unknown {
  if (Array.isArray(node)) {
    // An array of content is a stack without properties of its own.
    resolveAll(node, inherited, styles);
    return node;
  }
  if (isTextValue(node)) return resolvedText({ text: node }, inherited, styles);
  if (!isNode(node)) return node;
  const style = cascade(inherited, node, styles);
  if (node.section !== undefined) node.section = resolveNode(node.section, style, styles);
  else if (node.columns !== undefined) resolveAll(node.columns, style, styles);
  else if (node.stack !== undefined) resolveAll(node.stack, style, styles);
  else if (node.ul !== undefined) resolveAll(node.ul, style, styles);
  else if (node.ol !== undefined) resolveAll(node.ol, style, styles);
  else if (node.table !== undefined) {
    for (const row of (node.table as { body?: unknown[] }).body ?? []) resolveAll(row, style, styles);
  } else if (node.text !== undefined && node.text !== null) {
    return resolvedText(node, style, styles);
  }
  return node;
}

function resolveAll(list: unknown, inherited: Style, styles: StyleDictionary): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) list[i] = resolveNode(list[i], inherited, styles);
}

/** Content that a function gives page by page (header, footer), resolved as it is given. */
function resolvedDynamic(make: unknown, root: Style, styles: StyleDictionary): unknown {
  if (typeof make !== 'function') return make;
  return (...args: unknown[]) => resolveNode((make as (...a: unknown[]) => unknown)(...args), root, styles);
}

/**
 * Writes the text style out on every text node of the definition's content, header and footer
 * (see the top of this file). Changes the definition in place and returns it.
 */
export function resolveTextStyles(definition: TDocumentDefinitions): TDocumentDefinitions {
  const styles = definition.styles ?? {};
  if (Object.values(styles).some((s) => s && 'extends' in s)) return definition;
  // pdfmake's default style when the definition has none.
  const root = cascade({}, (definition.defaultStyle ?? { fontSize: 12, font: 'Roboto' }) as Node, {});
  definition.content = resolveNode(definition.content, root, styles) as Content;
  definition.header = resolvedDynamic(definition.header, root, styles) as TDocumentDefinitions['header'];
  definition.footer = resolvedDynamic(definition.footer, root, styles) as TDocumentDefinitions['footer'];
  return definition;
}
