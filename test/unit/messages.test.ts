import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import type { Diagnostic, MessageParams } from '../../src/diagnostics/diagnostic.js';
import { messages, renderMessage, type MessageLanguage } from '../../src/diagnostics/messages.js';
import '../../src/render/render-messages.js';
import '../../src/preview/messages.js';
import { fixturesDir, repoRoot } from '../helpers/cli.js';

const languages: MessageLanguage[] = ['nl', 'en'];

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
    if (file.endsWith(join('diagnostics', 'messages.ts'))) continue;
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
  // Monitoring files and their rules (src/monitoring/messages.ts).
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
  // Domain rules (src/lint/messages.ts).
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

function render(code: string, lang: MessageLanguage, params: MessageParams): string[] {
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

  it('has a Dutch and an English message for every code used in src/', () => {
    const missing = [...used].filter(([code]) => !messages[code]?.nl?.message || !messages[code]?.en?.message).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has no entries that nothing in src/ uses', () => {
    expect(Object.keys(messages).filter((code) => !used.has(code))).toEqual([]);
  });
});

/** Codes whose wording is known to fall short; listed as todos until src/ is changed. */
const knownWording: Record<string, string> = {};

describe.each(Object.keys(messages).sort())('message %s', (code) => {
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

  it('gives a hint in both languages or in neither', () => {
    const hints = languages.map((lang) => renderMessage({ code, severity: 'error', params: sampleParams }, lang).hint !== undefined);
    expect(hints[0]).toBe(hints[1]);
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
    const quoting = Object.keys(messages).filter((code) => render(code, 'nl', { ...sampleParams, detail: 'RAW-DETAIL' }).join(' ').includes('RAW-DETAIL'));
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
      expect(Object.keys(messages), `${d.code} in ${d.file}`).toContain(d.code);
      for (const lang of languages) {
        for (const text of render(d.code, lang, d.params)) {
          if (!(d.code in knownWording)) expect(text, `${d.code} (${lang})`).not.toMatch(ajvPhrasing);
          expect(text, `${d.code} (${lang})`).not.toMatch(leakedPlaceholder);
        }
      }
    }
  });
});
