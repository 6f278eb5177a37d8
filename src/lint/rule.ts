import type { DataPath, MessageParams, Severity } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../messages/index.js';
import type { PlanInputs } from '../model/input.js';
import type { PlanModel } from '../model/plan-model.js';
import type { MonitoringYear } from '../monitoring/monitoring-model.js';
import type { RuleProfile } from './profiles.js';

/** A one-line or short text in both languages of the tool. */
export interface LocalText {
  nl: string;
  en: string;
}

/** Options a plan may set for a rule in plan.yaml (`rules: {pillar-balance: {minShare: 15}}`). */
export interface RuleOptions {
  /** pillar-balance: the smallest share, in percent, one pillar should carry. */
  minShare?: number;
}

export interface RuleContext {
  model: PlanModel;
  /** The schema-valid files, for rules that look at the data as written (placeholders). */
  inputs: PlanInputs;
  options: RuleOptions;
  /** The schema-valid monitoring files, oldest first; absent or empty when the plan has none. */
  monitoring?: readonly MonitoringYear[];
  /** The year of the progress report; the latest monitoring year when not given. */
  reportYear?: number;
}

/**
 * What a rule reports: a message code from the catalogue, its values, and where in which file.
 * The runner adds the severity and the line and column; rules never compute positions.
 */
export interface Finding {
  code: DiagnosticCode;
  file: string;
  path: DataPath;
  params?: MessageParams;
  /** Point at the key that names the path instead of its value (`period:` rather than its map). */
  target?: 'key' | 'value';
  /** Point at this text inside the string value at `path`: the n-th occurrence (from 0). */
  mark?: { text: string; occurrence: number };
}

export interface Rule {
  /** Kebab-case; the key in plan.yaml `rules:` and in `plan rules <id>`. */
  id: string;
  description: LocalText;
  /** Why the rule exists, with the seed it comes from, in our own words. */
  rationale: LocalText;
  defaultSeverity: Severity;
  /**
   * The traditions the rule belongs to (src/lint/profiles.ts): a plan checked in another
   * profile skips it, unless its `rules:` names the rule.
   */
  profiles: readonly RuleProfile[];
  /** Every message code the rule can report; each has an entry in the catalogue. */
  codes: readonly DiagnosticCode[];
  /** Options the rule reads from its entry in plan.yaml `rules:`, explained. */
  options?: LocalText;
  /** A short bad snippet and its fix. */
  example: { file: string; bad: string; good: string };
  check(ctx: RuleContext): Finding[];
}
