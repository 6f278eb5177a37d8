import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { HelperDelegate, RuntimeOptions, Template } from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { readInside } from '../io/read-inside.js';
import { packagePath } from '../package/package-root.js';
import { libraries } from '../libraries/libraries.js';
import { rawOutputProblems, recursionProblems, unconditionalCalls } from './template-checks.js';

export type TemplateFormat = 'html' | 'markdown';

/** templates/ in the installed package: the partials every render starts from. */
export const shippedTemplatesDir = packagePath('templates/');

export const ROOT_PARTIAL = 'document';
/** The root partial of the yearly progress report (`plan report`). */
export const REPORT_ROOT_PARTIAL = 'report';

export interface TemplateSource {
  name: string;
  /** Absolute path, for reading; `shown` is what messages print. */
  path: string;
  shown: string;
  text: string;
  overridden: boolean;
}

export interface TemplateSet {
  format: TemplateFormat;
  partials: Map<string, TemplateSource>;
  diagnostics: Diagnostic[];
}

/** A partial is a few kilobytes; past this it is not a template (or a link to /dev/zero). */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

type UnreadableReason = 'not-a-file' | 'too-large' | 'outside' | 'link-loop' | 'broken-link' | 'unreadable';

interface Partials {
  found: Map<string, { path: string; text: string }>;
  /** `.hbs` names that were not read: see {@link readInside} for the rule. */
  unreadable: Array<{ name: string; path: string; reason: UnreadableReason; errno?: string }>;
}

/**
 * The partials in `dir`. Each must be a regular file inside `root` (the templates folder)
 * once links are resolved, as a plan file must lie inside the plan folder.
 */
async function readPartials(root: string, dir: string): Promise<Partials> {
  const partials: Partials = { found: new Map(), unreadable: [] };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return partials;
    throw error;
  }
  for (const name of names.sort()) {
    if (!name.endsWith('.hbs')) continue;
    const path = join(dir, name);
    const partial = name.slice(0, -'.hbs'.length);
    const read = await readInside(root, path, MAX_TEMPLATE_BYTES);
    if (read.ok) partials.found.set(partial, { path, text: new TextDecoder().decode(read.bytes) });
    else {
      const reason = read.reason === 'folder' || read.reason === 'special' || read.reason === 'missing' ? 'not-a-file' : read.reason;
      partials.unreadable.push({ name: partial, path, reason, ...(read.errno ? { errno: read.errno } : {}) });
    }
  }
  return partials;
}

/**
 * The shipped partials of one format, with the user's overrides from `<templatesDir>/<format>/`
 * laid over them. A file whose name matches no shipped partial is almost always a typo, so it
 * is reported rather than silently ignored.
 */
export async function loadTemplates(format: TemplateFormat, overrideDir: string | undefined, shownFrom: string): Promise<TemplateSet> {
  const { found: shipped } = await readPartials(shippedTemplatesDir, join(shippedTemplatesDir, format));
  const partials = new Map<string, TemplateSource>();
  for (const [name, { path, text }] of shipped) partials.set(name, { name, path, shown: `templates/${format}/${name}.hbs`, text, overridden: false });
  const diagnostics: Diagnostic[] = [];
  if (overrideDir) {
    const info = await stat(overrideDir).catch(() => null);
    if (!info?.isDirectory()) {
      const kind = info ? 'file' : 'missing';
      diagnostics.push({ code: 'templates-folder-missing', severity: 'error', params: { dir: relative(shownFrom, overrideDir) || '.', kind } });
    } else {
      const user = await readPartials(overrideDir, join(overrideDir, format));
      for (const { name, path, reason, errno } of user.unreadable) {
        diagnostics.push({ code: 'template-unreadable', severity: 'error', file: relative(shownFrom, path), params: { name, reason, errorCode: errno } });
      }
      for (const [name, { path, text }] of user.found) {
        const shown = relative(shownFrom, path);
        if (!shipped.has(name)) {
          diagnostics.push({
            code: 'template-unknown-partial',
            severity: 'error',
            file: shown,
            params: { name, format, suggestion: suggest(name, [...shipped.keys()]) },
          });
          continue;
        }
        partials.set(name, { name, path, shown, text, overridden: true });
      }
    }
  }
  const calls = new Map<string, ReturnType<typeof unconditionalCalls>>();
  for (const source of partials.values()) {
    const parsed = parsePartial(source);
    if ('problem' in parsed) {
      diagnostics.push(parsed.problem);
      continue;
    }
    calls.set(source.name, unconditionalCalls(parsed.ast));
    // Plan text must never reach the HTML unescaped; Markdown output is never escaped.
    if (format === 'html' && source.overridden) diagnostics.push(...rawOutputProblems(source, parsed.ast));
  }
  diagnostics.push(...recursionProblems(partials, calls));
  return { format, partials, diagnostics };
}

