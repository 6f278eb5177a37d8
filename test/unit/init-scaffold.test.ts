import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { municipalityId, parseMunicipalities, parsePeriod, type InitAnswers } from '../../src/init/answers.js';
import { scaffoldPlan } from '../../src/init/scaffold.js';

const answers: InitAnswers = {
  municipalities: [{ id: 'balen', name: 'Balen' }],
  period: { start: 2026, end: 2031 },
  model: 'brugge',
  language: 'nl-BE',
};

/** Every string scalar that contains TODO, with the key it belongs to. */
function todoKeys(node: Node | null, key = ''): string[] {
  if (isMap(node)) return node.items.flatMap((pair) => (isPair(pair) ? todoKeys(pair.value as Node, String((pair.key as { value?: unknown })?.value)) : []));
  if (isSeq(node)) return node.items.flatMap((item) => todoKeys(item as Node, key));
  if (isScalar(node) && typeof node.value === 'string' && node.value.includes('TODO')) return [key];
  return [];
}

describe('scaffoldPlan', () => {
  it('is a pure function of the answers', () => {
    const ref = (file: string): string => `../schemas/${file}`;
    expect(scaffoldPlan(answers, { schemaRef: ref })).toEqual(scaffoldPlan(answers, { schemaRef: ref }));
  });

  it.each(['nl-BE', 'nl-NL', 'en'] as const)('puts TODO only in texts and names the author must write (%s)', (language) => {
    const files = scaffoldPlan({ ...answers, language, municipalities: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] }, { schemaRef: (f) => f });
    const keys = new Set<string>();
    for (const file of files.filter((f) => f.path.endsWith('.yaml'))) {
      const doc = parseDocument(file.content);
      expect(doc.errors, file.path).toEqual([]);
      for (const key of todoKeys(doc.contents)) keys.add(key);
    }
    expect([...keys].sort()).toEqual(['introduction', 'mission', 'name', 'partnership', 'strategy', 'text', 'title'].sort());
  });

  it('writes the schema line first in every YAML file', () => {
    for (const file of scaffoldPlan(answers, { schemaRef: (f) => `file:///x/${f}` }).filter((f) => f.path.endsWith('.yaml'))) {
      expect(file.content.split('\n')[0]).toBe(`# yaml-language-server: $schema=file:///x/${file.path.replace('.yaml', '.schema.json')}`);
    }
  });
});

describe('answers', () => {
  it.each([
    ['2026-2031', { start: 2026, end: 2031 }],
    [' 2026 – 2031 ', { start: 2026, end: 2031 }],
    ['2026-2026', { start: 2026, end: 2026 }],
  ])('reads the period %j', (text, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: period });
  });

  it.each([
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['Sint-Genesius-Rode', 'sint-genesius-rode'],
    ['Zoutleeuw ', 'zoutleeuw'],
    ['Hoogstraten (Meer)', 'hoogstraten-meer'],
    ['Ærø', 'aero'],
    ['1000 Brussel', 'gemeente-1000-brussel'],
  ])('makes the id of %j', (name, id) => {
    expect(municipalityId(name.trim())).toBe(id);
  });

  it('keeps ids unique when two names share one', () => {
    const parsed = parseMunicipalities('Sint-Jan, Sint Jan');
    expect(parsed.ok && parsed.value.map((m) => m.id)).toEqual(['sint-jan', 'sint-jan-2']);
  });
});
