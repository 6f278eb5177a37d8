import type { Language } from '../model/plan-model.js';

/**
 * Words for the parts and fields a plan may add beyond the Brugge shape (legal basis,
 * precursor documents, existing initiatives, enforcement, money per year and income, outputs).
 * Kept beside labels.ts and reached as `labels.fields` so that the core label set stays as it
 * was; {amount}, {years} and the like are filled in by the document view.
 */
export interface FieldLabels {
  legalBasis: string;
  precursors: string;
  inventory: string;
  /** Group heading for initiatives that name no pillar. */
  noPillar: string;
  initiative: string;
  since: string;
  enforcement: string;
  sanctions: string;
  step: string;
  offence: string;
  measure: string;
  riskMatrix: string;
  likelihood: string;
  impact: string;
  risk: string;
  outputs: string;
  income: string;
  incomeTotal: string;
  /** "€ 5.000 per jaar"; {amount}. */
  perYear: string;
  /** Under a yearly budget line: "€ 5.000 per jaar × 4 jaar"; {amount}, {years}. */
  perYearTimes: string;
  frequency: string;
  /** "gemeenteraad van Geel"; {body}, {municipality}. */
  bodyOf: string;
}

const nlBE: FieldLabels = {
  legalBasis: 'Wettelijke basis',
  precursors: 'Voorgaande documenten',
  inventory: 'Bestaand aanbod',
  noPillar: 'Zonder pijler',
  initiative: 'Initiatief',
  since: 'Sinds',
  enforcement: 'Handhaving',
  sanctions: 'Sanctiestrategie',
  step: 'Stap',
  offence: 'Overtreding',
  measure: 'Maatregel',
  riskMatrix: 'Risicomatrix',
  likelihood: 'Kans',
  impact: 'Impact',
  risk: 'Risico',
  outputs: 'Prestaties',
  income: 'Inkomsten',
  incomeTotal: 'Totaal inkomsten',
  perYear: '{amount} per jaar',
  perYearTimes: '{amount} per jaar × {years} jaar',
  frequency: 'Meetfrequentie',
  bodyOf: '{body} van {municipality}',
};

const nlNL: FieldLabels = {
  ...nlBE,
  legalBasis: 'Wettelijk kader',
  noPillar: 'Overig',
  impact: 'Effect',
};

const en: FieldLabels = {
  legalBasis: 'Legal basis',
  precursors: 'Documents this plan builds on',
  inventory: 'Existing initiatives',
  noPillar: 'No pillar',
  initiative: 'Initiative',
  since: 'Since',
  enforcement: 'Enforcement',
  sanctions: 'Sanction strategy',
  step: 'Step',
  offence: 'Offence',
  measure: 'Measure',
  riskMatrix: 'Risk matrix',
  likelihood: 'Likelihood',
  impact: 'Impact',
  risk: 'Risk',
  outputs: 'Outputs',
  income: 'Income',
  incomeTotal: 'Total income',
  perYear: '{amount} a year',
  perYearTimes: '{amount} a year × {years} years',
  frequency: 'Measured',
  bodyOf: '{body} of {municipality}',
};

export const fieldLabelSets: Record<Language, FieldLabels> = { 'nl-BE': nlBE, 'nl-NL': nlNL, en };

/** A label with its {placeholders} filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
