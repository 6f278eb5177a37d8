import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

/** A plan budget table added to the base plan (2024-2027, four years). */
const budget = (items: string) => (text: string) => `${text}budget:\n  items:\n${items}`;
/** A budget on the base plan's one action (2024-2025) and on the goal without actions. */
const actionBudget = (action: string, goal?: string) => (text: string) =>
  text
    .replace('            end: 2025\n', `            end: 2025\n            budget: ${action}\n`)
    .replace('        owner: lokale-politie\n', goal ? `        owner: lokale-politie\n        budget: ${goal}\n` : '        owner: lokale-politie\n');

describe('budget-reconciles', () => {
  it('is quiet on the base fixture, which has no budgets', async () => {
    expect(hits(await checkWith(), 'budget-reconciles')).toEqual([]);
  });

  it('reports actions that add up to more than the budget table, at budget.items', async () => {
    // The €131,133 of actions against a €114,933 table of the issue, in small.
    const result = await checkWith({
      'plan.yaml': budget('    - { label: Werking, amount: 114933 }\n'),
      'goals.yaml': actionBudget('{ amount: 100000 }', '{ amount: 31133 }'),
    });
    const found = hits(result, 'budget-reconciles');
    expect(found.map((h) => h.code)).toEqual(['budget-actions-over-plan']);
    expect(found[0]).toMatchObject({ severity: 'warning', file: 'plan.yaml' });
    const message = result.diagnostics.find((d) => d.code === 'budget-actions-over-plan');
    expect(message?.params).toMatchObject({ count: 2 });
    expect(String(message?.params?.actions)).toMatch(/131\.133/);
    expect(String(message?.params?.difference)).toMatch(/16\.200/);
  });

  it('is quiet when the actions fit: the table also pays for staff and running costs', async () => {
    const result = await checkWith({
      'plan.yaml': budget('    - { label: Personeel, amount: 80000 }\n    - { label: Werking, amount: 20000 }\n'),
      'goals.yaml': actionBudget('{ amount: 5000 }', '{ amount: 15000 }'),
    });
    expect(hits(result, 'budget-reconciles')).toEqual([]);
  });

  it('counts a yearly amount once for every year: of the action (2024-2025) and of the period (4 years)', async () => {
    // 2 × 6,000 = 12,000 of actions; 4 × 2,500 = 10,000 in the table: over.
    const over = await checkWith({
      'plan.yaml': budget('    - { label: Werking, amount: 2500, perYear: true }\n'),
      'goals.yaml': actionBudget('{ amount: 6000, perYear: true }'),
    });
    expect(hits(over, 'budget-reconciles').map((h) => h.code)).toEqual(['budget-actions-over-plan']);
    // Year by year: 3,000 + 4,000 + 3,000 + 3,000 = 13,000 in the table: fits.
    const fits = await checkWith({
      'plan.yaml': budget('    - label: Werking\n      years: { 2024: 3000, 2025: 4000, 2026: 3000, 2027: 3000 }\n'),
      'goals.yaml': actionBudget('{ amount: 6000, perYear: true }'),
    });
    expect(hits(fits, 'budget-reconciles')).toEqual([]);
  });

  it('asks to rewrite a note that only says "per jaar" as perYear: true, at the note', async () => {
    const result = await checkWith({ 'goals.yaml': actionBudget('{ amount: 1500, note: per jaar }') });
    const found = hits(result, 'budget-reconciles');
    expect(found.map((h) => h.code)).toEqual(['budget-yearly-note']);
    expect(found[0]).toMatchObject({ file: 'goals.yaml', line: 32 });
    // A note that explains a total ("3000 per jaar" beside 12000) is left alone.
    const total = await checkWith({ 'goals.yaml': actionBudget('{ amount: 12000, note: 3000 per jaar }') });
    expect(hits(total, 'budget-reconciles')).toEqual([]);
  });
});
