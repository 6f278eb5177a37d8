/** Values filled into a message and its hint. */
export type MessageParams = Record<string, string | number | undefined>;

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The languages every user-facing sentence is written in: `nl` is Belgian Dutch (nl-BE, the
 * default), `nl-NL` the Dutch of the Netherlands, `en` English. The key `nl` stays short
 * because most tables are written once for Dutch and only a few sentences differ.
 */
export type MessageLanguage = 'nl' | 'nl-NL' | 'en';

/** The two languages every table is written in; nl-NL is nl-BE with its own wording where it differs. */
export type BaseLanguage = 'nl' | 'en';

/**
 * Marks an nl-NL entry that reads exactly as the nl-BE one. It has to be written out, so a
 * reader sees the fallback and a new entry cannot silently go without a Dutch wording.
 */
export const SAME_AS_NL_BE = 'same-as-nl-BE' as const;
export type SameAsNlBe = typeof SAME_AS_NL_BE;

/** A text in each language; nl-NL either has its own wording or says it shares nl-BE's. */
export interface Localised<T> {
  nl: T;
  'nl-NL': T | SameAsNlBe;
  en: T;
}

/** The text of `lang`, taking nl-BE's where nl-NL explicitly shares it. */
export function pick<T>(texts: Localised<T>, lang: MessageLanguage): T {
  if (lang === 'nl-NL') {
    const own = texts['nl-NL'];
    return own === SAME_AS_NL_BE ? texts.nl : own;
  }
  return texts[lang];
}

/** The table language a sentence is built from: nl-NL is built from the Dutch tables. */
export function baseLanguage(lang: MessageLanguage): BaseLanguage {
  return lang === 'en' ? 'en' : 'nl';
}

/**
 * The language of the messages for a `--lang` value or a plan's `language:`: English for
 * en*, the Netherlands for nl-NL, else Belgian Dutch (the default).
 */
export function messageLanguage(language: string | undefined): MessageLanguage {
  const lower = language?.toLowerCase();
  if (lower?.startsWith('en')) return 'en';
  if (lower === 'nl-nl') return 'nl-NL';
  return 'nl';
}

/** One diagnostic's message and optional hint, as functions of its parameters. */
export interface Text {
  message: (p: MessageParams) => string;
  hint?: (p: MessageParams) => string | undefined;
}

/**
 * A diagnostic code's entry in the two table languages. Its nl-NL wording lives in
 * src/messages/nl-NL.ts, which lists every code (own wording, or explicitly nl-BE's).
 */
export type MessageEntry = Record<BaseLanguage, Text>;

/**
 * A rule's description, rationale and options (src/lint/rules/*): written once in Dutch and
 * once in English. Rules describe the policy, not a country's institutions, so nl-NL reads
 * the Dutch text; a rule with Flemish wording belongs to the Flemish rule profile.
 */
export function ruleText(text: Record<BaseLanguage, string>, lang: MessageLanguage): string {
  return text[baseLanguage(lang)];
}
