import { load, Schema, Type, type LoadOptions, type State } from 'js-yaml';
import { MAX_DEPTH } from './source-file.js';

/**
 * "Parse fast, locate on demand". The yaml library (src/load/source-file.ts) keeps every
 * node with its position, which only a diagnostic needs, and costs a clean plan like Brugge
 * some 40 ms of a start-up of 160. js-yaml reads the same text in a quarter of the time but
 * keeps no positions and differs from yaml (and from what src/load/yaml-structure.ts checks) in
 * corners. So its result is used only when it is certain the slow path would give exactly
 * the same data and no problem at all; for anything else the file falls back to the slow
 * path, which reports every problem with its exact position as before.
 * test/property/fast-parse.property.test.ts holds the two paths against each other.
 */
export type FastParse = { data: Record<string, unknown> } | { fallback: FallbackReason };

export type FallbackReason =
  /** js-yaml refused or warned: syntax, a duplicate key, a tag, indentation, too deep, several documents … */
  | 'js-yaml-error'
  /** `%YAML` or `%TAG` directives. */
  | 'directive'
  /** `!<…>` verbatim tags (`!<?>` slips past the check of tags below). */
  | 'verbatim-tag'
  /** A byte-order mark past the start of the file. */
  | 'byte-order-mark'
  /** `"text"#comment`, `[a,#comment`: yaml (strict) wants a space before the #, js-yaml does not. */
  | 'comment-without-space'
  /** A tab at the start of a line, after spaces only. */
  | 'tab'
  /** A `-` with nothing after it on its line (`- -`, `-` then the item below). */
  | 'empty-item'
  /** `--- key: value` (yaml refuses it) or `---key: value` (js-yaml drops the dashes). */
  | 'document-marker'
  /** A `:` more than 1024 characters into a line: yaml (strict) refuses such long keys. */
  | 'long-line'
  /**
   * A block scalar with an indentation indicator (`|2`), or with leading blank lines wider
   * than its first line (yaml refuses those), or a last line of only white space without a
   * line break: yaml and js-yaml count such lines differently.
   */
  | 'block-scalar-edge'
  /** `"\U00110000"` (past Unicode: yaml refuses it) or `\` at the end of a line (the two fold it differently). */
  | 'escape'
  /** An anchor `&a` (so also any alias `*a`) or the non-specific tag `!`. */
  | 'anchor-or-tag'
  /** Empty, a comment only, or a list or text instead of a mapping at the top. */
  | 'not-a-mapping'
  /**
   * A list or map used as a key (js-yaml makes a text of it, the slow path reports it), or
   * a `[key: value]` pair in a flow list (js-yaml builds its map out of sight of the check).
   */
  | 'collection-key'
  /** A key yaml and js-yaml store differently: `~` (yaml: "", js-yaml: "null"), `<<`, `__proto__`. */
  | 'special-key'
  /** Collections nested deeper than MAX_DEPTH. */
  | 'too-deep'
  /** A value that is not plain JSON-like data, or an object reached twice. */
  | 'not-plain';

/**
 * Plain scalars resolved exactly as yaml's core schema does (node_modules/yaml/dist/schema/
 * core), not as js-yaml's, which differ: js-yaml reads `0b11`, `-0x1F`, `+0o7` as numbers,
 * `-.5` and `1e999` as text, `-0` as 0, and a 400-digit number as text. Same tests, in the
 * same order, and the same conversions. The tags are private: an explicit `!!int` or
 * `!!str` finds no type and makes js-yaml throw, so every tagged file falls back.
 */
