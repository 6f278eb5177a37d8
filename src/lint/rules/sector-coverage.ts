import type { Rule } from '../rule.js';
import { consultationSectors } from '../sectors.js';

export const sectorCoverageRule: Rule = {
  id: 'sector-coverage',
  description: {
    nl: 'Elke sector van het lokaal overleg (gezondheid, welzijn, onderwijs, uitgaan …) heeft een partner.',
    en: 'Every sector of the local consultation (health, welfare, education, nightlife …) has a partner.',
  },
  rationale: {
    nl: 'Veel lokale actoren werken al rond alcohol en drugs, elk vanuit hun eigen hoek; het lokaal overleg brengt ze samen zodat het beleid breed gedragen is (seed: lokaal-overleg-stakeholders, die per sector mogelijke partners noemt). Een sector zonder partner is een blinde vlek. Zet de regel uit of op info als een sector bewust ontbreekt.',
    en: 'Many local actors already work on alcohol and drugs, each from their own angle; the local consultation brings them together so the policy is widely supported (seed: lokaal-overleg-stakeholders, which names possible partners per sector). A sector without a partner is a blind spot. Switch the rule off or to info when a sector is left out on purpose.',
  },
  defaultSeverity: 'warning',
  profiles: ['vad'],
  codes: ['sector-without-partner'],
  example: {
    file: 'stakeholders.yaml',
    bad: `partners:
  - id: cgg
    name: CGG
    sector: health`,
    good: `partners:
  - id: cgg
    name: CGG
    sector: health
  - id: clb
    name: CLB
    sector: education
  # ...`,
  },
  check({ model }) {
    const present = new Set(model.stakeholders.partners.map((p) => p.sector));
    return consultationSectors
      .filter((sector) => !present.has(sector))
      .map((sector) => ({ code: 'sector-without-partner', file: 'stakeholders.yaml', path: ['partners'], target: 'key' as const, params: { sector } }));
  },
};
