import type MarkdownIt from 'markdown-it';
import { planFiles } from '../../load/plan-files.js';
import { libraries } from '../../libraries/libraries.js';
import type { Finding, Rule } from '../rule.js';
import { forEachText } from '../texts.js';
import { everyProfile } from '../profiles.js';

/** Values that are never Markdown: file references and colour codes. */
const notText = new Set(['$schema', 'logo', 'primaryColor']);

/**
 * Fewest characters of list markers, quote marks and indentation at the start of a line that
 * can reach markdown-it's nesting limit (100 levels; a list item is two, a quote one). Only a
 * text with such a line is parsed here, so `plan validate` loads no Markdown parser for an
 * ordinary plan.
 */
const SUSPECT_PREFIX = 40;
const PREFIX = /^[\s>*+\-\d.)]*/;

const mayBeTooDeep = (text: string): boolean => text.split('\n').some((line) => PREFIX.exec(line)![0].length >= SUSPECT_PREFIX);

let parser: MarkdownIt | null = null;

/**
 * The line (from 0) at which markdown-it stops reading `text` because its blocks are nested
 * too deep, or null. The renderers parse with the same options; past the limit markdown-it
 * skips the rest of the text without a word, so the HTML and the PDF would lose it.
 */
export function tooDeepAt(text: string): number | null {
  if (!mayBeTooDeep(text)) return null;
  if (!parser) {
    const md: MarkdownIt = new (libraries().markdownIt)({ html: false, linkify: false, typographer: false, breaks: false });
    const block = md.block;
    // Set by markdown-it's default preset (100), which the renderers use; missing from its typings.
    const maxNesting = (md.options as { maxNesting?: number }).maxNesting ?? 100;
    const tokenize = block.tokenize.bind(block);
    // markdown-it stops at the start of a nested block list when the level is at the limit.
    block.tokenize = (state, startLine, endLine) => {
      if (state.level >= maxNesting && state.env.tooDeepAt === undefined) {
        const line = state.skipEmptyLines(startLine);
        if (line < endLine) state.env.tooDeepAt = line;
      }
      tokenize(state, startLine, endLine);
    };
    parser = md;
  }
  const env: { tooDeepAt?: number } = {};
  parser.parse(text, env);
  return env.tooDeepAt ?? null;
}

export const markdownNestingRule: Rule = {
  id: 'markdown-nesting',
  description: {
    nl: 'Geen tekst heeft lijsten of citaten zo diep in elkaar dat de rest van de tekst wegvalt.',
    en: 'No text nests lists or quotes so deep that the rest of the text is dropped.',
  },
  rationale: {
    nl: 'De teksten worden als Markdown gelezen. Na ongeveer vijftig lijsten in elkaar (of honderd citaatniveaus) houdt de lezer op: wat daarna komt, ontbreekt zonder melding in plan.html en plan.pdf. Een raadsdocument waarin stilletjes een deel van een tekst ontbreekt (seed: brugge-drugbeleidsplan, waarin elk onderdeel telt), is erger dan een foutmelding. Zo diep nesten is altijd een vergissing, meestal een geplakte tekst.',
    en: 'The texts are read as Markdown. After about fifty lists inside each other (or a hundred levels of quotes) the reader stops: what follows is missing from plan.html and plan.pdf without a word. A council document that silently lacks part of a text (seed: brugge-drugbeleidsplan, in which every part counts) is worse than an error. Nesting this deep is always a mistake, usually a pasted text.',
  },
  defaultSeverity: 'error',
  profiles: everyProfile,
  codes: ['markdown-too-deep'],
  example: {
    file: 'mission.yaml',
    bad: `mission: '${'>'.repeat(101)} Samen sterk.'`,
    good: "mission: '> Samen sterk.'",
  },
  check({ inputs }) {
    const findings: Finding[] = [];
    for (const { key, file } of planFiles) {
      forEachText(
        inputs[key],
        (text, path) => {
          const at = tooDeepAt(text);
          if (at === null) return;
          const lines = text.split('\n');
          const line = lines[at]!.trim();
          // The same line may occur earlier in the text: point at this occurrence.
          const before = lines.slice(0, at).join('\n');
          let occurrence = 0;
          for (let i = before.indexOf(line); line !== '' && i !== -1; i = before.indexOf(line, i + line.length)) occurrence++;
          findings.push({ code: 'markdown-too-deep', file, path: [...path], params: { line: at + 1 }, mark: { text: line.slice(0, 40), occurrence } });
        },
        notText,
      );
    }
    return findings;
  },
};
