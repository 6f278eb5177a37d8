/**
 * The fast path of the loader (src/load/fast-parse.ts): one example per reason to fall
 * back to the yaml library, the scalars the two libraries resolve differently (each checked
 * against the slow path, both ways). test/unit/load-lazy.test.ts: what a clean plan does not build.
 * test/property/fast-parse.property.test.ts compares the two paths on generated texts.
 */
import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { fastParse, type FallbackReason } from '../../src/load/fast-parse.js';
import { firstInvalidUtf8, parseWithPositions } from '../../src/load/load-plan.js';
import { MAX_DEPTH, normalizeText, parseSource } from '../../src/load/source-file.js';
import { MAX_ALIAS_EXPANSION } from '../../src/load/yaml-structure.js';
import { runs } from '../helpers/bounds.js';

const fast = (text: string) => fastParse(normalizeText(text));
const slow = (text: string) => parseWithPositions(parseSource('x.yaml', text));

/** What the slow path reads, or the codes of its problems. */
function slowData(text: string): unknown {
  const result = slow(text);
  return result.diagnostics.length > 0 ? { problems: result.diagnostics.map((d) => d.code) } : result.data;
}

describe('the fast path falls back to the yaml library', () => {
  const cases: Array<[FallbackReason, string, string]> = [
    ['js-yaml-error', 'a: [1, 2', 'a syntax error'],
    ['js-yaml-error', 'a: 1\na: 2\n', 'a duplicate key'],
    ['js-yaml-error', 'a: 1\n---\nb: 2\n', 'two documents'],
    ['js-yaml-error', 'a: !!str 1\n', 'an explicit tag (the schema knows none)'],
    ['js-yaml-error', 'a: !!binary aGVsbG8=\n', 'a tag yaml is told not to resolve'],
    ['js-yaml-error', 'a: !eigen x\n', 'an unknown tag'],
    ['tab', 'a:\n\tb: 1\n', 'a tab as indentation'],
    ['tab', 'k:\n\t\na: 1\n', 'a line of only a tab (js-yaml: no problem)'],
    ['js-yaml-error', `a: ${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}\n`, 'nesting past MAX_DEPTH'],
    ['js-yaml-error', 'a:\n  b: [x,\n  y]\n', 'a flow list not indented past its key (js-yaml warns)'],
    ['js-yaml-error', 'a:\n  b: "x\n  y"\n', 'a quoted text not indented past its key (js-yaml warns)'],
    ['directive', '%YAML 1.2\n---\na: 1\n', 'a directive'],
    ['verbatim-tag', "a: !<?> '1'\n", 'a verbatim tag'],
    ['byte-order-mark', '# c\n\uFEFFa: 1\n', 'a byte-order mark after a comment (yaml skips it)'],
    ['escape', 'a: "\\U00110000"\n', 'an escape past Unicode'],
    ['escape', 'a: "tekst\\\n\n  meer"\n', 'an escaped line break'],
    ['block-scalar-edge', 'a: |1\n  x\n  \n', 'an indentation indicator'],
    ['block-scalar-edge', 'a: |+\n  x\n\n ', 'a last line of spaces without a line break'],
    ['block-scalar-edge', 'a: |\n   \n  # x\nb: 1\n', 'leading blank lines wider than the text'],
    ['comment-without-space', 'a: "x"#c\n', 'a comment glued to a closing quote'],
    ['comment-without-space', 'a: [x]#c\n', 'a comment glued to a closing bracket'],
    ['comment-without-space', 'a: [x,#c\n  y]\n', 'a comment glued to a comma'],
    ['empty-item', 'a:\n- -\n- x\n', 'an empty item in a nested list (js-yaml: [[null, x]])'],
    ['empty-item', 'a:\n-\n  -\n- x\n', 'an empty item in an indented list'],
    ['document-marker', '--- a: 1\n', 'a map on the line of ---'],
    ['document-marker', '---titel: x\n', 'dashes glued to a key'],
    ['long-line', `a: x\n${'k'.repeat(1030)}: 1\n`, 'a key longer than 1024 characters'],
    ['anchor-or-tag', 'a: &x 1\nb: *x\n', 'an anchor and alias'],
    ['anchor-or-tag', 'a: &x: 1\nb: *x:\n', 'an anchor ending in a colon (yaml warns)'],
    ['anchor-or-tag', 'a: ! 1\n', 'the non-specific tag'],
    ['not-a-mapping', '', 'an empty file'],
    ['not-a-mapping', '# alleen commentaar\n', 'only a comment'],
    ['not-a-mapping', '- a\n- b\n', 'a list at the top'],
    ['not-a-mapping', 'tekst\n', 'a text at the top'],
    ['not-a-mapping', '~\n', 'null at the top'],
    ['collection-key', '? [a, b]\n: c\n', 'a list as a key'],
    ['collection-key', 'a: {[x]: 1}\n', 'a list as a key in a flow map'],
    ['collection-key', 'a: [b: 1]\n', 'a pair in a flow list'],
    ['special-key', '~: x\n', 'a null key (yaml makes it "")'],
    ['special-key', 'null: x\n', 'a null key'],
    ['special-key', '"": x\n', 'an empty key'],
    ['special-key', '<<: {a: 1}\nb: 2\n', 'a merge key'],
    ['special-key', 'a:\n  __proto__: {x: 1}\n', 'a __proto__ key'],
  ];
  it.each(cases)('%s: %j (%s)', (reason, text) => {
    expect(fast(text)).toEqual({ fallback: reason });
  });

  it('on alias bombs: scalar aliases count towards MAX_ALIAS_EXPANSION on the slow path', () => {
    const text = `a: &x 1\nb: [${Array.from({ length: MAX_ALIAS_EXPANSION + 1 }, () => '*x').join(', ')}]\n`;
    expect(fast(text)).toEqual({ fallback: 'anchor-or-tag' });
    expect(slow(text).diagnostics.map((d) => d.code)).toEqual(['yaml-alias-bomb']);
  });

  it('on a collection reached twice', () => {
    // Only aliases share objects, and those are refused before the walk; the walk checks anyway.
    expect(fast('a: &x [1]\nb: *x\n')).toEqual({ fallback: 'anchor-or-tag' });
  });

  it('but not on what the shipped plans hold: & and * in prose, # in quoted colours, ---', () => {
    const text = "---\ntitel: Preventie & Samenleven\ntekst: |\n  **vet** en *schuin*, ook #1 en C#!\nkleur: '#1d4f91'\nlijst: [a, b]\n";
    expect(fast(text)).toEqual({
      data: { titel: 'Preventie & Samenleven', tekst: '**vet** en *schuin*, ook #1 en C#!\n', kleur: '#1d4f91', lijst: ['a', 'b'] },
    });
  });
});

