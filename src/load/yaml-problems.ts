import type { YAMLError, YAMLWarning } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_DEPTH, positionAt, type SourceFile } from './source-file.js';

const codeByYamlCode: Record<string, string> = {
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
  const first = [...file.doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
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
    const code = unclosed ? 'yaml-unclosed' : noColon ? 'yaml-multiline-key' : (codeByYamlCode[problem.code] ?? 'yaml-syntax');
    const params = unclosed ? { open: file.text[problem.pos[0]], close: unclosed[1] } : code === 'yaml-too-deep' ? { max: MAX_DEPTH } : { detail };
    // Two unknown tags at one place (a key and its value) are one mistake.
    const key = `${code}|${start.line}|${start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, severity: 'error', file: file.name, line: start.line, column: start.column, params });
  }
  return out;
}
