import type { YAMLError, YAMLWarning } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_DEPTH, positionAt, type SourceFile } from './source-file.js';

const codeByYamlCode: Record<string, Diagnostic['code']> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'yaml-tab',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  BAD_INDENT: 'yaml-indent',
  MISSING_CHAR: 'yaml-missing-char',
  TAG_RESOLVE_FAILED: 'yaml-unknown-tag',
  BAD_ALIAS: 'yaml-bad-alias',
  BAD_DQ_ESCAPE: 'yaml-bad-escape',
  MULTILINE_IMPLICIT_KEY: 'yaml-multiline-key',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-multiline-key',
  RESOURCE_EXHAUSTION: 'yaml-too-deep',
};

/**
 * YAML syntax errors and warnings (unknown tags) become error diagnostics in the user's terms.
 * Only the first syntax error of a file is reported: after it the parser is out of step, and
 * one stray "]" would otherwise yield a hundred errors on every line below it. Each unknown
 * tag is its own mistake, so all of those are kept.
 */
export function yamlProblems(file: SourceFile): Diagnostic[] {
  const errors = [...file.doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = errors[0];
  const overIndented = first ? overIndentedLine(file, errors) : undefined;
  if (overIndented !== undefined) {
    return [{ code: 'yaml-indent', severity: 'error', file: file.name, line: overIndented, column: 1, params: { detail: first!.message } }];
  }
  const all: Array<YAMLError | YAMLWarning> = [...(first ? [first] : []), ...file.doc.warnings];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const problem of all) {
    const start = positionAt(file, problem.pos[0]);
    const detail = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    // source-file.ts moved these to the opening quote or bracket.
    const unclosed = problem.code === 'MISSING_CHAR' ? /^Missing closing (.)$/.exec(detail) : null;
    // "status draft" on its own line: the parser says a character is missing; say which.
    const noColon = problem.code === 'MISSING_CHAR' && detail.startsWith('Implicit map keys need to be followed by map values');
    let code: Diagnostic['code'] = codeByYamlCode[problem.code] ?? 'yaml-syntax';
    if (unclosed) code = 'yaml-unclosed';
    if (noColon) code = 'yaml-multiline-key';
    const params = unclosed ? { open: file.text[problem.pos[0]], close: unclosed[1] } : code === 'yaml-too-deep' ? { max: MAX_DEPTH } : { detail };
    // Two unknown tags at one place (a key and its value) are one mistake.
    const key = `${code}|${start.line}|${start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, severity: 'error', file: file.name, line: start.line, column: start.column, params });
  }
  return out;
}

/**
 * "- id: x" followed by "     name: y" indented one space too far reads as one text
 * "x name: y" that spans two lines, and the parser complains about a key on line 1. The
 * mistake is the indentation of the line with the colon: return that line. Only when the
 * text is a value and the last line is indented deeper than its key; "status draft" on a
 * line of its own (a missing colon) also spans two lines, but starts at the key's column.
 */
function overIndentedLine(file: SourceFile, errors: readonly YAMLError[]): number | undefined {
  const first = errors[0]!;
  if (first.code !== 'MULTILINE_IMPLICIT_KEY' && first.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const spanning = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === first.pos[0]);
  if (!spanning) return undefined;
  const start = positionAt(file, spanning.pos[0]);
  const end = positionAt(file, spanning.pos[1] - 1).line;
  if (end <= start.line) return undefined;
  const keyColumn = indentOf(file.lines[start.line - 1] ?? '', true);
  const isValue = start.column - 1 > keyColumn;
  return isValue && indentOf(file.lines[end - 1] ?? '', false) > keyColumn ? end : undefined;
}

/** Spaces before the first character; with `dashes`, "- " of list items counts as indentation. */
function indentOf(line: string, dashes: boolean): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || (dashes && line[i] === '-' && line[i + 1] === ' '))) i++;
  return i;
}
