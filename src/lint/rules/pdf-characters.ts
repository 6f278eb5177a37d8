import { readFileSync } from 'node:fs';
import type { DataPath } from '../../diagnostics/diagnostic.js';
import { planFiles } from '../../load/plan-files.js';
import { covers, fontCoverage, type Coverage } from '../../fonts/font-coverage.js';
import { fontChoices, fontPaths, shippedFamilies, type FontChoice } from '../../fonts/shipped-fonts.js';
import type { Finding, Rule } from '../rule.js';
import { forEachText } from '../texts.js';
import { everyProfile } from '../profiles.js';

/** Values that are never set as text in the document: file references and colour codes. */
const notText = new Set(['$schema', 'logo', 'primaryColor']);

/** At most this many characters are named in one warning. */
const MAX_NAMED = 8;

/**
 * Characters both shipped fonts have (test/unit/font-coverage.test.ts checks it): Latin-1,
 * Latin Extended-A but for Ĭ ĭ Ĳ ĳ Ŧ ŧ (not in Source Serif 4), dashes, quotes, the ellipsis
 * and the euro sign. A Dutch or French text rarely holds anything else, and then the font
 * file is not even read.
 */
export const commonCoverage: Coverage = [
  [0xa0, 0x12b],
  [0x12e, 0x131],
  [0x134, 0x165],
  [0x168, 0x17f],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2020, 0x2022],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];

const coverages = new Map<FontChoice, Coverage>();

function coverageOf(choice: FontChoice): Coverage {
  let coverage = coverages.get(choice);
  if (!coverage) {
    // The four styles of a family have the same characters (test/unit/font-coverage.test.ts).
    coverage = fontCoverage(readFileSync(fontPaths(choice).normal));
    coverages.set(choice, coverage);
  }
  return coverage;
}

/**
 * The distinct characters of `text` the font has no glyph for, in order of appearance. ASCII
 * is always there, and its control characters (DEL too) never reach the PDF (clean-view.ts).
 */
function missingIn(text: string, font: FontChoice): number[] {
  const missing = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) <= 0x7f) continue;
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (!covers(commonCoverage, code) && !covers(coverageOf(font), code)) missing.add(code);
  }
  return [...missing];
}

interface Gap {
  path: DataPath;
  missing: number[];
}

/** Every text value of `data` with characters the font lacks, depth first in document order. */
function gapsIn(data: unknown, font: FontChoice): Gap[] {
  const gaps: Gap[] = [];
  forEachText(
    data,
    (text, path) => {
      if (!/[^\x00-\x7f]/.test(text)) return;
      const missing = missingIn(text, font);
      if (missing.length > 0) gaps.push({ path: [...path], missing });
    },
    notText,
  );
  return gaps;
}

/** "'ع' (U+0639), '😀' (U+1F600)": the character, and its code point for when it does not show. */
function characterList(codes: readonly number[]): string {
  const named = codes.slice(0, MAX_NAMED).map((code) => `'${String.fromCodePoint(code)}' (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
  return codes.length > MAX_NAMED ? `${named.join(', ')} …` : named.join(', ');
}

export const pdfCharactersRule: Rule = {
  id: 'pdf-characters',
  description: {
    nl: 'Elk teken in de teksten staat in het lettertype van de PDF: niets blijft leeg in plan.pdf.',
    en: "Every character in the texts is in the PDF's font: nothing stays blank in plan.pdf.",
  },
  rationale: {
    nl: 'De PDF bevat zijn eigen lettertype (Source Sans 3, of Source Serif 4 met `style: { font: serif }`). Dat dekt het Nederlands, het Frans en de meeste Europese talen, maar geen Arabisch, Chinees of emoji. Een teken zonder tekening in het lettertype blijft in plan.pdf een lege plek, zonder dat iemand het merkt tot het document bij de gemeenteraad op tafel ligt; HTML en Markdown tonen het wel. De PDF moet naast het Brugse plan (seed: brugge-drugbeleidsplan) in het raadsdossier kunnen liggen, en daarin ontbreekt geen letter. Elke tekst met zo\'n teken wordt gemeld, op de plaats van het eerste.',
    en: "The PDF embeds its own font (Source Sans 3, or Source Serif 4 with `style: { font: serif }`). It covers Dutch, French and most European languages, but not Arabic, Chinese or emoji. A character the font has no glyph for stays an empty gap in plan.pdf, unnoticed until the document is on the council's table; HTML and Markdown do show it. The PDF has to sit in the council packet next to the Brugge plan (seed: brugge-drugbeleidsplan), which misses no letter. Each text with such a character is reported, at the first one.",
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['pdf-missing-glyphs'],
  example: {
    file: 'mission.yaml',
    bad: 'mission: Samen sterk 💪 tegen verslaving.',
    good: 'mission: Samen sterk tegen verslaving.',
  },
  check({ inputs, model }) {
    const font: FontChoice = model.plan.style?.font ?? 'sans';
    const other = fontChoices.find((choice) => choice !== font);
    const findings: Finding[] = [];
    for (const { key, file } of planFiles) {
      for (const gap of gapsIn(inputs[key], font)) {
        const better = other !== undefined && gap.missing.every((code) => covers(coverageOf(other), code)) ? other : undefined;
        findings.push({
          code: 'pdf-missing-glyphs',
          file,
          path: gap.path,
          params: { characters: characterList(gap.missing), count: gap.missing.length, font: shippedFamilies[font].title, alternative: better, alternativeTitle: better && shippedFamilies[better].title },
          // The first missing character is the first of its kind in the text.
          mark: { text: String.fromCodePoint(gap.missing[0]!), occurrence: 0 },
        });
      }
    }
    return findings;
  },
};
