import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { terminalPaint } from '../../src/cli/terminal.js';
import { formatGithub, sentence, type FormatOptions } from '../../src/diagnostics/format.js';

const options: FormatOptions = { lang: 'nl', dir: '.', color: false, lines: () => undefined };
const at = (code: Diagnostic['code'], params: Diagnostic['params']): Diagnostic => ({ code, severity: 'error', file: 'goals.yaml', line: 15, column: 9, params });

/** The text of the first workflow command, after "::error file=…,title=…::". */
const annotation = (d: Diagnostic): string => formatGithub([d], options).split('\n')[0]!.split('::').slice(2).join('::');

describe('github format joins message and hint as sentences', () => {
  it('adds no full stop after a question mark', () => {
    const text = annotation(at('unknown-field', { field: 'onwer', suggestion: 'owner', allowed: 'id, title, owner' }));
    expect(text).toBe("onbekend veld 'onwer' — bedoelt u 'owner'? Toegelaten velden hier: id, title, owner.");
  });

  it('adds a full stop after a message that has none', () => {
    const text = annotation(at('missing-field', { field: 'title' }));
    expect(text).toBe('het verplichte veld \'title\' ontbreekt. Voeg "title:" toe aan deze groep.');
  });

  // Messages of domain rules may end in punctuation: the hint is joined as a new sentence.
  it.each([
    ['klaar.', 'klaar.'],
    ['let op!', 'let op!'],
    ['bedoelt u x?', 'bedoelt u x?'],
    ['het veld ontbreekt', 'het veld ontbreekt.'],
  ])('ends %j as a sentence', (message, expected) => {
    expect(sentence(message)).toBe(expected);
  });
});

describe('terminal colours (chalk)', () => {
  const paint = terminalPaint(1)!;
  const esc = (codes: string): string => codes.replace(/\[/g, '\u001b[');

  it('wraps text in the basic colour codes and resets only what it set', () => {
    expect(paint.red('fout')).toBe(esc('[31mfout[39m'));
    expect(paint.bold('x')).toBe(esc('[1mx[22m'));
  });

  it('re-opens the outer style after an inner one closes the same attribute', () => {
    // dim and bold share their closing code: without re-opening, "b" would lose its bold.
    expect(paint.bold(`a${paint.dim('d')}b`)).toBe(esc('[1ma[2md[22m[1mb[22m'));
    expect(paint.red(`a${paint.yellow('y')}b`)).toBe(esc('[31ma[33my[39m[31mb[39m'));
  });

  it('gives no paint without colour', () => {
    expect(terminalPaint(0)).toBeUndefined();
  });
});
