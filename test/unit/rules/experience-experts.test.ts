import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

describe('experience-experts', () => {
  it('is quiet on the base fixture, where experience experts sit in the steering group', async () => {
    expect(hits(await checkWith(), 'experience-experts')).toEqual([]);
  });

  it('warns at the partners key when the plan has no experience experts or user representatives', async () => {
    const result = await checkWith({
      'stakeholders.yaml': (t) => t.replace('    kind: experience-expert\n', ''),
    });
    expect(hits(result, 'experience-experts')).toEqual([{ code: 'experience-experts-missing', severity: 'warning', file: 'stakeholders.yaml', line: 1, column: 1 }]);
  });

  it('warns at each experience expert or user representative that sits in no body', async () => {
    const result = await checkWith({
      'stakeholders.yaml': (t) => t.replace('members: [lokale-politie, cgg, ervaringsdeskundigen]', 'members: [lokale-politie, cgg]'),
      // Still involved through a goal, so only this rule speaks.
      'goals.yaml': (t) => t.replace('        partners: [cgg]\n', '        partners: [cgg, ervaringsdeskundigen]\n'),
    });
    expect(hits(result, 'experience-experts')).toEqual([{ code: 'experience-expert-outside-bodies', severity: 'warning', file: 'stakeholders.yaml', line: 30, column: 5 }]);
  });

  it('accepts a user representative as a member', async () => {
    const result = await checkWith({
      'stakeholders.yaml': (t) => t.replace('    kind: experience-expert\n', '    kind: user-representative\n'),
    });
    expect(hits(result, 'experience-experts')).toEqual([]);
  });
});
