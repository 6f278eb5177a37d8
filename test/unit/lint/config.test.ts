import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { readRuleConfig } from '../../../src/lint/config.js';
import { checkWith, withRules } from '../../helpers/lint.js';

describe('rules: in plan.yaml', () => {
  it('reads severities, and a map with severity and options', () => {
    const config = readRuleConfig({ 'goal-owner': 'error', 'sector-coverage': 'off', 'pillar-balance': { minShare: 20 } });
    expect(config.problems).toEqual([]);
    expect(config.settings.get('goal-owner')).toEqual({ severity: 'error', options: {} });
    expect(config.settings.get('sector-coverage')).toEqual({ severity: 'off', options: {} });
    expect(config.settings.get('pillar-balance')).toEqual({ severity: 'warning', options: { minShare: 20 } });
  });

  it('reports an unknown rule id as an error at its key, with a suggestion', async () => {
    const result = await checkWith({ 'plan.yaml': withRules('  goal-owner: info\n  sector-coverag: off\n') }, { allowErrors: true });
    const unknown = result.diagnostics.filter((d) => d.code === 'unknown-rule');
    expect(unknown.map(({ severity, file, line, column, endColumn }) => ({ severity, file, line, column, endColumn }))).toEqual([
      { severity: 'error', file: 'plan.yaml', line: 27, column: 3, endColumn: 17 },
    ]);
    expect(renderMessage(unknown[0]!, 'nl').message).toBe("onbekende regel 'sector-coverag' — bedoelt u 'sector-coverage'?");
    expect(renderMessage(unknown[0]!, 'en').message).toBe("unknown rule 'sector-coverag' — did you mean 'sector-coverage'?");
    // The other rules still run, so the plan is otherwise checked as usual.
    expect(result.model).toBeDefined();
  });

  it('reports an unknown rule id even when another file keeps the model from being built', async () => {
    const result = await checkWith(
      { 'plan.yaml': withRules('  nonsense: off\n'), 'goals.yaml': (t) => t.replace('owner: cgg', 'owner: onbekend') },
      { allowErrors: true },
    );
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['unknown-rule', 'unknown-stakeholder']));
    expect(result.diagnostics.some((d) => d.rule !== undefined)).toBe(false);
  });

  it('refuses options a rule does not have, and a share outside 0-100, through the schema', async () => {
    const result = await checkWith({ 'plan.yaml': withRules('  goal-owner: { severity: error, minShare: 3 }\n  pillar-balance: { minShare: 120 }\n') }, { allowErrors: true });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['unknown-field', 26],
      ['out-of-range', 27],
    ]);
  });

  it('refuses a severity that does not exist, with the choices', async () => {
    const result = await checkWith({ 'plan.yaml': withRules('  goal-owner: warn\n') }, { allowErrors: true });
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.suggestion])).toEqual([['invalid-choice', 26, 15, 'warning']]);
  });
});
