import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import type { Diagnostic, MessageParams } from '../../src/diagnostics/diagnostic.js';
import { diagnosticAreas } from '../../src/messages/catalogue.js';
import { nlNlRewordings } from '../../src/messages/nl-NL.js';
import { diagnosticMessages, nlNlMessages, renderMessage, SAME_AS_NL_BE, type DiagnosticCode, type MessageLanguage } from '../../src/messages/index.js';
import { fixturesDir, repoRoot } from '../helpers/cli.js';

const languages: MessageLanguage[] = ['nl', 'nl-NL', 'en'];
/** The catalogue as a plain record, to look up codes found as text in src/. */
const messages: Record<string, unknown> = diagnosticMessages;
const codes = Object.keys(diagnosticMessages) as DiagnosticCode[];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The diagnostic codes src/ can emit, read from the places codes are written: object literals
 * (`code: 'x'`, `code: cond ? 'x' : 'y'`), the reference checks (`error(ctx, 'x'`,
 * `refer(ctx, ns, 'x'`), the YAML error table (`BAD_INDENT: 'yaml-indent'`, `?? 'yaml-syntax'`,
 * `code = 'x'`) and the structure checks of the loader (`report(node, 'x'`).
 */
function codesUsedInSrc(): Map<string, string> {
  const patterns = [
    /\bcode: '([a-z0-9-]+)'(?=\s*[,}\n])/g,
    /\bcode: [^\n]*?\? '([a-z0-9-]+)' : '([a-z0-9-]+)'/g,
    /\b(?:error|refer|referAll)\(ctx,\s*(?:\[[^\]]*\],\s*|\w+,\s*)?'([a-z0-9-]+)'/g,
    /^\s+[A-Z][A-Z_]+: '([a-z0-9-]+)',?$/gm,
    /\bcode = [^;\n]*\?\? '([a-z0-9-]+)'/g,
    /\bproblem\('([a-z0-9-]+)'/g,
    /\bcode = '([a-z0-9-]+)'/g,
    /\breport\(\w+,\s*'([a-z0-9-]+)'/g,
  ];
  const found = new Map<string, string>();
  for (const file of sourceFiles(join(repoRoot, 'src'))) {
    // The catalogue itself names every code; only the places that emit them count.
    if (relative(join(repoRoot, 'src'), file).startsWith(`messages${sep}`)) continue;
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        for (const code of match.slice(1)) if (code) found.set(code, relative(repoRoot, file));
      }
    }
  }
  return found;
}

/** A value for every parameter a template may read, so nothing renders as "undefined". */
const sampleParams: MessageParams = {
  file: 'goals.yaml',
  field: 'owner',
  value: 'politie',
  key: 'title',
  detail: 'DETAIL',
  suggestion: 'lokale-politie',
  allowed: 'draft, review, adopted',
  known: 'cgg, lokale-politie',
  expected: 'string',
  got: 'integer',
  id: 'politie',
  first: 'goals.yaml:12',
  start: 2024,
  end: 2027,
  model: 'brugge',
  models: 'brugge, vlaams-integraal, trimbos',
  limit: '1900',
  comparison: '>=',
  size: 6,
  max: 5,
  pattern: '^#[0-9a-fA-F]{6}$',
  name: 'cover',
  logo: 'logo.png',
  width: 20000,
  height: 20000,
  partial: 'toc',
  dir: 'huisstijl',
  format: 'html',
  line: 50,
  problem: 'unclosed',
  kind: 'field',
  alias: 'standaard',
  open: '[',
  close: ']',
  byte: '0xE9',
  reason: 'not-a-file',
  svgLine: 3,
  svgColumn: 14,
  found: '<image href="/etc/hostname">',
  href: 'javascript:alert(1)',
  // Monitoring files and their rules (src/messages/monitoring.ts).
  year: 2023,
  folder: 'monitoring',
  label: 'Werkingsmiddelen preventie',
  spent: '€ 12.500',
  budget: '€ 10.000',
  budgetFile: 'plan.yaml',
  latest: 2023,
  withoutId: 2,
  example: 'Scholen met een drugbeleid',
  at: 'goals.yaml:22',
  // Domain rules (src/messages/lint.ts).
  pillar: 'Preventie',
  count: 1,
  total: 12,
  share: 8,
  minShare: 10,
  cycle: 4,
  section: 'determinants',
  numbered: 1,
  body: 'College van burgemeester en wethouders',
  goal: '1.2',
  title: 'Scholen werken preventief',
  sector: 'education',
  years: 2,
  min: 3,
  aspect: 'monitoring',
  item: '1.1',
  excerpt: 'TODO: naam van de coördinator',
  font: 'Source Serif 4',
  characters: "'‑' (U+2011)",
  alternative: 'sans',
  alternativeTitle: 'Source Sans 3',
  keyword: 'uniqueItems',
  schema: 'schemas/goals.schema.json',
  // The document's structure (src/model/structure).
  number: 12,
  preset: 'php-nl',
  // Money and the risk matrix (budget-reconciles, risk-level-out-of-scale).
  actions: '€ 131.133',
  plan: '€ 114.933',
  difference: '€ 16.200',
  amount: 1500,
  note: 'per jaar',
  scale: 'likelihood',
  level: 4,
  levels: 3,
};

