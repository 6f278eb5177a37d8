import type { CST, Document } from 'yaml';
import { Composer, Lexer, LineCounter, Parser, YAMLParseError } from './yaml.js';

/**
 * A YAML file as read from disk, with what is needed to point at its lines later. `lines`,
 * `doc` and `lineCounter` are built on first access: a file the fast path has read
 * (src/load/fast-parse.ts) needs them only when a diagnostic must point into it.
 */
export interface SourceFile {
  /** Name relative to the plan folder. */
  readonly name: string;
  /** The text as parsed: without a byte-order mark, a lone CR turned into LF. */
  readonly text: string;
  readonly lines: string[];
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/**
 * Collections may nest this deep. A plan needs about a dozen levels; the YAML composer and
 * everything after it recurse once per level, so a hostile file must stop long before the
 * stack does. (Past a few thousand levels V8 may even abort the process outright.)
 */
export const MAX_DEPTH = 100;

// Duplicate keys are found in src/load/yaml-structure.ts: the parser's own check compares every
// key with every earlier one, which takes minutes on a large file with many keys.
// resolveKnownTags: false keeps !!timestamp, !!binary and !!set out (they would become Date,
// Buffer and Set objects); like any unknown tag they are reported. logLevel: 'error' keeps
// the library from printing warnings of its own to stderr.
const composeOptions = {
  prettyErrors: false,
  uniqueKeys: false,
  merge: true,
  schema: 'core',
  resolveKnownTags: false,
  strict: true,
  logLevel: 'error',
} as const;

/** The text both parsers read, with the same offsets for line and column. */
export function normalizeText(rawText: string): string {
  // A byte-order mark is invisible in editors; dropping it keeps columns right.
  const withoutBom = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  // YAML 1.2 counts a lone CR as a line break (old Mac files; some tools write CR CR LF), the
  // yaml library does not and reads such a file as one long line. Same length: offsets hold.
  return withoutBom.includes('\r') ? withoutBom.replace(/\r(?!\n)/g, '\n') : withoutBom;
}

let documentsBuilt = 0;

/** How many yaml Documents this process has built (for tests: a clean plan builds none). */
export function yamlDocumentsBuilt(): number {
  return documentsBuilt;
}

let yamlUsed = false;

/** Whether this process has parsed or counted lines with the yaml library (for tests). */
export function yamlLibraryUsed(): boolean {
  return yamlUsed;
}

class LazySourceFile implements SourceFile {
  #lines?: string[];
  #doc?: Document.Parsed;
  #lineCounter?: LineCounter;

  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  get lines(): string[] {
    return (this.#lines ??= this.text.split(/\r?\n/));
  }

  get doc(): Document.Parsed {
    return (this.#doc ??= composeDocument(this.text));
  }

  get lineCounter(): LineCounter {
    return (this.#lineCounter ??= countLines(this.text));
  }
}

export function parseSource(name: string, rawText: string): SourceFile {
  return new LazySourceFile(name, normalizeText(rawText));
}

function composeDocument(text: string): Document.Parsed {
  documentsBuilt++;
  yamlUsed = true;
  const { tokens, tooDeepAt } = parseTokens(text);

  // As yaml's parseDocument does, but from tokens we have already checked.
  const composer = new Composer(composeOptions);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      // Point at the "..." that ended the first document when there is one, else at the "---".
      const end = tokens.find((t) => t.type === 'doc-end' && t.offset < next.range[0]);
      const at = end ? end.offset : next.range[0];
      doc.errors.push(new YAMLParseError([at, at + 1], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (!doc) throw new Error('yaml: compose(forceDoc) produced no document');
  if (tooDeepAt !== undefined) {
    doc.errors.push(new YAMLParseError([tooDeepAt, tooDeepAt + 1], 'RESOURCE_EXHAUSTION', `Nested more than ${MAX_DEPTH} levels deep`));
  }
  pointAtOpenings(doc, tokens);
  return doc;
}

/**
 * Line starts from the text itself, the same "\n" that `lines` splits on. The parser's own
 * newline callback misses line breaks inside the tokens it builds while recovering from some
 * errors (a file with "\r\r\n" line ends), which put columns past the end of their line.
 */
function countLines(text: string): LineCounter {
  yamlUsed = true;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/** Runs the (iterative) CST parser, stopping as soon as collections nest too deep. */
function parseTokens(text: string): { tokens: CST.Token[]; tooDeepAt?: number } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds the document, each open collection and the item being built. Only
    // count when it could matter: counting is linear in the depth, which stays bounded.
    if (parser.stack.length > MAX_DEPTH) {
      const open = openCollections(parser.stack);
      if (open.length > MAX_DEPTH) return { tokens: [], tooDeepAt: open[open.length - 1]!.offset };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

function openCollections(stack: readonly CST.Token[]): CST.Token[] {
  return stack.filter((t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');
}

/**
 * The parser reports an unclosed quote or bracket where it gave up — often the end of the
 * file. Point at the opening quote or bracket instead: that is where the user must look.
 */
function pointAtOpenings(doc: Document.Parsed, tokens: CST.Token[]): void {
  const relevant = doc.errors.filter((e) => /^Missing closing .?quote|end with a [\]}]$/.test(e.message));
  if (relevant.length === 0) return;
  const openings = unclosed(tokens);
  for (const error of relevant) {
    const quote = error.message.startsWith('Missing closing');
    const close = quote ? (error.message.includes('"') ? '"' : "'") : error.message.slice(-1);
    const candidates = openings.filter((o) => o.close === close && o.offset < error.pos[0]);
    const opening = candidates[candidates.length - 1];
    if (!opening) continue;
    error.pos[0] = opening.offset;
    error.pos[1] = opening.offset + 1;
    error.code = 'MISSING_CHAR';
    error.message = `Missing closing ${close}`;
  }
}

interface Opening {
  offset: number;
  close: string;
}

/** Quoted scalars and flow collections that lack their closing character, by offset. */
function unclosed(tokens: CST.Token[]): Opening[] {
  const found: Opening[] = [];
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop() as (CST.Token & Record<string, unknown>) | undefined;
    if (!token || typeof token !== 'object') continue;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0]!;
      if (!closesQuote(token.source, quote)) found.push({ offset: token.offset, close: quote });
    } else if (token.type === 'flow-collection') {
      const close = token.start.source === '[' ? ']' : '}';
      if (token.end[0]?.source !== close) found.push({ offset: token.offset, close });
    }
    for (const key of ['value', 'key'] as const) if (key in token) stack.push(token[key]);
    if ('items' in token && Array.isArray(token.items)) {
      for (const item of token.items as Array<{ key?: unknown; value?: unknown }>) stack.push(item.key, item.value);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function closesQuote(source: string, quote: string): boolean {
  if (source.length < 2 || !source.endsWith(quote)) return false;
  if (quote === "'") return true; // '' inside single quotes is an escaped quote, and the parser pairs them.
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

export interface Position {
  line: number;
  column: number;
}

export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line, column: col };
}
