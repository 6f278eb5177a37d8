/**
 * Property: whenever the fast path (js-yaml, src/load/fast-parse.ts) accepts a text, the
 * slow path (the yaml library with every check of src/load) reports no problem and builds
 * exactly the same data: same values (-0 is not 0), same keys in the same order.
 *
 * The texts are YAML documents generated with the corners where the two libraries differ:
 * scalars that look like numbers, null or booleans, quotes and escapes, block scalars with
 * every header, flow collections over several lines, anchors, aliases, tags, merge keys,
 * comments with and without a space, duplicate and special keys, deep nesting, documents
 * and directives — then often broken a little by random edits. The test also requires the
 * fast path to accept a good share of them: a guard that falls back on everything passes
 * trivially and would hide nothing.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-parse.js';
import { parseWithPositions } from '../../src/load/load-plan.js';
import { normalizeText, parseSource } from '../../src/load/source-file.js';
import { runs } from '../helpers/bounds.js';
import { examplesDir, fixturesDir } from '../helpers/cli.js';

/** Plain scalars that yaml's core schema and js-yaml's may read differently: numbers, null, booleans. */
const resolvedScalars = [
  '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '-0', '+0', '00', '012', '-012', '0o17', '0o8', '-0o17', '+0o7', '0O17', '0o', '0x1F', '0X1F', '-0x1F', '+0x1', '0xg', '0x',
  '0b101', '-0b1', '1_000', '1,000', '+12', '-12', '1.', '-1.', '.5', '-.5', '+.5', '1.5', '1.50', '-0.0', '1e3', '1E3', '1e+3', '1.5e-3',
  '.5e3', '-.5e3', '1.e3', '1e', 'e3', '1e999', '-1e999', '9'.repeat(400), `0x${'f'.repeat(300)}`, `0o${'7'.repeat(400)}`,
  '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.iNF', 'inf', '.nan', '.NaN', '.NAN', '-.nan', '+.nan', 'NaN', 'Infinity',
  '2024-01-01', '2024-01-01T10:00:00Z', '12:30', '1:20:30', '=', '<<', '__proto__', 'constructor', 'toString',
];
/** Plain text as plans hold it. */
const proseScalars = ['x', 'tekst met spaties', 'Preventie & Samenleven', 'wow!', 'a!b', 'a&b', 'a*b', 'a#b', 'a:b', 'a -b', 'a - b', 'é', '😀',
  'x,', 'x]', 'x}', 'x,#c', 'a, b', 'Ja.', '-x', '?x', 'C#', 'a\u00a0b'];
/** Plain scalars that are an error, or mean something else, in one library or both. */
const oddScalars = ['a: b', '@x', '`x`', '%x', '!x', '&x', '*x', '|x', '>x', "'x", '"x', '? x', '- x', '[x', ']x', '{x', '}x', ',x', 'x]#c',
  'a\u2028b', 'a\u0085b', 'a\tb', 'a\u0007b', 'a\ufeffb', '---', '...', '--- x', '... x', '-', '?', ':', 'x:', 'x :'];
const plainKeys = ['id', 'name', 'title', 'x', 'y', 'a', 'b', 'tekst', 'items', 'doel', 'jaar', 'partners', 'pijler', 'bron'];
const oddKeys = ['1', '01', '1.0', '0x1', '0o1', '.inf', '-0', 'true', 'True', '~', 'null', 'Null', '""', "''", '"null"', "'~'", '<<', "'<<'",
  '__proto__', '"__proto__"', 'constructor', 'toString', 'hasOwnProperty', '"a"', "'a'", 'a b', 'ü', '"x\\ty"', '? x', '?', '[a, b]',
  '{a: 1}', '!!str 1', '&k x', '*k', 'k'.repeat(1030), `"${'\\u0041'.repeat(200)}"`];
