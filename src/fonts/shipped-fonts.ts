import { createRequire } from 'node:module';

/**
 * The typefaces the PDF embeds: Source Sans 3 and Source Serif 4 (Adobe, SIL Open Font
 * Licence 1.1), taken as TrueType files from the @expo-google-fonts packages so nothing is
 * fetched at run time. Both cover the Latin diacritics of Dutch and French (é, ë, ï, ç, œ …).
 * The PDF renderer draws with them (src/render/pdf/fonts.ts); the pdf-characters rule reads
 * which characters they have.
 */
export type FontChoice = 'sans' | 'serif';

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** Per choice: the family name pdfmake knows it by, the name a reader knows, and where its files are. */
export const shippedFamilies: Readonly<Record<FontChoice, { name: string; title: string; pkg: string; file: string }>> = {
  sans: { name: 'SourceSans', title: 'Source Sans 3', pkg: '@expo-google-fonts/source-sans-3', file: 'SourceSans3' },
  serif: { name: 'SourceSerif', title: 'Source Serif 4', pkg: '@expo-google-fonts/source-serif-4', file: 'SourceSerif4' },
};

export const fontChoices = Object.keys(shippedFamilies) as FontChoice[];

const styles = { normal: '400Regular', bold: '700Bold', italics: '400Regular_Italic', bolditalics: '700Bold_Italic' } as const;
const require = createRequire(import.meta.url);

/** The four TrueType files of a family, as paths on disk. */
export function fontPaths(choice: FontChoice): FontFiles {
  const { pkg, file } = shippedFamilies[choice];
  const path = (style: string): string => require.resolve(`${pkg}/${style}/${file}_${style}.ttf`);
  return { normal: path(styles.normal), bold: path(styles.bold), italics: path(styles.italics), bolditalics: path(styles.bolditalics) };
}
