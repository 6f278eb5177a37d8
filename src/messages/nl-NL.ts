import type { MessageParams } from './language.js';
import { diagnosticMessages, type DiagnosticCode } from './catalogue.js';
import { SAME_AS_NL_BE, type SameAsNlBe, type Text } from './language.js';
import { sectorExamples, sectorName } from './sectors.js';

/**
 * The Dutch of the Netherlands for every diagnostic code. Most messages read the same in
 * Belgium and the Netherlands and say so explicitly (SAME_AS_NL_BE); where Flemish usage
 * differs (institutions, school types, the council's term, "gekend"), nl-NL has its own
 * wording. A code missing here does not compile.
 */
const same = SAME_AS_NL_BE;

/**
 * Flemish words and their Dutch counterparts, replaced in the nl-BE message and hint of a code.
 * Kept as data so a test can check that every replacement still finds its words: when the
 * nl-BE wording changes, the nl-NL one is looked at again instead of silently going stale.
 */
export const nlNlRewordings = {
  'unknown-stakeholder': [['geen gekende partner', 'geen bekende partner'], ['Gekende ids', 'Bekende ids']],
  'unknown-substance': [['Gekende ids', 'Bekende ids']],
  'unknown-rule': [['Gekende regels', 'Bekende regels']],
  'unknown-indicator': [['Gekende ids', 'Bekende ids']],
  'unknown-work-item': [['Gekende ids', 'Bekende ids']],
  'unknown-budget-line': [['Gekende ids', 'Bekende ids']],
  'invalid-email': [['naam@gemeente.be', 'naam@gemeente.nl']],
  'coordinator-missing': [['de preventiewerker van de gemeente', 'de beleidsadviseur preventie of gezondheid van de gemeente']],
  'prevention-without-target-groups': [['leerlingen secundair onderwijs', 'leerlingen voortgezet onderwijs']],
} satisfies Partial<Record<DiagnosticCode, ReadonlyArray<readonly [string, string]>>>;

function reworded(code: keyof typeof nlNlRewordings): Text {
  const from = diagnosticMessages[code].nl;
  const swap = (text: string): string => nlNlRewordings[code].reduce((out, [flemish, dutch]) => out.split(flemish).join(dutch), text);
  const hint = from.hint;
  if (!hint) return { message: (p) => swap(from.message(p)) };
  return {
    message: (p) => swap(from.message(p)),
    hint: (p) => {
      const text = hint(p);
      return text === undefined ? undefined : swap(text);
    },
  };
}