/** Wording of ajv's own messages ("must have required property", "must NOT have fewer than"). */
const ajvPhrasing =
  /must (NOT |have |match |be equal to |be (string|number|integer|boolean|object|array|null)\b|be [<>]=?)|should (have|be|match)|additional properties|allowed values|instancePath|schemaPath|#\/\$defs/;
/** English auxiliaries that have no place in a Dutch sentence. */
const englishInDutch = /\b(must|should|expected|missing)\b/i;
const leakedPlaceholder = /\bundefined\b|\bNaN\b|\[object Object\]|\$\{/;

function render(code: DiagnosticCode, lang: MessageLanguage, params: MessageParams): string[] {
  const { message, hint } = renderMessage({ code, severity: 'error', params }, lang);
  return hint === undefined ? [message] : [message, hint];
}

describe('the message catalogue covers every code', () => {
  const used = codesUsedInSrc();

  it('finds the codes of every stage in src/', () => {
    for (const code of ['missing-file', 'empty-file', 'duplicate-key', 'yaml-tab', 'yaml-syntax', 'unknown-field', 'yaml11-boolean', 'invalid-choice', 'schema-other', 'duplicate-id', 'unknown-stakeholder', 'years-reversed']) {
      expect([...used.keys()]).toContain(code);
    }
  });

  it('has an entry for every code used in src/', () => {
    const missing = [...used].filter(([code]) => !(code in messages)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has no entries that nothing in src/ uses', () => {
    expect(codes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('has every code in every language: nl-BE and en in its area, nl-NL in src/messages/nl-NL.ts', () => {
    for (const code of codes) {
      expect(diagnosticMessages[code].nl.message, `${code} nl-BE`).toBeTypeOf('function');
      expect(diagnosticMessages[code].en.message, `${code} en`).toBeTypeOf('function');
      const nlNl = nlNlMessages[code];
      expect(nlNl === SAME_AS_NL_BE || typeof nlNl.message === 'function', `${code} nl-NL`).toBe(true);
    }
    expect(Object.keys(nlNlMessages).sort()).toEqual([...codes].sort());
  });

  it('defines each code in one area only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, entries] of Object.entries(diagnosticAreas)) {
      for (const code of Object.keys(entries)) {
        if (seen.has(code)) twice.push(`${code} (${seen.get(code)} and ${area})`);
        seen.set(code, area);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('nl-NL wording', () => {
  it.each(Object.entries(nlNlRewordings))('%s: every Flemish phrase it replaces is still in the nl-BE text, and gone in nl-NL', (code, words) => {
    const flemish = render(code as DiagnosticCode, 'nl', sampleParams).join(' ');
    const dutch = render(code as DiagnosticCode, 'nl-NL', sampleParams).join(' ');
    for (const [from, to] of words) {
      expect(flemish).toContain(from);
      expect(dutch).not.toContain(from);
      expect(dutch).toContain(to);
    }
  });

  it('has its own wording where it says so, and nl-BE\'s exactly where it says it shares it', () => {
    for (const code of codes) {
      const [flemish, dutch] = (['nl', 'nl-NL'] as const).map((lang) => render(code, lang, { ...sampleParams, sector: 'youth', min: 3, max: 6, years: 1 }).join(' '));
      if (nlNlMessages[code] === SAME_AS_NL_BE) expect(dutch, code).toBe(flemish);
      else expect(dutch, code).not.toBe(flemish);
    }
  });
});

/** Codes whose wording is known to fall short; listed as todos until src/ is changed. */
const knownWording: Record<string, string> = {};

describe.each([...codes].sort())('message %s', (code) => {
  it('renders in Dutch and English, without ajv wording or placeholders', () => {
    for (const lang of languages) {
      for (const text of render(code, lang, sampleParams)) {
        expect(text.trim().length).toBeGreaterThan(0);
        if (!(code in knownWording)) expect(text).not.toMatch(ajvPhrasing);
        expect(text).not.toMatch(leakedPlaceholder);
      }
    }
  });

  it('is Dutch in Dutch, and translated in English', () => {
    const [nl] = render(code, 'nl', sampleParams);
    const [en] = render(code, 'en', sampleParams);
    // The parser's own detail is checked separately below; it is a parameter, not the template.
    expect(nl!.replace('DETAIL', '')).not.toMatch(englishInDutch);
    expect(en).not.toBe(nl);
  });

  it('gives a hint in every language or in none', () => {
    const hints = languages.map((lang) => renderMessage({ code, severity: 'error', params: sampleParams }, lang).hint !== undefined);
    expect(new Set(hints).size).toBe(1);
  });
});

/**
 * Codes whose Dutch message quotes the English text of the YAML parser, the file system or
 * ajv (the `detail` parameter), such as "hier ontbreekt een teken (Missing closing \"quote)".
 */
const knownRawDetail = new Set<string>([]);

describe('known wording problems', () => {
  for (const [code, reason] of Object.entries(knownWording)) it.todo(`${code}: ${reason}`);
  for (const code of knownRawDetail) it.todo(`${code}: the Dutch message quotes the English detail of the parser, file system or ajv`);

  it('no other Dutch message quotes the raw English detail', () => {
    const quoting = codes.filter((code) => render(code, 'nl', { ...sampleParams, detail: 'RAW-DETAIL' }).join(' ').includes('RAW-DETAIL'));
    expect(quoting.filter((code) => !knownRawDetail.has(code))).toEqual([]);
  });
});

describe('diagnostics of every fixture', () => {
  const folders = [join(fixturesDir, 'base'), ...readdirSync(join(fixturesDir, 'invalid')).map((name) => join(fixturesDir, 'invalid', name))].filter((path) =>
    statSync(path).isDirectory(),
  );

  it('render in both languages from the catalogue, without ajv wording or placeholders', async () => {
    const all: Diagnostic[] = [];
    for (const folder of folders) all.push(...(await checkPlan(folder)).diagnostics);
    expect(all.length).toBeGreaterThan(40);
    for (const d of all) {
      expect(codes, `${d.code} in ${d.file}`).toContain(d.code);
      for (const lang of languages) {
        for (const text of render(d.code, lang, d.params)) {
          if (!(d.code in knownWording)) expect(text, `${d.code} (${lang})`).not.toMatch(ajvPhrasing);
          expect(text, `${d.code} (${lang})`).not.toMatch(leakedPlaceholder);
        }
      }
    }
  });
});
