import { describe, expect, it } from 'vitest';
import { unclosedOpening } from '../../src/render/templates.js';

describe('unclosedOpening: where a block left open at the end of a template starts', () => {
  it.each([
    ['an unclosed if', '<p>\n  {{#if a}}\n</p>\n', { line: 2, column: 3 }],
    ['the innermost of two', '{{#each xs}}\n{{#if a}}\n', { line: 2, column: 1 }],
    ['the outer one when the inner is closed', '{{#each xs}}\n{{#if a}}x{{/if}}\n', { line: 1, column: 1 }],
    ['an inverse section', 'a\n{{^items}}\n', { line: 2, column: 1 }],
    ['a partial block', '{{#> layout}}\n', { line: 1, column: 1 }],
    ['an inline partial', 'x {{#*inline "kop"}}\n', { line: 1, column: 3 }],
    ['whitespace control', '{{~#if a~}}\n', { line: 1, column: 1 }],
    ['an unclosed comment', 'a\n b {{!-- note\n{{#if a}}{{/if}}\n', { line: 2, column: 4 }],
  ])('%s', (_name, text, expected) => {
    expect(unclosedOpening(text)).toEqual(expected);
  });

  it.each([
    ['all closed, with else', '{{#if a}}x{{else}}y{{/if}}{{#each b}}{{^}}none{{/each}}'],
    ['an escaped mustache', '\\{{#if a}}'],
    ['a block inside a comment', '{{!-- {{#if a}} --}}{{! {{#each}} }}'],
  ])('none for %s', (_name, text) => {
    expect(unclosedOpening(text)).toBeUndefined();
  });
});
