/**
 * Property: the allocation-free style lookup (src/render/pdf/style-lookup.ts) answers every
 * question exactly as pdfmake's own StyleContextStack does, and leaves the stack as it found
 * it. Style dictionaries, stacks and items are drawn with the corners pdfmake handles: named
 * styles that extend others (in chains, lists and cycles), missing names, String objects,
 * values that are null, undefined, 0, '' or false, items with a style name or a list of them,
 * and section nodes, which take no style.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fastStyleLookup, pdfmakeStyleLookup, type StyleContextStackClass } from '../../src/render/pdf/style-lookup.js';
import { runs } from '../helpers/bounds.js';

const require = createRequire(import.meta.url);
// pdfmake's own class, from node_modules: the engine patches the copy in the libraries bundle.
const StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: StyleContextStackClass & (new (dictionary: object, defaultStyle?: object) => StackObject) }).default;
const pdfmake = pdfmakeStyleLookup(StyleContextStack);

interface StackObject {
  styleOverrides: unknown[];
  getProperty(property: string): unknown;
}

const names = ['a', 'b', 'c', 'd', 'missing'];
const properties = ['fontSize', 'bold', 'color', 'margin', 'extends'];
const value = fc.constantFrom<unknown>(undefined, null, 0, '', false, true, 12, 'red', [1, 2]);
const styleObject = fc.dictionary(fc.constantFrom(...properties.filter((p) => p !== 'extends')), value);
const namedStyle = fc.record(
  { props: styleObject, extends: fc.option(fc.oneof(fc.constantFrom(...names), fc.array(fc.constantFrom(...names), { maxLength: 3 })), { nil: undefined }) },
  { requiredKeys: ['props'] },
).map(({ props, extends: parents }) => (parents === undefined ? props : { ...props, extends: parents }));
const dictionary = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.option(namedStyle, { nil: undefined }));
const name = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names).map((n) => new String(n)));
const override = fc.oneof(name, styleObject);
const item = fc.record(
  {
    props: styleObject,
    style: fc.option(fc.oneof(name, fc.array(name, { maxLength: 3 })), { nil: undefined }),
    section: fc.option(fc.constant(true), { nil: undefined }),
  },
  { requiredKeys: ['props'] },
).map(({ props, style, section }) => ({ ...props, ...(style === undefined ? {} : { style }), ...(section === undefined ? {} : { section }) }));

describe('style lookup', () => {
  it('answers as pdfmake does, for every property, and leaves the stack as it was', () => {
    fc.assert(
      fc.property(dictionary, fc.option(styleObject, { nil: undefined }), fc.array(override, { maxLength: 6 }), item, fc.constantFrom(...properties), value, (styles, defaults, overrides, word, property, fallback) => {
        const stackFor = (): StackObject => {
          const stack = new StyleContextStack(styles, defaults);
          stack.styleOverrides.push(...overrides);
          return stack;
        };
        const theirs = stackFor();
        const ours = stackFor();
        expect(fastStyleLookup.getProperty.call(ours as never, property)).toEqual(pdfmake.getProperty.call(theirs as never, property));
        expect(fastStyleLookup.getStyleProperty(word, ours as never, property, fallback)).toEqual(pdfmake.getStyleProperty.call(StyleContextStack, word, theirs as never, property, fallback));
        expect(fastStyleLookup.getStyleProperty(word, undefined, property, fallback)).toEqual(pdfmake.getStyleProperty.call(StyleContextStack, word, undefined, property, fallback));
        expect(ours.styleOverrides).toEqual(theirs.styleOverrides);
        expect(ours.styleOverrides).toHaveLength(overrides.length);
      }),
      { numRuns: runs(2000) },
    );
  });
});
