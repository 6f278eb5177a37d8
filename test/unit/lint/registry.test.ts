import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diagnosticMessages as messages, renderMessage } from '../../../src/messages/index.js';
import { ruleById, rules } from '../../../src/lint/registry.js';
import { repoRoot } from '../../helpers/cli.js';

/** Every parameter any rule message uses, so that a template never shows "undefined". */
const params = {
  pillar: 'Preventie', count: 1, total: 8, share: 13, minShare: 15, goal: '1.2', title: 'Titel', id: 'cgg', name: 'CGG',
  sector: 'health', years: 2, start: 2024, end: 2025, min: 3, max: 6, aspect: 'monitoring', item: '1.1', kind: 'goal',
  excerpt: 'TODO: naam', field: 'name', suggestion: 'goal-owner', known: 'goal-owner, goal-indicator',
  year: 2023, file: 'monitoring/2023.yaml', label: 'Werking', spent: '€ 12.000', budget: '€ 10.000', budgetFile: 'plan.yaml',
  font: 'Source Sans 3', characters: "'😀' (U+1F600)", alternative: 'serif', alternativeTitle: 'Source Serif 4', line: 50,
  actions: '€ 131.133', plan: '€ 114.933', difference: '€ 16.200', amount: 1500, note: 'per jaar', cycle: 4, body: 'College', section: 'determinants', numbered: 1,
};

describe('the rule registry', () => {
  it('has at least the rules the issue asks for, with unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const id of ['pillar-balance', 'goal-owner', 'stakeholder-involved', 'sector-coverage', 'coordinator-named', 'advisory-body', 'experience-experts', 'goal-indicator', 'period-length', 'substance-coverage', 'alcohol-in-scope', 'process-goals', 'prevention-targeting', 'placeholders']) {
      expect(ruleById(id), id).toBeDefined();
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s is documented in Dutch and English, with a one-line description', (_id, rule) => {
    for (const text of [rule.description, rule.rationale, ...(rule.options ? [rule.options] : [])]) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.nl).not.toBe(text.en);
    }
    expect(rule.description.nl).not.toContain('\n');
    expect(rule.description.en).not.toContain('\n');
    // A VAD rule names the seed it comes from; an Alcoholwet rule the article of the law.
    expect(rule.rationale.nl).toMatch(/seed|Alcoholwet/);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has a message for every code, in both languages', (_id, rule) => {
    expect(rule.codes.length).toBeGreaterThan(0);
    for (const code of rule.codes) {
      expect(messages[code], code).toBeDefined();
      for (const lang of ['nl', 'en'] as const) {
        const { message, hint } = renderMessage({ code, severity: 'warning', params }, lang);
        expect(message).not.toBe(code);
        expect(`${message} ${hint ?? ''}`).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has an example whose snippets are YAML, and a test file', (_id, rule) => {
    expect(() => parse(rule.example.bad)).not.toThrow();
    expect(() => parse(rule.example.good)).not.toThrow();
    expect(rule.example.bad).not.toBe(rule.example.good);
    expect(rule.example.file).toMatch(/^(plan|analysis|stakeholders|mission|goals)\.yaml$|^monitoring\/\d{4}\.yaml$/);
    expect(existsSync(join(repoRoot, 'test', 'unit', 'rules', `${rule.id}.test.ts`))).toBe(true);
    expect(existsSync(join(repoRoot, 'src', 'lint', 'rules', `${rule.id}.ts`))).toBe(true);
  });
});