const numberTests: Array<[RegExp, (s: string) => number]> = [
  [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
];
const numberStart = /^[-+.0-9]/;
const nullTest = /^(?:~|[Nn]ull|NULL)?$/;
const boolTest = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const schema = new Schema({
  implicit: [
    new Type('tag:beleidsplan,fast:null', { kind: 'scalar', resolve: (s: unknown) => typeof s === 'string' && nullTest.test(s), construct: () => null }),
    new Type('tag:beleidsplan,fast:bool', { kind: 'scalar', resolve: (s: unknown) => typeof s === 'string' && boolTest.test(s), construct: (s: string) => s[0] === 't' || s[0] === 'T' }),
    new Type('tag:beleidsplan,fast:number', {
      kind: 'scalar',
      // Most plain scalars are prose: one look at the first character rules them out.
      resolve: (s: unknown) => typeof s === 'string' && numberStart.test(s) && numberTests.some(([test]) => test.test(s)),
      construct: (s: string) => numberTests.find(([test]) => test.test(s))![1](s),
    }),
  ],
});

/** What the listener sees of js-yaml's parser state; its types leave these out. */
interface ComposeState extends State {
  tag: string | null;
  anchor: string | null;
}

/** `text` as normalizeText (src/load/source-file.ts) returns it. */
export function fastParse(text: string): FastParse {
  const guard = textGuard(text);
  if (guard) return { fallback: guard };

  const collections = new Set<unknown>();
  let seen: FallbackReason | undefined;
  const options: LoadOptions & { maxDepth: number } = {
    schema,
    json: false, // duplicate keys throw
    // Its warnings are errors for yaml: above all "deficient indentation", a line of a quoted
    // text or flow collection not indented past the block around it. Also unknown directives.
    onWarning: (warning) => {
      throw warning;
    },
    // Composing nests one call per node, scalars included: this is one level past the
    // deepest scalar the slow path accepts, so js-yaml never recurses deeper than that.
    maxDepth: MAX_DEPTH + 1,
    listener(event, s) {
      if (event !== 'close') return;
      const state = s as ComposeState;
      if (state.anchor !== null || state.tag === '!') seen ??= 'anchor-or-tag';
      // A node ends right after its closing quote or bracket: `"text"#comment`, `[a]#comment`.
      if (text.charCodeAt(state.position) === 0x23 && /["'\]}]/.test(text.charAt(state.position - 1))) seen ??= 'comment-without-space';
      // A node may be reported more than once (block sequence items are), so count distinct objects.
      if (typeof state.result === 'object' && state.result !== null) collections.add(state.result);
    },
  };
  let data: unknown;
  try {
    data = load(text, options);
  } catch {
    return { fallback: 'js-yaml-error' };
  }
  if (seen) return { fallback: seen };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { fallback: 'not-a-mapping' };
  const problem = checkData(data, collections);
  return problem ? { fallback: problem } : { data: data as Record<string, unknown> };
}

/**
 * Cheap checks of the text for what the yaml library refuses in strict mode and js-yaml
 * accepts, or what the listener cannot see. Conservative: a false alarm only costs speed.
 */
function textGuard(text: string): FallbackReason | undefined {
  if (/^%/m.test(text)) return 'directive';
  if (text.includes('!<')) return 'verbatim-tag';
  // yaml skips a byte-order mark before the first content (also after comment lines).
  if (text.includes('\uFEFF')) return 'byte-order-mark';
  if (/[|>][-+]?[1-9]|\n[ \t]+$/.test(text) || leadingBlankLinesTooWide(text)) return 'block-scalar-edge';
  if (/\\\r?\n|\\U(?!00(?:0[0-9a-fA-F]|10)[0-9a-fA-F]{4})/.test(text)) return 'escape';
  // Right after `[`, `{` or `,` of a flow collection (the listener below sees those after
  // quotes and closing brackets).
  if (/[[{,]#/.test(text)) return 'comment-without-space';
  // A tab in the indentation (also on a blank line): yaml refuses it where js-yaml reads on.
  if (/^ *\t/m.test(text)) return 'tab';
  // An empty list item: js-yaml adds the next, less indented `- x` to the inner list.
  if (/^[ \t]*(?:-[ \t]+)*-[ \t]*(?:#[^\n]*)?\r?$/m.test(text)) return 'empty-item';
  // Only `---` or `...` alone, or with a comment: js-yaml reads `---title: x` as `title: x`.
  if (/^(?:---|\.\.\.)(?!(?:[ \t]+#.*)?[ \t\r]*$)/m.test(text)) return 'document-marker';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > 1025 && text.lastIndexOf(':', end - 1) - start > 1024) return 'long-line';
    start = end + 1;
  }
  return undefined;
}

/**
 * Whether a block scalar (or what may be one: `|` or `>` at the end of a line) starts with
 * blank lines holding more spaces than its first line of text is indented.
 */
function leadingBlankLinesTooWide(text: string): boolean {
  for (const header of text.matchAll(/[|>][-+]?[ \t]*(?:#[^\n]*)?\n/g)) {
    let widest = 0;
    for (let at = header.index + header[0].length; at < text.length; ) {
      let spaces = 0;
      while (text[at + spaces] === ' ') spaces++;
      const next = text.indexOf('\n', at);
      const blank = /^[ \r]*$/.test(text.slice(at + spaces, next === -1 ? text.length : next));
      if (!blank) {
        if (spaces < widest) return true;
        break;
      }
      widest = Math.max(widest, spaces);
      if (next === -1) break;
      at = next + 1;
    }
  }
  return false;
}

/**
 * One walk over what js-yaml built: plain objects, arrays and JSON-like scalars only, each
 * object reached once, nesting as the slow path allows, and keys both libraries store alike.
 * `composed` holds the lists and maps js-yaml reported composing: the data must hold exactly
 * those. One used as a key is turned into a text and missing from the data (the slow path
 * reports yaml-complex-key); the map of a `[key: value]` pair is built unreported.
 */
function checkData(root: object, composed: ReadonlySet<unknown>): FallbackReason | undefined {
  const seen = new Set<object>();
  // `depth`: collections around the value, itself included, as structure.ts counts them.
  const stack: Array<[object, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return 'too-deep';
    if (seen.has(value)) return 'not-plain';
    if (!composed.has(value)) return 'collection-key';
    seen.add(value);
    let children: unknown[];
    if (Array.isArray(value)) {
      children = value;
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      const keys = Object.keys(value);
      // yaml stores a `~` or `null` key as "", js-yaml as "null"; `<<` is a merge for yaml.
      if (keys.some((k) => k === '' || k === 'null' || k === '<<' || k === '__proto__')) return 'special-key';
      children = Object.values(value);
    } else {
      return 'not-plain';
    }
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      else if (child !== null && typeof child !== 'string' && typeof child !== 'number' && typeof child !== 'boolean') return 'not-plain';
    }
  }
  return seen.size === composed.size ? undefined : 'collection-key';
}
