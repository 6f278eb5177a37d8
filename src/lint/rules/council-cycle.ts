import type { PlanInput } from '../../model/input.js';
import type { Finding, Rule } from '../rule.js';

const YEARS = 4;
const council = /raad|council/i;

/**
 * The bodies that adopted the plan: `adoption:` is one object, or a list of them when several
 * councils adopt an intermunicipal plan; read through this narrow shape so both forms count.
 */
function adoptingBodies(plan: PlanInput): string[] {
  const adoption: unknown = plan.adoption;
  const list: unknown[] = Array.isArray(adoption) ? adoption : adoption ? [adoption] : [];
  return list.flatMap((entry) => {
    const body = (entry as { body?: unknown } | null)?.body;
    return typeof body === 'string' ? [body] : [];
  });
}

export const councilCycleRule: Rule = {
  id: 'council-cycle',
  description: {
    nl: 'Het plan loopt vier jaar en wordt vastgesteld door de gemeenteraad.',
    en: 'The plan runs four years and is adopted by the municipal council.',
  },
  rationale: {
    nl: 'Artikel 43a van de Alcoholwet vraagt de gemeenteraad om de vier jaar een preventie- en handhavingsplan alcohol vast te stellen, gelijk met de nota gezondheidsbeleid. Een plan van een andere lengte loopt uit de pas met die cyclus, en een plan dat het college of een wethouder alleen vaststelt, mist het besluit dat de wet vraagt. De regel kijkt naar "period:" en naar "body:" bij "adoption:".',
    en: 'Article 43a of the Alcoholwet asks the municipal council to adopt a prevention and enforcement plan for alcohol every four years, together with the local health policy. A plan of another length falls out of step with that cycle, and a plan adopted by the executive or an alderman alone lacks the decision the law asks for. The rule looks at "period:" and at "body:" under "adoption:".',
  },
  defaultSeverity: 'warning',
  profiles: ['alcoholwet'],
  codes: ['council-cycle-period', 'council-cycle-not-council'],
  example: {
    file: 'plan.yaml',
    bad: `period: { start: 2025, end: 2030 }
adoption:
  body: College van burgemeester en wethouders`,
    good: `period: { start: 2025, end: 2028 }
adoption:
  body: Gemeenteraad
  date: 2024-12-12`,
  },
  check({ model, inputs }) {
    const findings: Finding[] = [];
    const { start, end } = model.plan.period;
    const years = end - start + 1;
    if (years !== YEARS) findings.push({ code: 'council-cycle-period', file: 'plan.yaml', path: ['period'], target: 'key', params: { years, start, end, cycle: YEARS } });
    const bodies = adoptingBodies(inputs.plan);
    if (bodies.length > 0 && !bodies.some((body) => council.test(body))) {
      findings.push({ code: 'council-cycle-not-council', file: 'plan.yaml', path: ['adoption'], target: 'key', params: { body: bodies.join(', ') } });
    }
    return findings;
  },
};
