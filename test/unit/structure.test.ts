import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PlanInputs } from '../../src/model/input.js';
import { checkStructure } from '../../src/model/structure/check-structure.js';
import { chapterNumbers, renumber } from '../../src/model/structure/chapter-numbers.js';
import { resolveStructure } from '../../src/model/structure/resolve-structure.js';
import { fixturesDir } from '../helpers/cli.js';

const parts = (order: ReturnType<typeof resolveStructure>['order']): string[] =>
  order.map((p) => (p.kind === 'part' ? (p.joins ? `${p.part}+${p.joins}` : p.part) : `[${p.ids.join(',')}]`));

const chapters = [
  { id: 'communicatie', title: 'Communicatie' },
  { id: 'bronnen', title: 'Bronnen', appendix: true },
];

describe('resolveStructure', () => {
  it('without structure: the Brugge order, extra chapters after the goals and appendices last', () => {
    const s = resolveStructure({ chapters });
    expect(parts(s.order)).toEqual(['introduction', 'legal-basis', 'precursors', 'overviews', 'analysis', 'mission', 'goals', '[communicatie]', 'enforcement', 'evaluation', 'budget', 'glossary', '[bronnen]']);
    expect(s).toMatchObject({ preset: 'brugge', goalsTitleWithPeriod: true, themeLevel: null, numberGoalSections: true, actionNumbers: 'computed' });
  });

  it('a Brugge-shaped plan may leave the goal sections unnumbered, so operational goal 3.1 no longer stands beside section 3.1', () => {
    expect(resolveStructure({ structure: { numberGoalSections: false } })).toMatchObject({ preset: 'brugge', numberGoalSections: false, goalsTitleWithPeriod: true });
    expect(resolveStructure({ structure: { preset: 'php-nl', numberGoalSections: true } }).numberGoalSections).toBe(true);
  });

  it('php-nl joins the evaluation to H5 unless the plan lists it itself', () => {
    expect(parts(resolveStructure({ structure: { preset: 'php-nl' } }).order)).toContain('stakeholders+evaluation');
    const own = resolveStructure({ structure: { preset: 'php-nl', parts: ['analysis', 'stakeholders', 'evaluation'] } });
    expect(parts(own.order)).toEqual(['analysis', 'stakeholders', 'evaluation']);
  });

  it("a plan's own list: chapters it does not place go before the glossary, appendices last; unknown and repeated entries are skipped", () => {
    const s = resolveStructure({ chapters, structure: { parts: ['goals', 'analyse', 'budget', 'goals', 'glossary'] } });
    expect(parts(s.order)).toEqual(['goals', 'budget', '[communicatie]', 'glossary', '[bronnen]']);
    expect([...s.required]).toEqual(['goals', 'budget', 'glossary']);
  });

  it("the plan's own choices win over the preset's", () => {
    expect(resolveStructure({ structure: { preset: 'actieplan', actionNumbers: 'own', goalsTitleWithPeriod: true, themeLevel: 3 } })).toMatchObject({
      actionNumbers: 'own',
      goalsTitleWithPeriod: true,
      themeLevel: 3,
    });
  });
});

describe('chapter numbers', () => {
  it('count the numbered parts the document shows; introduction, overviews, glossary and appendices carry none', () => {
    const s = resolveStructure({ chapters, structure: { parts: ['introduction', 'overviews', { chapter: 'communicatie' }, 'analysis', 'evaluation', 'glossary', { chapter: 'bronnen' }] } });
    const numbers = chapterNumbers(s.order, (part) => part !== 'evaluation', (id) => id === 'bronnen');
    expect(Object.fromEntries(numbers)).toEqual({ 'chapter:communicatie': '1', 'part:analysis': '2' });
  });

  it('move a section with its chapter', () => {
    expect([renumber('1', '1', '4'), renumber('1.2.1', '1', '4'), renumber('12.1', '1', '4')]).toEqual(['4', '4.2.1', '12.1']);
  });
});

describe('checkStructure', () => {
  const base = Object.fromEntries(['plan', 'analysis', 'stakeholders', 'mission', 'goals'].map((k) => [k, parse(readFileSync(join(fixturesDir, 'base', `${k}.yaml`), 'utf8'))])) as unknown as PlanInputs;
  const placeOf = (file: string): string => file;

  it('warns when a part the preset expects is empty, at the preset', () => {
    const inputs = { ...base, plan: { ...base.plan, structure: { preset: 'actieplan' as const } } };
    const found = checkStructure(inputs, placeOf).map((d) => ({ code: d.code, severity: d.severity, path: d.path, id: d.params.id }));
    // The base plan has no budget; the actieplan preset expects one.
    expect(found).toEqual([{ code: 'structure-part-empty', severity: 'warning', path: ['structure', 'preset'], id: 'budget' }]);
  });

  it('warns about an own number that is not shown because the numbers are computed', () => {
    const goals = structuredClone(base.goals);
    goals.strategicGoals![0]!.operationalGoals![0]!.actions![0]!.number = 4;
    expect(checkStructure({ ...base, goals }, placeOf).map((d) => [d.code, d.severity])).toEqual([['action-number-unused', 'warning']]);
  });

  it('finds nothing in a plan without structure:', () => {
    expect(checkStructure(base, placeOf)).toEqual([]);
  });
});
