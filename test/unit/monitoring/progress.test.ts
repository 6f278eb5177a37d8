import { describe, expect, it } from 'vitest';
import { changesSince } from '../../../src/monitoring/changes.js';
import { moneySummary } from '../../../src/monitoring/money.js';
import { indexPlan } from '../../../src/monitoring/plan-index.js';
import { indicatorProgress, summarise, workItemProgress } from '../../../src/monitoring/progress.js';
import { checkWith, withIds } from '../../helpers/monitoring.js';

// The base fixture with ids: scholen-beleid 2 (2023) → 5 (2027), so the path expects 3.5 in
// 2025; evenementen has no baseline and a target of 10 (due 2027, the plan's last year);
// doorverwijzingen targets 50 with no baseline.
const y2024 = `indicators:
  - { indicator: scholen-beleid, value: 2 }
  - { indicator: evenementen, value: 4 }
actions:
  - { action: vorming-leerkrachten, status: planned }
spending:
  - { budgetLine: vorming-leerkrachten, amount: 1000 }
`;
const y2025 = `indicators:
  - { indicator: scholen-beleid, value: 3 }
  - { indicator: evenementen, value: 7 }
  - { indicator: doorverwijzingen, value: veel }
actions:
  - { action: vorming-leerkrachten, status: running, explanation: Eerste reeks. }
  - { action: handhaving, status: delayed }
spending:
  - { budgetLine: vorming-leerkrachten, amount: 1500 }
`;

async function progress() {
  const result = await checkWith({ 'goals.yaml': withIds, 'monitoring/2024.yaml': y2024, 'monitoring/2025.yaml': y2025 });
  const model = result.model!;
  const index = indexPlan(model);
  return { model, index, monitoring: result.monitoring };
}

describe('the progress of a plan in a report year', () => {
  it('judges each indicator, or says why it cannot', async () => {
    const { model, index, monitoring } = await progress();
    const judged = Object.fromEntries(indicatorProgress(model, index, monitoring, 2025).map((p) => [p.indicator.id, [p.judgement, p.reason, p.expected]]));
    expect(judged).toEqual({
      // 3 below the 3.5 the path expects: off track.
      'scholen-beleid': ['off-track', undefined, 3.5],
      // From its first measurement, 4 (2024), to 10 (2027): the path expects 6 in 2025; 7 is on track.
      evenementen: ['on-track', undefined, 6],
      doorverwijzingen: ['not-judged', 'not-numeric', undefined],
    });
    const first = Object.fromEntries(indicatorProgress(model, index, monitoring, 2024).map((p) => [p.indicator.id, p.reason ?? p.judgement]));
    expect(first).toEqual({ 'scholen-beleid': 'off-track', evenementen: 'is-start', doorverwijzingen: 'no-measurement' });
  });

  it('counts actions (and goals without actions) by status per pillar and per strategic goal', async () => {
    const { model, index, monitoring } = await progress();
    const items = workItemProgress(index, monitoring, 2025);
    const summary = summarise(model, index, items, indicatorProgress(model, index, monitoring, 2025));
    expect(summary.all).toMatchObject({ running: 1, delayed: 1, unreported: 1, total: 3 });
    expect(summary.byGroup.map((g) => [g.group.id, g.counts.total])).toEqual([['minder-gebruik', 2], ['zorg', 1]]);
    expect(summary.byPillar.find((p) => p.pillar.id === 'repressie')!.counts.delayed).toBe(1);
    expect(summary.indicators).toEqual({ reached: 0, 'on-track': 1, 'off-track': 1, 'not-judged': 1, total: 3 });
  });

  it('adds up money by budget line, this year and to date', async () => {
    const { index, monitoring } = await progress();
    const money = moneySummary(index, monitoring, 2025);
    expect(money.lines.map((l) => [l.line.id, l.line.amount, l.spentThisYear, l.spentToDate])).toEqual([['vorming-leerkrachten', 5000, 1500, 2500]]);
  });

  it('finds what changed since the year before', async () => {
    const { model, index, monitoring } = await progress();
    const items = workItemProgress(index, monitoring, 2025);
    const changes = changesSince(model, index, monitoring, 2025, items, indicatorProgress(model, index, monitoring, 2025));
    expect(changes.previousYear).toBe(2024);
    expect(changes.statuses.map((c) => [c.progress.entry.item.id, c.from, c.to])).toEqual([
      ['vorming-leerkrachten', 'planned', 'running'],
      ['handhaving', 'unreported', 'delayed'],
    ]);
    expect(changes.indicators.map((c) => [c.now.indicator.id, c.before.judgement, c.now.judgement])).toEqual([['evenementen', 'not-judged', 'on-track']]);
  });
});