const quotedPieces = ['x', ' ', '  ', 'é', '#', ' #', ':', ': ', '\t', '\n', '\n\n', '\n  ', ' \n', '😀'];
const escapes = ['\\n', '\\t', '\\\\', '\\"', '\\/', '\\ ', '\\0', '\\a', '\\b', '\\e', '\\f', '\\r', '\\v', '\\N', '\\_', '\\L', '\\P',
  '\\x41', '\\u00e9', '\\ud83d\\ude00', '\\ud800', '\\U0001F600'];
const oddEscapes = ['\\x4', '\\u00E', '\\U00110000', '\\q', '\\\t', '\\\n', "\\'", '\\\n\n', '\\\n  \n'];
const properties = ['&a ', '&b ', '&a: ', '!!str ', '!!int ', '!!float ', '!!null ', '!!bool ', '! ', '!foo ', '!<?> ', '!<!> ', '!!binary ',
  '!!timestamp ', '&a !!str ', '!e!x ', '!<tag:yaml.org,2002:str> '];
/** Pieces of YAML syntax for random edits. */
const yamlPieces = ['\n', '\r\n', '\r', ' ', '  ', '\t', '- ', ': ', ':', '? ', '[', ']', '{', '}', ',', '"', "'", '\\', '#', ' #c', '|', '>',
  '|-', '>+', '|2', '&a ', '*a', '<<: ', '!', '!!str ', '!foo ', '%YAML 1.2\n', '---\n', '...\n', '---', 'x', '~', '1', '.5', '\uFEFF', '\u0000'];

type Gen = fc.GeneratorValue;

/**
 * Draws for one document. `odd` is how often (in percent) a choice takes something unusual
 * or broken: a few documents are wild, most are what a plan holds, so that the fast path
 * accepts a good share and the comparison says something.
 */
interface Draw {
  g: Gen;
  odd: number;
}

const pick = <T,>(d: Draw, list: readonly T[]): T => list[d.g(fc.nat, { max: list.length - 1 })]!;
const chance = (d: Draw, percent: number): boolean => d.g(fc.nat, { max: 99 }) < percent;
/** The usual list, or now and then the odd one. */
const either = <T,>(d: Draw, usual: readonly T[], odd: readonly T[]): T => (chance(d, d.odd) ? pick(d, odd) : pick(d, usual));
const spaces = (n: number): string => ' '.repeat(n);

function singleQuoted(d: Draw): string {
  const parts = d.g(fc.array, fc.constantFrom(...quotedPieces, "''"), { maxLength: 6 });
  if (chance(d, d.odd)) parts.push(pick(d, ["'", '\\', '\n\t']));
  return `'${parts.join('')}'`;
}

function doubleQuoted(d: Draw): string {
  const parts = d.g(fc.array, fc.constantFrom(...quotedPieces, ...escapes), { maxLength: 6 });
  if (chance(d, d.odd)) parts.splice(d.g(fc.nat, { max: parts.length }), 0, pick(d, [...oddEscapes, '"', '\\']));
  return `"${parts.join('')}"`;
}

/** Line breaks inside a quoted or plain scalar get an indentation: usually deeper than `indent`, now and then not. */
function continuation(d: Draw, text: string, indent: number): string {
  return text.replace(/\n/g, () => `\n${spaces(chance(d, d.odd) ? d.g(fc.nat, { max: indent }) : indent + 1 + d.g(fc.nat, { max: 2 }))}`);
}

/** A scalar that starts on the line after `key: ` (it may still span lines: quotes, plain). */
function inlineScalar(d: Draw, indent: number): string {
  const kind = d.g(fc.nat, { max: 9 });
  const props = chance(d, d.odd / 2) ? pick(d, properties) : '';
  if (chance(d, d.odd / 3)) return pick(d, ['*a', '*b', '*a ', '*c', '*a:']);
  if (kind <= 2) return props + pick(d, resolvedScalars);
  if (kind <= 4) return props + either(d, proseScalars, oddScalars);
  if (kind === 5) return props + continuation(d, singleQuoted(d), indent);
  if (kind <= 7) return props + continuation(d, doubleQuoted(d), indent);
  return props + continuation(d, `${pick(d, proseScalars)}\n${pick(d, [...proseScalars, ...resolvedScalars])}`, indent); // plain over two lines
}

