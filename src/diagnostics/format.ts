import { relative, resolve, sep } from 'node:path';
import { countDiagnostics, type Diagnostic } from './diagnostic.js';
import { codeFrame } from './code-frame.js';
import { renderMessage, type MessageLanguage, type RenderedMessage } from '../messages/index.js';
import { outputText } from '../messages/output.js';
import { printable } from './printable.js';

export type OutputFormat = 'stylish' | 'json' | 'github' | 'sarif';
export const outputFormats: readonly OutputFormat[] = ['stylish', 'json', 'github', 'sarif'];

/** The colours of the stylish format. */
export interface Paint {
  red: (text: string) => string;
  yellow: (text: string) => string;
  blue: (text: string) => string;
  bold: (text: string) => string;
  dim: (text: string) => string;
}

const plain = (text: string): string => text;
export const noPaint: Paint = { red: plain, yellow: plain, blue: plain, bold: plain, dim: plain };

export interface FormatOptions {
  lang: MessageLanguage;
  /** Folder shown before file names, relative to where the user runs the command. */
  dir: string;
  color: boolean;
  /** The colours when `color` is true (src/cli/terminal.ts). Without it, no colour. */
  paint?: Paint;
  /** Source lines by file name, for code frames. */
  lines: (file: string) => readonly string[] | undefined;
  /**
   * For the github format: the folder GitHub attaches annotations to (GITHUB_WORKSPACE), and
   * the absolute plan folder; paths are then relative to the workspace, whatever folder
   * the command runs in (`working-directory:` in a workflow).
   */
  workspace?: { root: string; planDir: string };
}

/** The code in brackets; a domain rule's finding also names the rule, the key to configure it. */
export function tag(d: Diagnostic): string {
  return d.rule && d.rule !== d.code ? `${d.rule}/${d.code}` : d.code;
}


/** Messages quote the user's text; make sure it cannot steer the terminal or the CI log. */
export function printableMessage(d: Diagnostic, lang: MessageLanguage): RenderedMessage {
  const { message, hint } = renderMessage(d, lang);
  return { message: printable(message), hint: hint === undefined ? undefined : printable(hint) };
}

function location(d: Diagnostic, dir: string): string {
  const file = d.file ? joinPath(dir, d.file) : dir;
  return d.line === undefined ? file : `${file}:${d.line}:${d.column ?? 1}`;
}

export function joinPath(dir: string, file: string): string {
  return dir === '' || dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}

export function summaryLine(list: readonly Diagnostic[], lang: MessageLanguage): string {
  const words = outputText(lang);
  return list.length === 0 ? words.noProblems : words.counts(countDiagnostics(list));
}

/** One diagnostic in the parts the stylish format prints, for other views of the same report (the preview's overlay). */
export interface DiagnosticParts {
  severity: Diagnostic['severity'];
  /** The severity in the user's language: "fout", "waarschuwing" … */
  severityWord: string;
  /** `dir/file:line:column` */
  location: string;
  message: string;
  hint?: string;
  /** The code, or `rule/code` for a domain rule. */
  tag: string;
  /** The offending line with a marker under the column; empty without a line. */
  frame: string[];
}

export function diagnosticParts(d: Diagnostic, options: Pick<FormatOptions, 'lang' | 'dir' | 'lines'>): DiagnosticParts {
  const { message, hint } = printableMessage(d, options.lang);
  const lines = d.file ? options.lines(d.file) : undefined;
  const endColumn = d.endLine === d.line ? d.endColumn : undefined;
  const frame = lines && d.line !== undefined ? codeFrame(lines, d.line, d.column ?? 1, endColumn) : [];
  return { severity: d.severity, severityWord: outputText(options.lang).severity[d.severity], location: location(d, options.dir), message, hint, tag: tag(d), frame };
}

export function formatStylish(list: readonly Diagnostic[], options: FormatOptions): string {
  const paint = options.color && options.paint ? options.paint : noPaint;
  const colourOf = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const out: string[] = [];
  for (const d of list) {
    const parts = diagnosticParts(d, options);
    out.push(`${paint.bold(parts.location)} ${colourOf[d.severity](parts.severityWord)} ${parts.message} ${paint.dim(`[${parts.tag}]`)}`);
    for (const frameLine of parts.frame) out.push(`  ${paint.dim(frameLine)}`);
    if (parts.hint) out.push(`  ${hintWord(options.lang)}: ${parts.hint}`);
    out.push('');
  }
  const c = countDiagnostics(list);
  const summary = summaryLine(list, options.lang);
  out.push(c.error > 0 ? paint.red(summary) : c.warning > 0 ? paint.yellow(summary) : summary);
  return `${out.join('\n')}\n`;
}

/** The word before a hint. */
export const hintWord = (lang: MessageLanguage): string => outputText(lang).hint;

/** Ends a message with a full stop, unless it already ends with one, a "?" or a "!". */
export const sentence = (message: string): string => (/[.?!]$/.test(message) ? message : `${message}.`);

/** GitHub Actions workflow commands, one per problem: each becomes an annotation on its line. */
export function githubAnnotations(list: readonly Diagnostic[], options: FormatOptions): string[] {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = { error: 'error', warning: 'warning', info: 'notice' };
  return list.map((d) => {
    const { message, hint } = printableMessage(d, options.lang);
    const props = [`file=${escapeProperty(annotationPath(d, options))}`];
    if (d.line !== undefined) props.push(`line=${d.line}`, `col=${d.column ?? 1}`);
    if (d.endLine !== undefined && d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
    props.push(`title=${escapeProperty(tag(d))}`);
    return `::${command[d.severity]} ${props.join(',')}::${escapeData(hint ? `${sentence(message)} ${hint}` : message)}`;
  });
}

/** The github format of one plan: its annotations, then the summary line for the log. */
export function formatGithub(list: readonly Diagnostic[], options: FormatOptions): string {
  return `${[...githubAnnotations(list, options), summaryLine(list, options.lang)].join('\n')}\n`;
}

/** The file an annotation is for: relative to GITHUB_WORKSPACE when known, else as shown. */
function annotationPath(d: Diagnostic, options: FormatOptions): string {
  const { workspace } = options;
  if (!workspace) return d.file ? joinPath(options.dir, d.file) : options.dir;
  const path = relative(workspace.root, d.file ? resolve(workspace.planDir, d.file) : workspace.planDir);
  return path.split(sep).join('/') || '.';
}
