import type { MessageLanguage } from '../diagnostics/messages.js';
import type { InitProblem } from './answers.js';

type Params = InitProblem['params'];
const q = (value: unknown): string => `'${String(value)}'`;
const didYouMean = (p: Params, lang: MessageLanguage): string =>
  p.suggestion === undefined ? '.' : lang === 'en' ? ` — did you mean ${q(p.suggestion)}?` : ` — bedoelt u ${q(p.suggestion)}?`;

const texts: Record<InitProblem['code'], Record<MessageLanguage, (p: Params, lang: MessageLanguage) => string>> = {
  'period-format': {
    nl: (p) => `${q(p.value)} is geen periode. Schrijf het eerste en het laatste jaar met een streepje ertussen, bv. 2026-2031.`,
    en: (p) => `${q(p.value)} is not a period. Write the first and the last year with a dash between them, e.g. 2026-2031.`,
  },
  'period-reversed': {
    nl: (p) => `de periode ${q(p.value)} loopt achteruit: het eerste jaar komt eerst — bedoelt u ${q(`${p.end}-${p.start}`)}?`,
    en: (p) => `the period ${q(p.value)} runs backwards: the first year comes first — did you mean ${q(`${p.end}-${p.start}`)}?`,
  },
  'period-range': {
    nl: (p) => `de periode ${q(p.value)} valt buiten de jaren 1900 tot 2100.`,
    en: (p) => `the period ${q(p.value)} lies outside the years 1900 to 2100.`,
  },
  'unknown-model': {
    nl: (p, l) => `${q(p.value)} is geen gekend pijlermodel${didYouMean(p, l)} Kies uit: ${p.known}.`,
    en: (p, l) => `${q(p.value)} is not a known pillar model${didYouMean(p, l)} Choose from: ${p.known}.`,
  },
  'unknown-language': {
    nl: (p, l) => `${q(p.value)} is geen taal die een plan kan hebben${didYouMean(p, l)} Kies uit: ${p.known}.`,
    en: (p, l) => `${q(p.value)} is not a language a plan can have${didYouMean(p, l)} Choose from: ${p.known}.`,
  },
  'municipality-empty': {
    nl: () => 'geef minstens één gemeentenaam op.',
    en: () => 'give at least one municipality name.',
  },
  'municipality-duplicate': {
    nl: (p) => `${q(p.value)} staat twee keer in de lijst van gemeenten.`,
    en: (p) => `${q(p.value)} appears twice in the list of municipalities.`,
  },
  'municipality-both': {
    nl: () => 'gebruik --municipality voor één gemeente of --municipalities voor meerdere, niet allebei.',
    en: () => 'use --municipality for one municipality or --municipalities for several, not both.',
  },
};

export function initProblemMessage(problem: InitProblem, lang: MessageLanguage): string {
  return texts[problem.code][lang](problem.params, lang);
}