describe('plain scalars resolve as in the slow path (yaml core schema), not as js-yaml would', () => {
  // Each of these is read differently by js-yaml's own CORE_SCHEMA, by yaml, or both.
  const scalars: Array<[string, unknown]> = [
    ['0o17', 15], ['-0o17', '-0o17'], ['+0o7', '+0o7'], ['0O17', '0O17'], ['0o8', '0o8'],
    ['0x1F', 31], ['-0x1F', '-0x1F'], ['+0x1', '+0x1'], ['0X1F', '0X1F'], ['0b11', '0b11'],
    ['1_000', '1_000'], ['+12', 12], ['-12', -12], ['012', 12], ['-0', -0], ['+0', 0], ['-0.0', -0],
    ['1e3', 1000], ['1E3', 1000], ['.5e3', 500], ['-.5', -0.5], ['+.5', 0.5], ['1.', 1], ['1e999', Infinity], ['-1e999', -Infinity],
    ['9'.repeat(400), Infinity], [`0x${'f'.repeat(300)}`, Infinity],
    ['.inf', Infinity], ['-.inf', -Infinity], ['+.inf', Infinity], ['.Inf', Infinity], ['.iNF', '.iNF'], ['.nan', NaN], ['.NaN', NaN], ['-.nan', '-.nan'],
    ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'],
    ['true', true], ['True', true], ['TRUE', true], ['tRUE', 'tRUE'], ['false', false], ['FALSE', false], ['yes', 'yes'], ['on', 'on'],
    ['2024-01-01', '2024-01-01'], ['12:30', '12:30'],
  ];
  it.each(scalars)('%s', (scalar, value) => {
    const text = `a: ${scalar}\nb: [${scalar}]\n${scalar}: key\n`;
    const result = fast(text);
    const key = value === null ? undefined : String(value);
    if (key === undefined) {
      // A null key is stored differently by the two libraries: that file takes the slow path.
      expect(result).toEqual({ fallback: 'special-key' });
      expect(fast(`a: ${scalar}\nb: [${scalar}]\n`)).toEqual({ data: { a: null, b: [null] } });
      return;
    }
    expect(result).toEqual({ data: { a: value, b: [value], [key]: 'key' } });
    const data = (result as { data: { a: unknown } }).data;
    expect(Object.is(data.a, value), 'not 0 for -0').toBe(true);
    // Both ways: the slow path reads the very same.
    expect(slowData(text)).toEqual(data);
    expect(Object.is((slowData(text) as { a: unknown }).a, value)).toBe(true);
  });
});

describe('isUtf8 before the hand-written search', () => {
  it('agrees with firstInvalidUtf8 on any bytes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      // Valid text with one byte changed: overlong forms, surrogates, cut sequences.
      fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([s, at, b]) => {
        const out = new Uint8Array(Buffer.from(s, 'utf8'));
        out[at % out.length] = b;
        return out;
      }),
    );
    fc.assert(
      fc.property(bytes, (b) => isUtf8(b) === (firstInvalidUtf8(b) === -1)),
      { numRuns: runs(2000) },
    );
    for (const edge of [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0xef, 0xbf, 0xbd]]) {
      expect(isUtf8(new Uint8Array(edge)), edge.join(' ')).toBe(firstInvalidUtf8(new Uint8Array(edge)) === -1);
    }
  });
});
