import { completenessSections, type SectionKey } from '../completeness-sections.js';
import { sectionContent } from '../completeness.js';
import { everyProfile } from '../profiles.js';
import type { Finding, Rule } from '../rule.js';

/** Sections whose heading the document shows whether or not they hold anything, and where they are written. */
const alwaysShown: Partial<Record<SectionKey, { file: string; key: string }>> = {
  problem: { file: 'analysis.yaml', key: 'problem' },
  determinants: { file: 'analysis.yaml', key: 'determinants' },
  context: { file: 'analysis.yaml', key: 'context' },
  mission: { file: 'mission.yaml', key: 'mission' },
  vision: { file: 'mission.yaml', key: 'vision' },
};

export const emptySectionRule: Rule = {
  id: 'empty-section',
  description: {
    nl: 'Geen onderdeel van de analyse of van missie en visie is leeg: het plan toont anders een titel zonder tekst.',
    en: 'No part of the analysis or of the mission and vision is empty: the plan would show a heading without text.',
  },
  rationale: {
    nl: 'De analyse (probleem, determinanten, context) en missie en visie zijn vaste onderdelen van het plan, naar het Brugse voorbeeld (seed: brugge-drugbeleidsplan); hun titels staan er altijd. Een leeg onderdeel, zoals "determinants: {}" of een lege missie, geeft in HTML, Markdown en PDF een titel waar niets onder staat. Deze regel zegt dat vóór de raad het leest.',
    en: 'The analysis (problem, determinants, context) and the mission and vision are fixed parts of the plan, after the Brugge example (seed: brugge-drugbeleidsplan); their headings are always there. An empty part, such as "determinants: {}" or an empty mission, gives a heading with nothing under it in HTML, Markdown and PDF. This rule says so before the council reads it.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['section-empty'],
  example: {
    file: 'analysis.yaml',
    bad: `determinants: {}`,
    good: `determinants:
  text: Jongeren overschatten hoeveel leeftijdsgenoten drinken.`,
  },
  check({ inputs, model }) {
    // Every rule that ran counts as applied here: only the structure's sections matter, not process goals.
    const { keys, titles, numbered } = completenessSections(inputs, model.structure, new Set());
    const content = sectionContent(inputs);
    const findings: Finding[] = [];
    for (const key of keys) {
      const where = alwaysShown[key];
      if (!where || content[key].content) continue;
      findings.push({ code: 'section-empty', file: where.file, path: [where.key], target: 'key', params: { section: key, label: titles[key], numbered: numbered ? 1 : 0 } });
    }
    return findings;
  },
};