/** `|` or `>` with its header and lines, for a value whose parent is at `indent`. */
function blockScalar(d: Draw, indent: number): string {
  const indicator = chance(d, d.odd) ? pick(d, ['1', '2', '4']) : '';
  const header = `${pick(d, ['|', '>'])}${pick(d, ['', '-', '+'])}${indicator}${chance(d, 10) ? either(d, [' # c'], ['#c']) : ''}`;
  const base = indent + pick(d, [1, 2, 2, 4]);
  const usual = ['tekst', 'meer tekst', '', '  ingesprongen', '- lijst', '# geen commentaar', 'a: b', 'eind  '];
  const lines = d.g(fc.array, fc.constantFrom(...usual), { minLength: 0, maxLength: 5 });
  if (chance(d, d.odd)) lines.push(pick(d, [' ', '   ', '\tmet tab', '      ']));
  return `${header}\n${lines.map((l) => (l === '' ? '' : spaces(base) + l)).join('\n')}`;
}

function flowCollection(d: Draw, depth: number, indent: number): string {
  const isMap = chance(d, 50);
  const count = d.g(fc.nat, { max: 3 });
  const sep = (): string =>
    (chance(d, d.odd / 2) ? pick(d, ['#c\n', '\t', ' #c\n']) : '') +
    (chance(d, 20) ? `\n${spaces(chance(d, d.odd) ? d.g(fc.nat, { max: indent }) : indent + 1 + d.g(fc.nat, { max: 3 }))}` : ' ');
  const item = (): string => {
    const value = depth > 2 || chance(d, 75) ? pick(d, ['x', '1', '-0', '.5', '~', 'null', 'true', "'q'", '"d"', 'a b', 'é']) : flowCollection(d, depth + 1, indent);
    if (!isMap) return chance(d, d.odd) ? `${pick(d, ['a', '[x]', '{a: 1}', '"k"'])}: ${value}` : value;
    const key = either(d, ['a', 'b', 'c', 'x', '"k"', "'q'"], ['1', '~', '?', '[x]', '*a', '"a"']);
    return chance(d, d.odd) ? key : `${key}:${chance(d, d.odd) ? '' : ' '}${value}`;
  };
  const items = Array.from({ length: count }, item);
  const trailingComma = items.length > 0 && chance(d, 10) ? ',' : '';
  const end = chance(d, 20) ? `\n${spaces(chance(d, d.odd) ? d.g(fc.nat, { max: indent + 2 }) : indent + 1)}` : sep();
  const comment = chance(d, 10) ? either(d, [' # c'], ['#c']) : '';
  return `${isMap ? '{' : '['}${sep()}${items.join(`,${sep()}`)}${trailingComma}${end}${isMap ? '}' : ']'}${comment}`;
}

/** The text after `key:` or `-` (starting with a space or a line break), for a node whose parent is at `indent`. */
function value(d: Draw, depth: number, indent: number, step: number): string {
  const comment = chance(d, 10) ? either(d, [' # c', '  # c'], ['#c', '\t# c', ' #']) : '';
  const kind = depth >= 6 ? 0 : d.g(fc.nat, { max: 9 });
  const space = either(d, [' ', ' '], ['\t', ' \t', '\t ']);
  if (chance(d, 8)) return comment; // nothing: null
  if (kind <= 3) return `${space}${inlineScalar(d, indent)}${comment}`;
  if (kind === 4) return `${space}${blockScalar(d, indent)}`;
  if (kind === 5) return `${space}${flowCollection(d, 0, indent)}${comment}`;
  const props = chance(d, d.odd / 2) ? ` ${pick(d, ['&a', '&b', '!!map', '!!seq', '!', '&m !!map'])}` : '';
  const nested = kind <= 7 ? blockMap(d, depth + 1, indent + step) : blockSeq(d, depth + 1, indent + (chance(d, 30) ? 0 : step));
  return `${props}${comment}\n${nested}`;
}