export const nlNlMessages: Record<DiagnosticCode, Text | SameAsNlBe> = {
  // diagnostics
  'missing-file': same,
  'not-a-file': same,
  'file-outside-plan': same,
  'file-link-loop': same,
  'file-link-broken': same,
  'unreadable-file': same,
  'file-too-large': same,
  'not-utf8': same,
  'empty-file': same,
  'not-a-map': same,
  'duplicate-key': same,
  'yaml-tab': same,
  'yaml-indent': same,
  'yaml-missing-char': same,
  'yaml-multiple-documents': same,
  'yaml-unknown-tag': same,
  'yaml-bad-alias': same,
  'yaml-alias-bomb': same,
  'yaml-alias-cycle': same,
  'yaml-too-deep': same,
  'yaml-bad-merge': same,
  'yaml-complex-key': same,
  'yaml-unclosed': same,
  'yaml-bad-escape': same,
  'yaml-multiline-key': same,
  'yaml-syntax': same,
  'too-many-problems': same,
  'unknown-field': same,
  'missing-field': same,
  'wrong-type': same,
  'yaml11-boolean': same,
  'yaml11-choice': same,
  'invalid-year': same,
  'out-of-range': same,
  'invalid-choice': same,
  'invalid-id': same,
  'invalid-date': same,
  'invalid-colour': same,
  'invalid-email': reworded('invalid-email'),
  'invalid-format': same,
  'invisible-text': same,
  'empty-list': same,
  'empty-text': same,
  'empty-item': same,
  'schema-other': same,
  'duplicate-id': same,
  'unknown-stakeholder': reworded('unknown-stakeholder'),
  'unknown-pillar': same,
  'unknown-substance': reworded('unknown-substance'),
  'unknown-municipality': same,
  'scope-missing': same,
  'pillar-model-conflict': same,
  'pillar-model-missing': same,
  'period-reversed': same,
  'outside-period': same,
  'years-reversed': same,
  // lint
  'unknown-rule': reworded('unknown-rule'),
  'markdown-too-deep': same,
  'pdf-missing-glyphs': same,
  'pillar-empty': same,
  'pillar-underweight': same,
  'goal-without-owner': same,
  'stakeholder-unused': same,
  'sector-without-partner': {
    message: (p) => `het lokaal overleg heeft geen partner uit de sector ${sectorName(p.sector, 'nl-NL')}`,
    hint: (p) => `Denk aan ${sectorExamples(p.sector, 'nl-NL')}. Voeg een partner toe met "sector: ${p.sector}".`,
  },
  'coordinator-missing': reworded('coordinator-missing'),
  'advisory-body-missing': same,
  'advisory-body-without-chair': same,
  'experience-experts-missing': same,
  'experience-expert-outside-bodies': same,
  'goal-without-indicator': same,
  'indicator-without-target': same,
  'period-too-short': {
    message: (p) => `de planperiode ${p.start}-${p.end} duurt maar ${p.years} jaar`,
    hint: (p) => `Een beleidsplan loopt gewoonlijk ${p.min} tot ${p.max} jaar, vaak gelijk met de raadsperiode van vier jaar.`,
  },
  'period-too-long': {
    message: (p) => `de planperiode ${p.start}-${p.end} duurt ${p.years} jaar`,
    hint: (p) => `Een beleidsplan loopt gewoonlijk ${p.min} tot ${p.max} jaar, vaak gelijk met de raadsperiode; stel daarna een nieuwe lokale analyse en een nieuw plan op.`,
  },
  'substance-not-in-goals': same,
  'alcohol-not-in-scope': same,
  'process-aspect-missing': same,
  'prevention-without-target-groups': reworded('prevention-without-target-groups'),
  'prevention-without-settings': same,
  placeholder: same,
  // monitoring
  'report-year-missing': same,
  'monitoring-not-a-folder': same,
  'monitoring-file-name': same,
  'monitoring-year-twice': same,
  'unknown-indicator': reworded('unknown-indicator'),
  'unknown-work-item': reworded('unknown-work-item'),
  'unknown-budget-line': reworded('unknown-budget-line'),
  'monitoring-duplicate': same,
  'indicator-not-measured': same,
  'indicator-without-id': same,
  'measurement-outside-period': same,
  'done-before-start': same,
  'spending-over-budget': same,
  // preview
  'preview-folder-gone': same,
  'preview-render-failed': same,
  // render
  'logo-missing': same,
  'logo-unreadable': same,
  'logo-outside-plan': same,
  'logo-not-image': same,
  'logo-svg-size': same,
  'logo-link-loop': same,
  'logo-svg-external': same,
  'logo-svg-link': same,
  'logo-svg-dtd': same,
  'logo-svg-too-complex': same,
  'logo-svg-malformed': same,
  'logo-too-large': same,
  'logo-too-many-pixels': same,
  'logo-broken': same,
  'templates-folder-missing': same,
  'template-unreadable': same,
  'template-unknown-partial': same,
  'template-syntax': same,
  'template-unsafe-link': same,
  'template-raw-output': same,
  'template-recursion': same,
  'template-error': same,
  // Added with the document structure, the new fields and the rule profiles: worded for both countries.
  'action-number-duplicate': same,
  'action-number-missing': same,
  'action-number-unused': same,
  'age-limit-missing': same,
  'alcohol-enforcement-missing': same,
  'budget-actions-over-plan': same,
  'budget-yearly-note': same,
  'council-cycle-not-council': same,
  'council-cycle-period': same,
  'health-policy-link-missing': same,
  'pillars-empty-list': same,
  'risk-level-out-of-scale': same,
  'section-empty': same,
  'structure-duplicate-part': same,
  'structure-part-empty': same,
  'structure-part-not-shown': same,
  'structure-unknown-chapter': same,
  'structure-unknown-part': same,
};
