import { describe, expect, it } from 'vitest';
import { checkWith, hits } from '../../helpers/lint.js';

const goals = `strategicGoals:
  - id: s
    title: S
    pillars: [preventie]
    operationalGoals:
      - id: niets
        title: Erft preventie en noemt niets
        owner: cgg
      - id: via-actie
        title: Doelgroep en setting via een actie
        owner: cgg
        actions:
          - id: actie
            title: Actie
            targetGroups: [ouders]
            settings: [gezin]
      - id: zorg
        title: Geen preventie
        pillars: [hulpverlening]
        owner: cgg
      - id: alleen-doelgroep
        title: Alleen een doelgroep
        owner: lokale-politie
        targetGroups: [jongeren]
        pillars: [repressie, preventie]
`;

describe('prevention-targeting', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'prevention-targeting')).toEqual([]);
  });

  it('warns at prevention goals without target groups or settings; actions under the goal count', async () => {
    const result = await checkWith({ 'goals.yaml': goals });
    expect(hits(result, 'prevention-targeting')).toEqual([
      { code: 'prevention-without-settings', severity: 'warning', file: 'goals.yaml', line: 6, column: 9 },
      { code: 'prevention-without-target-groups', severity: 'warning', file: 'goals.yaml', line: 6, column: 9 },
      { code: 'prevention-without-settings', severity: 'warning', file: 'goals.yaml', line: 21, column: 9 },
    ]);
  });

  it('treats vraagbeperking of the Trimbos model as prevention, and checks theme actions', async () => {
    const result = await checkWith({
      'plan.yaml': (t) => t.replace('pillarModel: brugge', 'pillarModel: trimbos'),
      'goals.yaml': `themes:
  - id: uitgaan
    title: Veilig uitgaan
    pillars: [vraagbeperking]
    actions:
      - id: training
        title: Training voor barpersoneel
        owner: cgg
        settings: [uitgaan]
  - id: handel
    title: Handel
    pillars: [aanbodbeperking]
    actions:
      - id: controles
        title: Controles
        owner: lokale-politie
`,
    });
    expect(hits(result, 'prevention-targeting')).toEqual([{ code: 'prevention-without-target-groups', severity: 'warning', file: 'goals.yaml', line: 6, column: 9 }]);
  });
  it('leaves out coordination: a theme action or goal that carries every pillar of the plan', async () => {
    const result = await checkWith({
      'goals.yaml': `themes:
  - id: regie
    title: Regie en samenwerking
    actions:
      - id: coordinatie
        title: De coördinator brengt de partners samen
        owner: preventiedienst
        pillars: [preventie, hulpverlening, repressie]
strategicGoals:
  - id: s
    title: S
    operationalGoals:
      - id: overleg
        title: Het lokaal overleg komt viermaal per jaar samen
        owner: preventiedienst
        pillars: [repressie, preventie, hulpverlening]
      - id: twee-van-drie
        title: Twee van de drie pijlers is nog gericht werk
        owner: cgg
        pillars: [preventie, hulpverlening]
`,
    });
    expect(hits(result, 'prevention-targeting').map((h) => h.line)).toEqual([17, 17]);
  });
});
