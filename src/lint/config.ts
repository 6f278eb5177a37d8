import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { RulesInput } from '../model/input.js';
import { ruleById, rules } from './registry.js';
import type { RuleOptions } from './rule.js';

export interface RuleSetting {
  severity: Severity | 'off';
  options: RuleOptions;
}

export interface RuleConfig {
  settings: Map<string, RuleSetting>;
  /** Unknown rule ids, as errors located at their key in plan.yaml. */
  problems: Diagnostic[];
}

/** Reads `rules:` of plan.yaml: a severity per rule id, or a map with `severity` and options. */
export function readRuleConfig(input: RulesInput | undefined): RuleConfig {
  const config: RuleConfig = { settings: new Map(), problems: [] };
  for (const [id, value] of Object.entries(input ?? {})) {
    // A generated index signature admits undefined; YAML never yields it.
    if (value === undefined) continue;
    const rule = ruleById(id);
    if (!rule) {
      const ids = rules.map((r) => r.id);
      config.problems.push({
        code: 'unknown-rule',
        severity: 'error',
        file: 'plan.yaml',
        path: ['rules', id],
        params: { id, suggestion: suggest(id, ids), known: ids.join(', ') },
      });
      continue;
    }
    if (typeof value === 'string') {
      config.settings.set(id, { severity: value, options: {} });
    } else {
      const { severity, ...options } = value;
      config.settings.set(id, { severity: severity ?? rule.defaultSeverity, options });
    }
  }
  return config;
}
