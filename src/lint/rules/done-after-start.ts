import { indexPlan } from '../../monitoring/plan-index.js';
import type { Finding, Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const doneAfterStartRule: Rule = {
  id: 'done-after-start',
  description: {
    nl: 'Een actie staat pas als afgerond in een jaar waarin ze al begonnen was.',
    en: 'An action is only done in a year in which it had already started.',
  },
  rationale: {
    nl: 'Een actie die "afgerond" is voor het startjaar uit goals.yaml wijst op een vergissing: de verkeerde id, het verkeerde jaarbestand of een startjaar dat niet meer klopt. De raad leest het voortgangsrapport naast het plan; beide moeten hetzelfde verhaal vertellen, zoals het Brugse plan jaarlijks rapporteert over de uitvoering van zijn acties (seed: brugge-drugbeleidsplan, procesdoelstelling monitoring).',
    en: 'An action that is "done" before the start year in goals.yaml points to a mistake: the wrong id, the wrong year\u2019s file, or a start year that is out of date. The council reads the progress report next to the plan; both must tell the same story, as the Brugge plan reports each year on how its actions are carried out (seed: brugge-drugbeleidsplan, process goal on monitoring).',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['done-before-start'],
  example: {
    file: 'monitoring/2022.yaml',
    bad: `actions:
  - { action: buso-workshop, status: done }   # start: 2023 in goals.yaml`,
    good: `actions:
  - { action: buso-workshop, status: planned }`,
  },
  check({ model, monitoring }) {
    if (!monitoring || monitoring.length === 0) return [];
    const index = indexPlan(model);
    const findings: Finding[] = [];
    for (const year of monitoring) {
      for (const s of year.statuses) {
        const start = index.workItems.get(s.action)?.item;
        const startYear = start && 'start' in start ? start.start : undefined;
        if (s.status !== 'done' || startYear === undefined || year.year >= startYear) continue;
        findings.push({ code: 'done-before-start', file: year.file, path: [...s.path, 'status'], params: { title: start!.title, year: year.year, start: startYear } });
      }
    }
    return findings;
  },
};
