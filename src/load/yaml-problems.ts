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

/** YAML syntax errors and warnings (unknown tags) become error diagnostics in the user's terms. */
export function yamlProblems(file: SourceFile): Diagnostic[] {
  const all: Array<YAMLError | YAMLWarning> = [...file.doc.errors, ...file.doc.warnings];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const problem of all) {
    const start = positionAt(file, problem.pos[0]);
    const detail = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    // source-file.ts moved these to the opening quote or bracket.
    const unclosed = problem.code === 'MISSING_CHAR' ? /^Missing closing (.)$/.exec(detail) : null;
    const code = unclosed ? 'yaml-unclosed' : (codeByYamlCode[problem.code] ?? 'yaml-syntax');
    const params = unclosed ? { open: file.text[problem.pos[0]], close: unclosed[1] } : code === 'yaml-too-deep' ? { max: MAX_DEPTH } : { detail };
    // One mistake often trips two checks of the parser at the same place; report it once.
    const key = `${code}|${start.line}|${start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, severity: 'error', file: file.name, line: start.line, column: start.column, params });
  }
  return out;
}
