import { describe, expect, it } from 'vitest';
import { planRuleProfile } from '../../../src/lint/profiles.js';
import { rules } from '../../../src/lint/registry.js';
import type { PlanInput } from '../../../src/model/input.js';
import { checkWith, hits } from '../../helpers/lint.js';

const plan = (extra: Record<string, unknown>): PlanInput => ({ title: 'T', municipalities: [], period: { start: 2024, end: 2027 }, ...extra }) as PlanInput;

/** Base fixture without what the VAD-only rules look for: no process-goal aspects, no experience experts. */
const vadGaps = {
  'goals.yaml': (t: string) => t.replace('    aspects: [monitoring, evidence-informed]\n', ''),
  'stakeholders.yaml': (t: string) => t.replace('    kind: experience-expert\n', ''),
};

describe('rule profiles', () => {
  it.each([
    [{}, 'vad'],
    [{ language: 'en' }, 'vad'],
    [{ language: 'nl-BE', structure: { preset: 'php-nl' } }, 'vad'],
    // A Dutch drug-prevention plan (examples/gemeente-x) stays in the integral frame.
    [{ language: 'nl-NL' }, 'vad'],
    [{ language: 'nl-NL', structure: { preset: 'php-nl' } }, 'alcoholwet'],
    [{ language: 'nl-NL', structure: { preset: 'php-nl' }, ruleProfile: 'vad' }, 'vad'],
    [{ language: 'nl-BE', ruleProfile: 'alcoholwet' }, 'alcoholwet'],
  ])('%j is checked in the %s profile', (extra, profile) => {
    expect(planRuleProfile(plan(extra))).toBe(profile);
  });

  it('gives every rule at least one known profile', () => {
    for (const rule of rules) {
      expect(rule.profiles.length, rule.id).toBeGreaterThan(0);
      for (const p of rule.profiles) expect(['vad', 'alcoholwet']).toContain(p);
    }
  });

  it('runs the VAD rules on a Flemish plan', async () => {
    const result = await checkWith(vadGaps);
    expect(hits(result, 'process-goals').length).toBe(2);
    expect(hits(result, 'experience-experts').length).toBe(1);
  });

  it('keeps process goals and experience experts quiet on an alcoholwet plan', async () => {
    const result = await checkWith({ ...vadGaps, 'plan.yaml': (t) => `${t.trimEnd()}\nruleProfile: alcoholwet\n` });
    expect(hits(result, 'process-goals')).toEqual([]);
    expect(hits(result, 'experience-experts')).toEqual([]);
    expect(hits(result, 'sector-coverage')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule).map((d) => d.rule)).not.toContain('period-length');
  });

  it('runs a rule of the other profile when plan.yaml names it under rules:', async () => {
    const result = await checkWith({ ...vadGaps, 'plan.yaml': (t) => `${t.trimEnd()}\nruleProfile: alcoholwet\nrules:\n  experience-experts: info\n` });
    expect(hits(result, 'experience-experts')).toEqual([expect.objectContaining({ code: 'experience-experts-missing', severity: 'info' })]);
    expect(hits(result, 'process-goals')).toEqual([]);
  });
});