function blockMap(d: Draw, depth: number, indent: number): string {
  const step = pick(d, [2, 2, 2, 1, 4]);
  const count = d.g(fc.integer, { min: 1, max: 4 });
  const lines: string[] = [];
  const used: string[] = [];
  for (let i = 0; i < count; i++) {
    if (chance(d, 10)) lines.push(`${spaces(d.g(fc.nat, { max: indent + 2 }))}# commentaar`);
    if (chance(d, d.odd / 3)) lines.push(`${spaces(indent)}<<: ${pick(d, ['*a', '*b', '{m: 1}', '[*a, *b]', 'x', '[x]'])}`);
    // Keys differ, unless the odd draw repeats one.
    const fresh = plainKeys.filter((k) => !used.includes(k));
    const key = chance(d, d.odd) && used.length > 0 ? pick(d, [...oddKeys, ...used]) : pick(d, fresh);
    used.push(key);
    const explicit = chance(d, d.odd / 3);
    lines.push(explicit ? `${spaces(indent)}? ${key}\n${spaces(indent)}:${value(d, depth, indent, step)}` : `${spaces(indent)}${key}:${value(d, depth, indent, step)}`);
  }
  return lines.join('\n');
}

function blockSeq(d: Draw, depth: number, indent: number): string {
  const count = d.g(fc.integer, { min: 1, max: 4 });
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const compact = depth < 6 && chance(d, 30);
    if (compact && chance(d, 80)) {
      // `- key: value` with the rest of the map under the key.
      lines.push(`${spaces(indent)}- ${blockMap(d, depth + 1, indent + 2).slice(indent + 2)}`);
    } else if (compact) {
      lines.push(`${spaces(indent)}-${either(d, [' '], ['\t', ' \t'])}${blockSeq(d, depth + 1, indent + 2).slice(indent + 2)}`);
    } else {
      lines.push(`${spaces(indent)}-${value(d, depth, indent, 2)}`);
    }
  }
  return lines.join('\n');
}

/** Nested lists or maps, in block or flow style, about MAX_DEPTH deep. */
function deep(d: Draw): string {
  const levels = d.g(fc.integer, { min: 97, max: 103 });
  if (chance(d, 50)) return `d: ${'['.repeat(levels - 1)}x${']'.repeat(levels - 1)}`;
  return `${Array.from({ length: levels }, (_, i) => `${spaces(i)}k${i}:`).join('\n')} x`;
}

function document(d: Draw): string {
  let text = chance(d, 3) ? deep(d) : blockMap(d, 0, 0);
  const before = chance(d, 20) ? either(d, ['---\n', '--- # c\n', '# kop\n', '\n', '\uFEFF'], ['%YAML 1.2\n---\n', '%YAML 1.1\n---\n', '%FOO bar\n---\n', '%TAG !e! tag:e,2000:\n---\n', '--- ', '---#c\n', '---x: 1\n']) : '';
  const after = chance(d, 50) ? either(d, ['\n', '\n# eind\n', '\n...\n', '\n\n'], ['\n---\n', '\n---\nb: 1\n', '\n  ', ' \n ']) : '';
  text = before + text + after;
  if (chance(d, 5)) text = text.replace(/\n/g, pick(d, ['\r\n', '\r']));
  return text;
}

