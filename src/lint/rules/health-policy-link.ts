import { mentions } from '../mentions.js';
import type { Rule } from '../rule.js';

/** Words that name the local health policy or the law it rests on (Wet publieke gezondheid). */
const healthPolicy = /gezondheidsbeleid|nota (lokaal |lokale |publieke )?gezondheid|publieke gezondheid|\bwpg\b|health policy|public health/i;

export const healthPolicyLinkRule: Rule = {
  id: 'health-policy-link',
  description: {
    nl: 'Het plan legt het verband met de lokale nota gezondheidsbeleid.',
    en: 'The plan links to the local health policy.',
  },
  rationale: {
    nl: 'De Alcoholwet (artikel 43a) laat de raad het preventie- en handhavingsplan vaststellen tegelijk met de nota gezondheidsbeleid die de Wet publieke gezondheid vraagt: preventie van alcoholgebruik hoort bij het gezondheidsbeleid, en de twee stukken verwijzen naar elkaar. De regel zoekt in plan.yaml, analysis.yaml en mission.yaml naar de nota gezondheidsbeleid of de Wet publieke gezondheid, bijvoorbeeld in de inleiding, bij de wettelijke basis of bij de voorgaande documenten.',
    en: 'The Alcoholwet (article 43a) has the council adopt the prevention and enforcement plan together with the local health policy that the Public Health Act (Wet publieke gezondheid) asks for: preventing alcohol use is part of health policy, and the two documents refer to each other. The rule looks in plan.yaml, analysis.yaml and mission.yaml for the health policy or the Public Health Act, for instance in the introduction, the legal basis or the precursor documents.',
  },
  defaultSeverity: 'warning',
  profiles: ['alcoholwet'],
  codes: ['health-policy-link-missing'],
  example: {
    file: 'plan.yaml',
    bad: `introduction: |
  Dit plan beschrijft hoe de gemeente alcoholgebruik door jongeren tegengaat.`,
    good: `introduction: |
  Dit plan beschrijft hoe de gemeente alcoholgebruik door jongeren tegengaat. Het hoort bij
  de nota gezondheidsbeleid 2025-2028, die de raad op dezelfde dag vaststelt.`,
  },
  check({ inputs }) {
    if ([inputs.plan, inputs.analysis, inputs.mission].some((data) => mentions(data, healthPolicy))) return [];
    const path = inputs.plan.introduction !== undefined ? ['introduction'] : [];
    return [{ code: 'health-policy-link-missing', file: 'plan.yaml', path, target: 'key' }];
  },
};
