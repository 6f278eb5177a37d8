import type { BaseLanguage } from './language.js';

/** The sections the completeness summary looks at, with their Brugge number and title. */
export const sectionLabels = {
  introduction: { nl: 'Inleiding', en: 'Introduction' },
  problem: { nl: '1.1 Probleemanalyse', en: '1.1 Problem analysis' },
  determinants: { nl: '1.2 Determinantenanalyse', en: '1.2 Determinant analysis' },
  context: { nl: '1.3 Contextanalyse', en: '1.3 Context analysis' },
  mission: { nl: '2.1 Missie', en: '2.1 Mission' },
  vision: { nl: '2.2 Visie en uitgangspunten', en: '2.2 Vision and principles' },
  processGoals: { nl: '3.1 Procesdoelstellingen', en: '3.1 Process goals' },
  productGoals: { nl: '3.2 Productdoelstellingen', en: '3.2 Product goals' },
  themes: { nl: "3.2 Prioritaire thema's", en: '3.2 Priority themes' },
} satisfies Record<string, Record<BaseLanguage, string>>;

export type SectionKey = Exclude<keyof typeof sectionLabels, 'themes'>;

/** A section's title as the summary shows it: the plan's own, else ours, numbered as in Brugge. */
export function sectionTitle(key: SectionKey, c: { titles: Partial<Record<SectionKey, string>>; numbered: boolean; themes: boolean }, lang: BaseLanguage): string {
  const ours = sectionLabels[key === 'productGoals' && c.themes ? 'themes' : key][lang];
  const number = ours.match(/^[\d.]+ /)?.[0] ?? '';
  const title = c.titles[key] ?? ours.slice(number.length);
  return c.numbered ? `${number}${title}` : title;
}
