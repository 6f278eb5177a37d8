import { describe, expect, it } from 'vitest';
import { checkWith, hits, withProfile } from '../../helpers/lint.js';

const php = withProfile('alcoholwet');
/** The base goals without the goal in the repressie pillar. */
const noEnforcement = (t: string): string => t.replace(/      - id: handhaving\n[\s\S]*?(?=  - id: zorg)/, '');

describe('alcohol-enforcement', () => {
  it('is quiet on a Flemish plan (vad profile)', async () => {
    expect(hits(await checkWith({ 'goals.yaml': noEnforcement }), 'alcohol-enforcement')).toEqual([]);
  });

  it('is satisfied by a goal in the repressie pillar', async () => {
    expect(hits(await checkWith({ 'plan.yaml': php }), 'alcohol-enforcement')).toEqual([]);
  });

  it('warns at strategicGoals when no goal or action is about enforcement', async () => {
    const result = await checkWith({ 'plan.yaml': php, 'goals.yaml': noEnforcement });
    expect(hits(result, 'alcohol-enforcement')).toEqual([{ code: 'alcohol-enforcement-missing', severity: 'warning', file: 'goals.yaml', line: 7, column: 1 }]);
  });

  it('is satisfied by an action about supervision, whatever its pillar', async () => {
    const goals = (t: string): string => noEnforcement(t).replace('title: Vorming voor leerkrachten', "title: Boa's houden toezicht in sportkantines");
    expect(hits(await checkWith({ 'plan.yaml': php, 'goals.yaml': goals }), 'alcohol-enforcement')).toEqual([]);
  });
});