/** A few random edits, as a hand would make them: a piece inserted, text cut, a line re-indented or duplicated. */
function edit(d: Draw, text: string): string {
  const edits = chance(d, 100 - d.odd) ? 0 : d.g(fc.integer, { min: 1, max: 3 });
  for (let i = 0; i < edits; i++) {
    const at = d.g(fc.nat, { max: text.length });
    const kind = d.g(fc.nat, { max: 3 });
    if (kind === 0) text = text.slice(0, at) + pick(d, yamlPieces) + text.slice(at);
    else if (kind === 1) text = text.slice(0, at) + text.slice(at + d.g(fc.integer, { min: 1, max: 4 }));
    else {
      const lines = text.split('\n');
      const n = d.g(fc.nat, { max: lines.length - 1 });
      if (kind === 2) lines[n] = spaces(d.g(fc.nat, { max: 3 })) + lines[n]!.trimStart();
      else lines.splice(n, 0, lines[n]!);
      text = lines.join('\n');
    }
  }
  return text;
}

/** The files of the shipped plans and the base fixture, each a realistic starting point for edits. */
const planTexts = [examplesDir, join(fixturesDir, 'base'), join(fixturesDir, 'pdf-rich')].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

/** A real plan file with a few hand-made edits: pieces of YAML syntax or odd scalars spliced in, lines re-indented. */
const editedPlan = fc.gen().map((g) => {
  const d: Draw = { g, odd: 100 };
  let text = pick(d, planTexts);
  const edits = g(fc.integer, { min: 1, max: 3 });
  for (let i = 0; i < edits; i++) {
    const at = g(fc.nat, { max: text.length });
    const kind = g(fc.nat, { max: 3 });
    const piece = kind === 0 ? pick(d, yamlPieces) : kind === 1 ? pick(d, [...resolvedScalars, ...oddScalars, ...oddKeys]) : '';
    if (kind <= 1) text = text.slice(0, at) + piece + text.slice(at);
    else if (kind === 2) text = text.slice(0, at) + text.slice(at + g(fc.integer, { min: 1, max: 6 }));
    else text = edit(d, text);
  }
  return text;
});

/**
 * A few short lines of YAML tokens at random indentation: small texts where the corners of
 * block scalars, tabs, comments, list items and markers meet without a generated structure.
 */
const lineSoup = fc.gen().map((g) => {
  const d: Draw = { g, odd: 0 };
  const tokens = ['k: ', 'a: ', 'b:', '- ', '-', '-\t', '? ', ': ', 'x', 'y z', '1', '~', '|', '>', '|-', '>+', '|2', '"q"', "'q'", '"a\\', '\\',
    '[', ']', '{', '}', ', ', ',', '#c', ' #c', '\t', ' ', '  ', '\uFEFF', '---', '...', '&a ', '*a', '! '];
  const lines = Array.from({ length: g(fc.integer, { min: 1, max: 6 }) }, () =>
    spaces(pick(d, [0, 0, 1, 2, 2, 3, 4])) + Array.from({ length: g(fc.integer, { min: 0, max: 4 }) }, () => pick(d, tokens)).join(''));
  return `${pick(d, ['k: x\n', '', '# c\n'])}${lines.join('\n')}${pick(d, ['', '\n', '\n\n'])}`;
});

