import type { Finding, Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const measurementInPeriodRule: Rule = {
  id: 'measurement-in-period',
  description: {
    nl: 'Elke meting in de monitoringbestanden valt binnen de planperiode.',
    en: 'Every measurement in the monitoring files falls within the plan period.',
  },
  rationale: {
    nl: 'Het Brugse plan wil de evolutie van de thematiek opvolgen binnen de looptijd van het plan (seed: brugge-drugbeleidsplan, procesdoelstelling monitoring). Het voortgangsrapport zet metingen af tegen het pad van nulmeting naar streefwaarde binnen de planperiode. Een meting van daarbuiten is meestal een tikfout in de datum of een bestand met de verkeerde naam; een nulmeting van voor het plan hoort bij de indicator zelf, als "baseline:".',
    en: 'The Brugge plan follows the topic up within the plan\u2019s term (seed: brugge-drugbeleidsplan, process goal on monitoring). The progress report compares measurements with the path from baseline to target within the plan period. A measurement outside it is usually a typo in the date or a file with the wrong name; a baseline from before the plan belongs with the indicator itself, as "baseline:".',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['measurement-outside-period'],
  example: {
    file: 'monitoring/2023.yaml',
    bad: `indicators:
  - { indicator: ouders-bereikt, value: 120, date: 2032-06-30 }`,
    good: `indicators:
  - { indicator: ouders-bereikt, value: 120, date: 2023-06-30 }`,
  },
  check({ model, monitoring }) {
    const { start, end } = model.plan.period;
    const findings: Finding[] = [];
    for (const year of monitoring ?? []) {
      for (const m of year.measurements) {
        if (m.year >= start && m.year <= end) continue;
        findings.push({ code: 'measurement-outside-period', file: year.file, path: m.date ? [...m.path, 'date'] : [...m.path, 'indicator'], params: { year: m.year, start, end } });
      }
    }
    return findings;
  },
};
