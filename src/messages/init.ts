import { pick, SAME_AS_NL_BE, type Localised, type MessageLanguage } from './language.js';

/** A flag value or an answer that cannot be used, as a code and the values for its message. */
export interface InitProblem {
  code: 'period-format' | 'period-reversed' | 'period-range' | 'unknown-model' | 'unknown-language' | 'municipality-empty' | 'municipality-duplicate' | 'municipality-both';
  params: Record<string, string | number | undefined>;
}

type Params = InitProblem['params'];
const q = (value: unknown): string => `'${String(value)}'`;
const didYouMean = (p: Params, lang: MessageLanguage): string =>
  p.suggestion === undefined ? '.' : lang === 'en' ? ` — did you mean ${q(p.suggestion)}?` : ` — bedoelt u ${q(p.suggestion)}?`;

const texts: Record<InitProblem['code'], Localised<(p: Params, lang: MessageLanguage) => string>> = {
  'period-format': {
    'nl-NL': SAME_AS_NL_BE,
    nl: (p) => `${q(p.value)} is geen periode. Schrijf het eerste en het laatste jaar met een streepje ertussen, bv. 2026-2031.`,
    en: (p) => `${q(p.value)} is not a period. Write the first and the last year with a dash between them, e.g. 2026-2031.`,
  },
  'period-reversed': {
    'nl-NL': SAME_AS_NL_BE,
    nl: (p) => `de periode ${q(p.value)} loopt achteruit: het eerste jaar komt eerst — bedoelt u ${q(`${p.end}-${p.start}`)}?`,
    en: (p) => `the period ${q(p.value)} runs backwards: the first year comes first — did you mean ${q(`${p.end}-${p.start}`)}?`,
  },
  'period-range': {
    'nl-NL': SAME_AS_NL_BE,
    nl: (p) => `de periode ${q(p.value)} valt buiten de jaren 1900 tot 2100.`,
    en: (p) => `the period ${q(p.value)} lies outside the years 1900 to 2100.`,
  },
  'unknown-model': {
    'nl-NL': (p, l) => `${q(p.value)} is geen bekend pijlermodel${didYouMean(p, l)} Kies uit: ${p.known}.`,
    nl: (p, l) => `${q(p.value)} is geen gekend pijlermodel${didYouMean(p, l)} Kies uit: ${p.known}.`,
    en: (p, l) => `${q(p.value)} is not a known pillar model${didYouMean(p, l)} Choose from: ${p.known}.`,
  },
  'unknown-language': {
    'nl-NL': SAME_AS_NL_BE,
    nl: (p, l) => `${q(p.value)} is geen taal die een plan kan hebben${didYouMean(p, l)} Kies uit: ${p.known}.`,
    en: (p, l) => `${q(p.value)} is not a language a plan can have${didYouMean(p, l)} Choose from: ${p.known}.`,
  },
  'municipality-empty': {
    'nl-NL': SAME_AS_NL_BE,
    nl: () => 'geef minstens één gemeentenaam op.',
    en: () => 'give at least one municipality name.',
  },
  'municipality-duplicate': {
    'nl-NL': SAME_AS_NL_BE,
    nl: (p) => `${q(p.value)} staat twee keer in de lijst van gemeenten.`,
    en: (p) => `${q(p.value)} appears twice in the list of municipalities.`,
  },
  'municipality-both': {
    'nl-NL': SAME_AS_NL_BE,
    nl: () => 'gebruik --municipality voor één gemeente of --municipalities voor meerdere, niet allebei.',
    en: () => 'use --municipality for one municipality or --municipalities for several, not both.',
  },
};

export function initProblemMessage(problem: InitProblem, lang: MessageLanguage): string {
  return pick(texts[problem.code], lang)(problem.params, lang);
}

/** What `plan init` asks and prints, and what `plan schema` prints. */
const nl = {
  questions: {
    language: 'Taal van het plan / language of the plan (nl-BE, nl-NL, en)',
    municipality: 'Gemeente (meerdere gescheiden door komma\'s; leeg = later invullen)',
    period: 'Beleidsperiode',
    models: 'Pijlermodellen',
    model: 'Pijlermodel (nummer of naam)',
  },
  aborted: 'plan init: afgebroken; er is niets geschreven.',
  unnamed: 'een gemeente die nog een naam moet krijgen',
  summary: (s: InitSummary) => `Nieuw plan voor ${s.names} (${s.period}, pijlermodel ${s.model}, ${s.language}) in ${s.shown}:\n${s.files}
Volgende stappen:
  1. Vul elke waarde met TODO in; de regels die met # beginnen leggen uit wat waar hoort.
  2. npx -p beleidsplan plan validate${s.arg}
  3. npx -p beleidsplan plan render${s.arg} --pdf
`,
  gitignoreKept: '\nDe bestaande .gitignore bleef ongewijzigd; voeg er de regel "out/" aan toe om gerenderde bestanden buiten git te houden.\n',
  schemasWritten: (shown: string, list: string) => `JSON Schema's geschreven naar ${shown}:\n${list}`,
  schemasUnchanged: (shown: string, list: string) => `Al up-to-date in ${shown}:\n${list}`,
};

/** The values filled into the summary after `plan init`. */
export interface InitSummary {
  names: string;
  period: string;
  model: string;
  language: string;
  shown: string;
  /** The written files, one indented line each. */
  files: string;
  /** The folder as an argument of the next commands, with a leading space; empty for ".". */
  arg: string;
}

export type InitText = typeof nl;

const en: InitText = {
  questions: {
    language: 'Taal van het plan / language of the plan (nl-BE, nl-NL, en)',
    municipality: 'Municipality (several separated by commas; empty = fill in later)',
    period: 'Policy period',
    models: 'Pillar models',
    model: 'Pillar model (number or name)',
  },
  aborted: 'plan init: stopped; nothing was written.',
  unnamed: 'a municipality still to be named',
  summary: (s) => `New plan for ${s.names} (${s.period}, pillar model ${s.model}, ${s.language}) in ${s.shown}:\n${s.files}
Next steps:
  1. Fill in every value with TODO; the lines starting with # explain what goes where.
  2. npx -p beleidsplan plan validate${s.arg}
  3. npx -p beleidsplan plan render${s.arg} --pdf
`,
  gitignoreKept: '\nThe existing .gitignore was left unchanged; add the line "out/" to keep rendered files out of git.\n',
  schemasWritten: (shown, list) => `Wrote the JSON Schemas to ${shown}:\n${list}`,
  schemasUnchanged: (shown, list) => `Already up to date in ${shown}:\n${list}`,
};

const initTexts: Localised<InitText> = { nl, 'nl-NL': SAME_AS_NL_BE, en };

export function initText(lang: MessageLanguage): InitText {
  return pick(initTexts, lang);
}
