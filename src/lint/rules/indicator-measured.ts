import { indexPlan } from '../../monitoring/plan-index.js';
import { reportYearOf } from '../../monitoring/report-year.js';
import type { Finding, Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const indicatorMeasuredRule: Rule = {
  id: 'indicator-measured',
  description: {
    nl: 'Elke indicator heeft een id en een meting in het jaar van het voortgangsrapport.',
    en: 'Every indicator has an id and a measurement in the year of the progress report.',
  },
  rationale: {
    nl: 'Het Brugse plan belooft jaarlijkse monitoring en een voortgangsrapport aan de raad (seed: brugge-drugbeleidsplan, procesdoelstelling monitoring). Een indicator zonder meting laat in het rapport een gat: de raad ziet niet of de doelstelling op koers ligt. Een meting verwijst naar de id van de indicator; zonder id kan ze niet gemeten worden. De regel kijkt alleen naar plannen met een map monitoring/, en naar het jaar van het rapport (bij plan validate het laatste jaar).',
    en: 'The Brugge plan promises yearly monitoring and a progress report to the council (seed: brugge-drugbeleidsplan, process goal on monitoring). An indicator without a measurement leaves a gap in the report: the council cannot see whether the goal is on track. A measurement refers to the indicator\u2019s id, so an indicator without an id cannot be measured. The rule only looks at plans with a monitoring/ folder, and at the report year (for plan validate the latest year).',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['indicator-not-measured', 'indicator-without-id'],
  example: {
    file: 'monitoring/2023.yaml',
    bad: `indicators:
  - { indicator: ouders-bereikt, value: 120 }
  # scholen-met-drugbeleid ontbreekt`,
    good: `indicators:
  - { indicator: ouders-bereikt, value: 120 }
  - { indicator: scholen-met-drugbeleid, value: 6 }`,
  },
  check({ model, monitoring, reportYear }) {
    const year = reportYearOf(monitoring, reportYear);
    if (!year) return [];
    const index = indexPlan(model);
    const findings: Finding[] = index.indicatorsWithoutId.map(({ name, path }) => ({ code: 'indicator-without-id', file: 'goals.yaml', path, params: { name, file: year.file } }));
    const measured = new Set(year.measurements.map((m) => m.indicator));
    for (const { id, indicator } of index.indicators.values()) {
      if (measured.has(id)) continue;
      const where = year.measurements.length > 0 ? { path: ['indicators'], target: 'key' as const } : { path: [] };
      findings.push({ code: 'indicator-not-measured', file: year.file, ...where, params: { id, name: indicator.name, year: year.year, file: year.file } });
    }
    return findings;
  },
};
