import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * The typefaces the PDF embeds: Source Sans 3 and Source Serif 4 (Adobe, SIL Open Font
 * Licence 1.1), taken as TrueType files from the @expo-google-fonts packages so nothing is
 * fetched at run time. Both cover the Latin diacritics of Dutch and French (é, ë, ï, ç, œ …).
 */
export type FontChoice = 'sans' | 'serif';

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

const require = createRequire(import.meta.url);

const families: Record<FontChoice, { name: string; pkg: string; file: string }> = {
  sans: { name: 'SourceSans', pkg: '@expo-google-fonts/source-sans-3', file: 'SourceSans3' },
  serif: { name: 'SourceSerif', pkg: '@expo-google-fonts/source-serif-4', file: 'SourceSerif4' },
};

function resolveFiles(choice: FontChoice): FontFiles {
  const { pkg, file } = families[choice];
  const path = (style: string): string => require.resolve(`${pkg}/${style}/${file}_${style}.ttf`);
  return {
    normal: path('400Regular'),
    bold: path('700Bold'),
    italics: path('400Regular_Italic'),
    bolditalics: path('700Bold_Italic'),
  };
}

/** pdfmake's font dictionary for both families; a fresh object each call, since pdfmake writes to it. */
export function fontDictionary(): Record<string, FontFiles> {
  return Object.fromEntries(
    (Object.keys(families) as FontChoice[]).map((choice) => [families[choice].name, resolveFiles(choice)]),
  );
}

/** The pdfmake family name of a font choice. */
export function fontFamily(choice: FontChoice): string {
  return families[choice].name;
}

/** The folders pdfmake may read from: the two font packages, nothing else. */
export function fontFolders(): string[] {
  return (Object.keys(families) as FontChoice[]).map((choice) => dirname(dirname(resolveFiles(choice).normal)));
}
