import type { YAMLError, YAMLWarning } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { positionAt, type SourceFile } from './source-file.js';

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
};

/** YAML syntax errors and warnings (unknown tags) become error diagnostics in the user's terms. */
export function yamlProblems(file: SourceFile): Diagnostic[] {
  const all: Array<YAMLError | YAMLWarning> = [...file.doc.errors, ...file.doc.warnings];
  return all.map((problem) => {
    const start = positionAt(file, problem.pos[0]);
    const code = codeByYamlCode[problem.code] ?? 'yaml-syntax';
    const detail = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    const keyMatch = /Map keys must be unique/.test(problem.message) ? keyAt(file, problem.pos[0]) : undefined;
    return {
      code,
      severity: 'error',
      file: file.name,
      line: start.line,
      column: start.column,
      params: { detail, key: keyMatch },
    } satisfies Diagnostic;
  });
}

function keyAt(file: SourceFile, offset: number): string | undefined {
  const rest = file.text.slice(offset, offset + 200);
  const match = /^\s*["']?([^"':\n]+)/.exec(rest);
  return match?.[1]?.trim();
}
