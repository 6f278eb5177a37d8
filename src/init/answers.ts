import { suggest } from '../diagnostics/suggest.js';
import { pillarModels, type PillarModelId } from '../model/pillar-models.js';

/** The languages a plan can be written in; the same list as `language` in plan.schema.json. */
export const planLanguages = ['nl-BE', 'nl-NL', 'en'] as const;
export type PlanLanguage = (typeof planLanguages)[number];

export const modelIds = Object.keys(pillarModels) as PillarModelId[];

export interface MunicipalityAnswer {
  id: string;
  name: string;
  /** True when nobody named the municipality: the scaffold writes a TODO placeholder. */
  placeholder?: boolean;
}

/** Everything `plan init` needs to know; the scaffold is a pure function of it. */
export interface InitAnswers {
  municipalities: MunicipalityAnswer[];
  period: { start: number; end: number };
  model: PillarModelId;
  language: PlanLanguage;
}

import type { InitProblem } from '../messages/init.js';

export type { InitProblem } from '../messages/init.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: InitProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: InitProblem['code'], params: InitProblem['params'] = {}): Parsed<never> => ({ ok: false, problem: { code, params } });

/** "2026-2031" (also with an en dash or spaces) → {start, end}; the years stay within the schema's range. */
export function parsePeriod(text: string): Parsed<{ start: number; end: number }> {
  const match = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/.exec(text);
  if (!match) return fail('period-format', { value: text });
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > end) return fail('period-reversed', { value: text, start, end });
  if (start < 1900 || end > 2100) return fail('period-range', { value: text });
  return ok({ start, end });
}

export function parseModel(text: string): Parsed<PillarModelId> {
  const value = text.trim().toLowerCase();
  const found = modelIds.find((id) => id === value);
  return found ? ok(found) : fail('unknown-model', { value: text, suggestion: suggest(value, modelIds), known: modelIds.join(', ') });
}

export function parseLanguage(text: string): Parsed<PlanLanguage> {
  const value = text.trim().toLowerCase().replace('_', '-');
  const found = planLanguages.find((l) => l.toLowerCase() === value);
  return found ? ok(found) : fail('unknown-language', { value: text, suggestion: suggest(value, planLanguages), known: planLanguages.join(', ') });
}

/** "Balen, Mol ,Dessel" → three municipalities with ids; empty parts are dropped, duplicates refused. */
export function parseMunicipalities(text: string): Parsed<MunicipalityAnswer[]> {
  const names = text
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
  if (names.length === 0) return fail('municipality-empty');
  const result: MunicipalityAnswer[] = [];
  for (const name of names) {
    let id = municipalityId(name);
    if (result.some((m) => m.name.toLowerCase() === name.toLowerCase())) return fail('municipality-duplicate', { value: name });
    // Two names can share a key ("Sint-Jan" and "Sint Jan"): number the later one.
    for (let n = 2; result.some((m) => m.id === id); n++) id = `${municipalityId(name)}-${n}`;
    result.push({ id, name });
  }
  return ok(result);
}

/**
 * The municipalities from the flags: --municipality takes one name as it is (a comma does not
 * split it), --municipalities a comma-separated list; both at once is refused.
 */
export function parseMunicipalityFlags(single: string | undefined, list: string | undefined): Parsed<MunicipalityAnswer[] | undefined> {
  if (single !== undefined && list !== undefined) return fail('municipality-both');
  if (single !== undefined) return parseMunicipality(single);
  if (list !== undefined) return parseMunicipalities(list);
  return ok(undefined);
}

/** One name, taken as it is (a comma does not split it). */
export function parseMunicipality(text: string): Parsed<MunicipalityAnswer[]> {
  const name = text.trim().replace(/\s+/g, ' ');
  return name === '' ? fail('municipality-empty') : ok([{ id: municipalityId(name), name }]);
}

/** A stable key from a name: "'s-Hertogenbosch" → "s-hertogenbosch", "Zwevegem" → "zwevegem". */
export function municipalityId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æœøßł]/g, (c) => ({ æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ł: 'l' })[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'gemeente';
  return /^[a-z]/.test(slug) ? slug : `gemeente-${slug}`;
}

/** The pillar model a plan in this language most likely uses: the Trimbos pillars in the Netherlands. */
export function defaultModel(language: PlanLanguage): PillarModelId {
  return language === 'nl-NL' ? 'trimbos' : 'brugge';
}

/** Six years from next year, the length of a Flemish legislature's multi-year plan (2026-2031). */
export function defaultPeriod(today: Date): { start: number; end: number } {
  const start = today.getFullYear() + 1;
  return { start, end: start + 5 };
}

export function formatPeriod(period: { start: number; end: number }): string {
  return `${period.start}-${period.end}`;
}

/** The municipality when nobody named one: a TODO the author must fill in. */
export function placeholderMunicipality(language: PlanLanguage): MunicipalityAnswer {
  return { id: 'gemeente', name: language === 'en' ? 'TODO: name of the municipality' : 'TODO: naam van de gemeente', placeholder: true };
}

/** A readable name guessed from a folder name, offered as the default in the interactive questions. */
export function nameFromFolder(folder: string): string | undefined {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  if (!/^[\p{L} ']+$/u.test(words) || words.length < 2) return undefined;
  return words.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
