import type { DiagnosticCode } from '../messages/catalogue.js';

/** One shape for every problem the pipeline finds: YAML syntax, schema, references, domain rules. */
import type { MessageParams, Severity } from '../messages/language.js';

export type { MessageParams, Severity } from '../messages/language.js';

export type DataPath = ReadonlyArray<string | number>;

export interface Diagnostic {
  /** Stable, kebab-case; keys the message catalogue (src/messages/) and the docs. */
  code: DiagnosticCode;
  severity: Severity;
  /** File name relative to the plan folder, such as `goals.yaml`. */
  file?: string;
  /** Path into the file's data, used to locate the diagnostic. */
  path?: DataPath;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Values filled into the catalogue's message and hint. */
  params: MessageParams;
  /** Set by domain rules: the rule id that raised it. */
  rule?: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    a.code.localeCompare(b.code)
  );
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity] += 1;
  return counts;
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
