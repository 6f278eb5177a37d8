import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkPlan, type CheckResult } from '../../../src/pipeline/check-plan.js';
import { partnerMatrices } from '../../../src/model/partner-matrix.js';
import { pillarBalance } from '../../../src/model/pillar-counts.js';
import type { PlanModel } from '../../../src/model/plan-model.js';
import { workItems } from '../../../src/model/work-items.js';
import { indexPlan } from '../../../src/monitoring/plan-index.js';
import { fixturesDir, removeDir, tempPlan } from '../../helpers/cli.js';
import { hits } from '../../helpers/lint.js';

const fixture = join(fixturesDir, 'derived-facts');

/** Checks the derived-facts fixture with goals.yaml edited; fails when no model was built. */
async function check(editGoals: (text: string) => string = (t) => t): Promise<CheckResult & { model: PlanModel }> {
  const dir = await tempPlan(fixture, { 'goals.yaml': editGoals(await readFile(join(fixture, 'goals.yaml'), 'utf8')) });
  try {
    const result = await checkPlan(dir);
    if (!result.model) throw new Error(`no model: ${result.diagnostics.map((d) => d.code).join(', ')}`);
    return result as CheckResult & { model: PlanModel };
  } finally {
    await removeDir(dir);
  }
}

const pillarsOf = (model: PlanModel): Record<string, readonly string[]> => Object.fromEntries(workItems(model).map(({ item, pillars }) => [item.id, pillars]));

describe('pillars: [] has one meaning everywhere: the pillars of what the item sits under', () => {
  it('the model, the work items, the chart counts and the progress index agree', async () => {
    const { model } = await check();
    const scholen = model.goals.strategicGoals[0]!.operationalGoals[0]!;
    expect(scholen.pillars).toEqual([]);
    expect(scholen.effectivePillars).toEqual(['preventie']);
    expect(scholen.actions[0]!.effectivePillars).toEqual(['preventie']);
    expect(pillarsOf(model)).toEqual({
      scholen: ['preventie'],
      'vorming-leerkrachten': ['preventie'],
      doorverwijzing: ['signalering'],
      controles: ['repressie'],
      fuifbegeleiding: ['preventie'],
    });
    expect(pillarBalance(model)).toEqual([
      { id: 'preventie', name: 'Preventie', goals: 1, actions: 2 },
      { id: 'signalering', name: 'Signalering, advies en ondersteuning', goals: 1, actions: 0 },
      { id: 'repressie', name: 'Repressie', goals: 0, actions: 1 },
    ]);
    const index = indexPlan(model);
    expect(Object.fromEntries([...index.workItems].map(([id, entry]) => [id, entry.pillars]))).toEqual(pillarsOf(model));
  });

  it('pillar-balance warns at the empty list, says what it counts for, and finds no empty pillar', async () => {
    const result = await check();
    expect(hits(result, 'pillar-balance')).toEqual([{ code: 'pillars-empty-list', severity: 'warning', file: 'goals.yaml', line: 18, column: 18 }]);
    const warning = result.diagnostics.find((d) => d.code === 'pillars-empty-list')!;
    // The example in the hint names a pillar the item does not yet count for.
    expect(warning.params).toEqual({ kind: 'goal', item: '1.1', title: 'Scholen werken preventief', pillar: 'Preventie', suggestion: 'signalering' });
  });

  it('leaving the line out, as the hint says, means the same and is quiet', async () => {
    const before = await check();
    const after = await check((t) => t.replace('        pillars: []\n', ''));
    expect(hits(after, 'pillar-balance')).toEqual([]);
    expect(pillarBalance(after.model)).toEqual(pillarBalance(before.model));
    expect(pillarsOf(after.model)).toEqual(pillarsOf(before.model));
  });

  it('an empty list under a goal without pillars counts for no pillar, and needs no warning', async () => {
    const result = await check((t) => t.replace('    pillars: [preventie]\n    operationalGoals:', '    operationalGoals:'));
    expect(result.model.goals.strategicGoals[0]!.operationalGoals[0]!.effectivePillars).toEqual([]);
    expect(hits(result, 'pillar-balance').map((h) => h.code)).not.toContain('pillars-empty-list');
    expect(pillarBalance(result.model)[0]).toEqual({ id: 'preventie', name: 'Preventie', goals: 0, actions: 1 });
  });

  it("an action's own pillars replace its goal's, and an action's empty list inherits", async () => {
    const result = await check((t) => t.replace('            owner: cgg\n', '            owner: cgg\n            pillars: []\n'));
    expect(pillarsOf(result.model)['vorming-leerkrachten']).toEqual(['preventie']);
    expect(hits(result, 'pillar-balance').map((h) => h.code)).toEqual(['pillars-empty-list', 'pillars-empty-list']);
    expect(pillarsOf(result.model).fuifbegeleiding).toEqual(['preventie']);
  });
});

describe('partner matrices: one kind of column each', () => {
  it('operational goals in one, actions outside goals in the other; an action counts for its goal', async () => {
    const { model } = await check();
    const { goals, actions } = partnerMatrices(model);
    expect(goals.kind).toBe('goals');
    expect(goals.columns.map((c) => c.number)).toEqual(['1.1', '2.1']);
    expect(Object.fromEntries(goals.rows.map((r) => [r.partnerId, r.cells]))).toEqual({
      preventiedienst: ['owner', null],
      cgg: ['partner', null],
      caw: [null, 'owner'],
      clb: ['partner', null],
    });
    expect(actions.kind).toBe('actions');
    expect(actions.columns).toEqual([
      { number: '1', title: 'Controles bij evenementen' },
      { number: '2', title: 'Begeleiding van fuiven' },
    ]);
    expect(Object.fromEntries(actions.rows.map((r) => [r.partnerId, r.cells]))).toEqual({
      'lokale-politie': ['owner', null],
      sportdienst: [null, 'partner'],
      jeugdhuis: [null, 'owner'],
      horeca: ['partner', null],
    });
  });
});
