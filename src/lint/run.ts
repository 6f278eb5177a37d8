import { isScalar } from '../load/yaml.js';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type Range } from '../load/locate.js';
import { positionAt, type SourceFile } from '../load/source-file.js';
import type { PlanInputs } from '../model/input.js';
import type { PlanModel } from '../model/plan-model.js';
import { completeness, type Completeness } from './completeness.js';
import { readRuleConfig } from './config.js';
import { planRuleProfile } from './profiles.js';
import { rules } from './registry.js';
import type { Finding, RuleContext } from './rule.js';

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Present when the plan model could be built. */
  completeness?: Completeness;
}

/**
 * Checks the `rules:` configuration of plan.yaml, and, when the model was built (no schema or
 * reference errors), runs every rule that is not switched off at its configured severity.
 */
export function lintPlan(
  valid: Partial<PlanInputs>,
  model: PlanModel | undefined,
  sources: ReadonlyMap<string, SourceFile>,
  monitoring: Pick<RuleContext, 'monitoring' | 'reportYear'> = {},
): LintResult {
  const config = readRuleConfig(valid.plan?.rules);
  const diagnostics = config.problems.map((d) => place(d, sources, 'key'));
  if (!model) return { diagnostics };
  const inputs = valid as PlanInputs;
  const profile = planRuleProfile(inputs.plan);
  const applied = new Set<string>();
  for (const rule of rules) {
    const setting = config.settings.get(rule.id);
    // A rule of another tradition stays quiet, unless the plan asked for it by name.
    if (!setting && !rule.profiles.includes(profile)) continue;
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    applied.add(rule.id);
    for (const finding of rule.check({ model, inputs, options: setting?.options ?? {}, ...monitoring })) {
      const diagnostic: Diagnostic = { code: finding.code, severity, file: finding.file, path: finding.path, params: finding.params ?? {}, rule: rule.id };
      diagnostics.push(place(diagnostic, sources, finding.target, finding.mark));
    }
  }
  return { diagnostics, completeness: completeness(model, inputs, applied, profile) };
}

/** Line and column of a diagnostic; a marked text is found inside the string value it lies in. */
function place(d: Diagnostic, sources: ReadonlyMap<string, SourceFile>, target: 'key' | 'value' = 'value', mark?: Finding['mark']): Diagnostic {
  const source = d.file ? sources.get(d.file) : undefined;
  if (!source || !d.path) return d;
  if (mark) {
    const at = markPosition(source, d.path, mark);
    if (at) return { ...d, ...at };
  }
  return { ...d, ...locate(source, d.path, target) };
}

/**
 * The n-th occurrence of the mark in the source of the scalar at `path`. Block scalars span
 * several lines, so this points at the line the mark is on, not at the `|` of the key.
 */
function markPosition(source: SourceFile, path: DataPath, mark: NonNullable<Finding['mark']>): Range | undefined {
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  let offset = source.text.indexOf(mark.text, start);
  for (let n = 0; n < mark.occurrence && offset !== -1; n++) offset = source.text.indexOf(mark.text, offset + mark.text.length);
  if (offset === -1 || offset + mark.text.length > end) return undefined;
  const { line, column } = positionAt(source, offset);
  return { line, column, endLine: line, endColumn: column + mark.text.length };
}