function parsePartial(source: TemplateSource): { ast: unknown } | { problem: Diagnostic } {
  try {
    return { ast: libraries().handlebars.parse(source.text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A mismatched block ("if doesn't match each") carries its place; parse errors only say the line.
    const { lineNumber, column } = error as { lineNumber?: number; column?: number };
    const got = /got '([A-Z_]+)'/.exec(message)?.[1];
    // Handlebars notices a missing {{/if}} or --}} only at the end of the file; the user must
    // look where the block or comment opens.
    const opening = got === 'EOF' ? unclosedOpening(source.text) : undefined;
    const line = opening?.line ?? lineNumber ?? Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    return {
      problem: {
        code: 'template-syntax',
        severity: 'error',
        file: source.shown,
        line,
        column: opening?.column ?? (lineNumber !== undefined && column !== undefined ? column + 1 : 1),
        params: { name: source.name, problem: got === 'EOF' ? 'unclosed' : 'invalid' },
      },
    };
  }
}

/**
 * Where the block ({{#if …}}, {{#each …}}, {{^…}}) or comment ({{!-- …) that is still open at
 * the end of a template starts: the innermost one. Undefined when there is none, and the
 * parser's own line stands.
 */
export function unclosedOpening(text: string): { line: number; column: number } | undefined {
  const tags = /\\\{\{|\{\{!--([\s\S]*?--~?\}\})?|\{\{!(?!--)[\s\S]*?\}\}|\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~]+)/g;
  const open: Array<{ name: string; at: number }> = [];
  for (const match of text.matchAll(tags)) {
    const [tag, commentEnd, kind, name] = match;
    if (tag.startsWith('{{!--') && commentEnd === undefined) return positionIn(text, match.index);
    if (!kind || !name) continue;
    if (kind === '/') {
      const index = open.map((o) => o.name).lastIndexOf(name);
      if (index !== -1) open.length = index;
    } else {
      open.push({ name, at: match.index });
    }
  }
  const last = open[open.length - 1];
  return last ? positionIn(text, last.at) : undefined;
}

function positionIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const MAX_PARTIAL_DEPTH = 200;
const TOO_DEEP = 'partials nested too deep';

/** Marks an error thrown inside a partial with the partial it came from, once. */
export class TemplateRuntimeError extends Error {
  constructor(
    readonly source: TemplateSource,
    readonly detail: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(`${source.shown}: ${detail}`);
  }
}

export interface TemplateEnvironment {
  render: (view: unknown) => string;
}

/**
 * Compiles a template set in its own Handlebars environment. Strict mode turns a misspelt
 * field in an override into an error instead of silently empty output; every partial is
 * wrapped so such an error names the file it happened in.
 */
export function compileTemplates(set: TemplateSet, helpers: Record<string, HelperDelegate>, options: { noEscape: boolean; root?: string }): TemplateEnvironment {
  // `plan preview` renders again on every save, mostly with the very same partials: compiling
  // them anew cost about 25 ms of each HTML update. The last environment per helper set is kept.
  const key = `${options.noEscape}\0${options.root ?? ROOT_PARTIAL}`;
  const last = lastCompiled.get(helpers);
  if (last && last.key === key && sameTexts(last.texts, set.partials)) return last.environment;
  const environment = compileFresh(set, helpers, options);
  lastCompiled.set(helpers, { key, texts: new Map([...set.partials].map(([name, source]) => [name, `${source.shown}\0${source.text}`])), environment });
  return environment;
}

interface CompiledSet {
  /** The compile options the environment was made with. */
  key: string;
  /** Each partial's shown name and text: a change of either compiles again. */
  texts: Map<string, string>;
  environment: TemplateEnvironment;
}

/** Keyed by the renderer's helpers: one constant object per format keeps one environment. */
const lastCompiled = new WeakMap<Record<string, HelperDelegate>, CompiledSet>();

function sameTexts(texts: Map<string, string>, partials: Map<string, TemplateSource>): boolean {
  if (texts.size !== partials.size) return false;
  for (const [name, source] of partials) if (texts.get(name) !== `${source.shown}\0${source.text}`) return false;
  return true;
}

function compileFresh(set: TemplateSet, helpers: Record<string, HelperDelegate>, options: { noEscape: boolean; root?: string }): TemplateEnvironment {
  const env = libraries().handlebars.create();
  // {{log …}} would print plan text to the terminal among the messages, outside any check:
  // it is reported as a helper that does not exist (the compiler calls it directly, so it
  // must stay registered).
  env.registerHelper('log', () => {
    throw new Error('Missing helper: "log"');
  });
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, helper);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  // Partials calling each other this deep are a loop the static check could not see (a call
  // inside a block that always runs); V8 aborts long before the data could need it.
  let depth = 0;
  for (const source of set.partials.values()) {
    const template = env.compile(source.text, { strict: true, noEscape: options.noEscape, preventIndent: true });
    const wrapped = (context: unknown, runtimeOptions?: RuntimeOptions): string => {
      if (depth >= MAX_PARTIAL_DEPTH) throw new TemplateRuntimeError(source, TOO_DEEP, undefined, undefined);
      depth++;
      try {
        return template(context, runtimeOptions);
      } catch (error) {
        if (error instanceof TemplateRuntimeError) throw error;
        const e = error as Error & { lineNumber?: number; column?: number };
        throw new TemplateRuntimeError(source, e.message.replace(/ - \d+:\d+$/, ''), e.lineNumber, e.column === undefined ? undefined : e.column + 1);
      } finally {
        depth--;
      }
    };
    compiled.set(source.name, wrapped);
    env.registerPartial(source.name, wrapped as unknown as Template);
  }
  const rootName = options.root ?? ROOT_PARTIAL;
  const root = compiled.get(rootName);
  if (!root) throw new Error(`the shipped templates have no ${rootName}.hbs`);
  return { render: (view) => root(view) };
}

/** Handlebars' own wording is English and technical; keep only what the user can act on. */
export function templateRuntimeDiagnostic(error: TemplateRuntimeError): Diagnostic {
  const field = /^"([^"]+)" not defined/.exec(error.detail)?.[1];
  const partial = /partial (\S+) could not be found/.exec(error.detail)?.[1];
  const helper = /Missing helper: "([^"]+)"/.exec(error.detail)?.[1];
  const kind = error.detail === TOO_DEEP || /Maximum call stack/.test(error.detail) ? 'recursion' : field ? 'field' : partial ? 'partial' : helper ? 'helper' : 'other';
  return {
    code: 'template-error',
    severity: 'error',
    file: error.source.shown,
    line: error.line,
    column: error.column,
    params: { name: error.source.name, kind, field: field ?? partial ?? helper },
  };
}