/** Small texts around the corners where the two libraries were found to differ, each varied at random. */
const corners = fc.gen().map((g) => {
  const d: Draw = { g, odd: 0 };
  const line = (): string => spaces(g(fc.nat, { max: 5 })) + pick(d, ['', '', 'x', 'tekst', '# c', '- x', 'a: b']);
  switch (g(fc.nat, { max: 6 })) {
    case 0: // block scalars: indentation indicators, blank lines of spaces, the last line without a break
      return `k: ${pick(d, ['|', '>'])}${pick(d, ['', '-', '+'])}${pick(d, ['', '', '1', '2'])}\n${spaces(g(fc.nat, { max: 4 }))}\n${Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, line).join('\n')}${pick(d, ['', '\n', '\nb: 1\n'])}`;
    case 1: // tabs and empty items in nested lists
      return `k:\n${Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => `${spaces(pick(d, [0, 2]))}-${pick(d, [' ', '\t', ' \t'])}${pick(d, ['-', 'x', '', '- x', 'a: 1'])}${pick(d, ['', ' ', '\t', '\tx', ' # c'])}`).join('\n')}\n`;
    case 2: // a byte-order mark after comments or blank lines
      return `${pick(d, ['# c\n', '\n', '  # c\n', ''])}\uFEFF${pick(d, ['k: x', '# c\nk: x', 'k: |\n  x'])}\n`;
    case 3: // comments glued to flow indicators and quotes; lists and maps as keys in flow
      return `k: ${pick(d, ['[', '{', '"q"', "'q'", '[x]', '{a: 1}', '[[x]: 1]', '[{a: 1}: 2]', '{[x]: 1}', '[a: 1]'])}${pick(d, ['#c', ' #c', ''])}${pick(d, ['\n  x]', '\n  a: 1}', '\n', ',#c\n  y]', ''])}\n`;
    case 4: // tabs on otherwise blank lines, and in the indentation
      return `k:${pick(d, ['', ' x', ' |', ' "x'])}\n${pick(d, ['\t', ' \t', '  \t  ', '\tx', '  \tx'])}\n${pick(d, ['a: 1', '  x', '', '  y"'])}\n`;
    case 5: // anchors, aliases and tags, some ending in a colon
      return `k: ${pick(d, properties)}${pick(d, ['x', '1', '[x]', '{a: 1}', "'1'"])}\n${pick(d, ['b: *a\n', 'b: *a:\n', 'b: [*a]\n', ''])}`;
    default: // escaped line breaks and long keys
      return `k: "${pick(d, ['a', ''])}\\\n${pick(d, ['', '  ', '\n', '  \n  '])}${pick(d, ['b', ''])}"\n${chance(d, 30) ? `${'k'.repeat(pick(d, [1020, 1030]))}: 1\n` : ''}`;
  }
});

const yamlText = fc.gen().map((g) => {
  const d: Draw = { g, odd: 0 };
  d.odd = pick(d, [0, 0, 2, 5, 10, 30]);
  return edit(d, document(d));
});

/** Same data as the slow path builds: Object.is for values, and the same keys in the same order. */
function expectSameData(fast: unknown, slow: unknown, path = '$'): void {
  if (fast === null || typeof fast !== 'object' || slow === null || typeof slow !== 'object') {
    expect(Object.is(fast, slow), `${path}: ${String(fast)} vs ${String(slow)}`).toBe(true);
    return;
  }
  expect(Array.isArray(fast), `${path}: list or map`).toBe(Array.isArray(slow));
  expect(Object.getPrototypeOf(fast), `${path}: prototype`).toBe(Object.getPrototypeOf(slow));
  expect(Object.keys(fast), `${path}: keys`).toEqual(Object.keys(slow));
  for (const k of Object.keys(fast)) expectSameData((fast as Record<string, unknown>)[k], (slow as Record<string, unknown>)[k], `${path}.${k}`);
}

describe('the fast parse agrees with the full parse', () => {
  it('accepts a text only when the yaml library reads it without problems to the same data', () => {
    let accepted = 0;
    const numRuns = runs(3000);
    const texts = fc.oneof(
      { arbitrary: yamlText, weight: 4 },
      { arbitrary: lineSoup, weight: 2 },
      { arbitrary: corners, weight: 2 },
      { arbitrary: editedPlan, weight: 1 },
    );
    fc.assert(
      fc.property(texts, (raw) => {
        const fast = fastParse(normalizeText(raw));
        if (!('data' in fast)) return;
        accepted++;
        const slow = parseWithPositions(parseSource('x.yaml', raw));
        expect(slow.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${JSON.stringify(d.params)}`)).toEqual([]);
        expectSameData(fast.data, slow.data);
      }),
      // Shrinking texts drawn by fc.gen can take minutes; past the limit the smallest failure so far is reported.
      { numRuns, interruptAfterTimeLimit: 30_000 + numRuns * 20 },
    );
    // Enough accepted texts that the property says something (about a third are, with these settings).
    expect(accepted).toBeGreaterThan(numRuns * 0.15);
  });
});
