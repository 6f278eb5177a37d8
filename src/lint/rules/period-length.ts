import { isActionPlan } from '../profiles.js';
import type { Rule } from '../rule.js';

const MIN_YEARS = 3;
const MAX_YEARS = 6;

export const periodLengthRule: Rule = {
  id: 'period-length',
  description: {
    nl: `De planperiode duurt drie tot zes jaar.`,
    en: `The plan period runs three to six years.`,
  },
  rationale: {
    nl: 'Een lokaal beleid is een langetermijnbeleid (seed: lokaal-overleg-stakeholders). Het Brugse plan loopt vijf jaar (2021-2025) en de meeste plannen volgen de bestuursperiode van zes jaar. Korter laat te weinig tijd om acties uit te voeren en te evalueren; langer veroudert de analyse waarop het plan steunt. Een actieplan van een of twee jaar (structure: preset: actieplan) valt buiten deze regel.',
    en: 'Local policy is long-term policy (seed: lokaal-overleg-stakeholders). The Brugge plan runs five years (2021-2025) and most plans follow the six-year term of the council. Shorter leaves too little time to carry out and evaluate actions; longer lets the analysis the plan rests on grow stale. An action plan of a year or two (structure: preset: actieplan) is left out of this rule.',
  },
  defaultSeverity: 'warning',
  profiles: ['vad'],
  codes: ['period-too-short', 'period-too-long'],
  example: {
    file: 'plan.yaml',
    bad: `period:
  start: 2025
  end: 2026`,
    good: `period:
  start: 2025
  end: 2030`,
  },
  check({ model, inputs }) {
    // A short action plan (structure preset actieplan) is meant to run a year or two.
    if (isActionPlan(inputs.plan)) return [];
    const { start, end } = model.plan.period;
    const years = end - start + 1;
    const params = { years, start, end, min: MIN_YEARS, max: MAX_YEARS };
    if (years < MIN_YEARS) return [{ code: 'period-too-short', file: 'plan.yaml', path: ['period'], target: 'key', params }];
    if (years > MAX_YEARS) return [{ code: 'period-too-long', file: 'plan.yaml', path: ['period'], target: 'key', params }];
    return [];
  },
};
