import type { Severity } from '../diagnostics/diagnostic.js';
import type { MessageLanguage } from '../diagnostics/messages.js';
import { suggest } from '../diagnostics/suggest.js';
import { rules } from './registry.js';
import type { Rule } from './rule.js';

const severityWord: Record<MessageLanguage, Record<Severity, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const indent = (text: string, by = '  '): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `${by}${line}`))
    .join('\n');

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(text: string, width = 86): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** `plan rules`: every rule with its default severity and one line of description. */
export function listRules(lang: MessageLanguage): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const sevWidth = Math.max(...rules.map((r) => severityWord[lang][r.defaultSeverity].length));
  const rows = rules.map((r) => `  ${r.id.padEnd(idWidth)}  ${severityWord[lang][r.defaultSeverity].padEnd(sevWidth)}  ${r.description[lang]}`);
  const head = lang === 'en' ? `Domain rules of plan validate (${rules.length}):` : `Domeinregels van plan validate (${rules.length}):`;
  const foot =
    lang === 'en'
      ? 'Explain one rule: plan rules <id>. Change a severity in plan.yaml:\n  rules:\n    <id>: off   # or info, warning, error'
      : 'Uitleg bij één regel: plan rules <id>. Ernst aanpassen in plan.yaml:\n  rules:\n    <id>: off   # of info, warning, error';
  return `${head}\n\n${rows.join('\n')}\n\n${foot}\n`;
}

/** `plan rules <id>`: the rule, why it exists, its options and an example with its fix. */
export function explainRule(rule: Rule, lang: MessageLanguage): string {
  const en = lang === 'en';
  const parts = [
    `${rule.id} (${en ? 'default' : 'standaard'}: ${severityWord[lang][rule.defaultSeverity]})`,
    wrap(rule.description[lang], 88),
    `${en ? 'Why' : 'Waarom'}:\n${indent(wrap(rule.rationale[lang]))}`,
  ];
  if (rule.options) parts.push(`${en ? 'Options' : 'Opties'}:\n${indent(wrap(rule.options[lang]))}`);
  parts.push(
    `${en ? 'Example' : 'Voorbeeld'} (${rule.example.file}):\n` +
      `${indent(en ? 'Reported:' : 'Gemeld:')}\n${indent(rule.example.bad, '    ')}\n` +
      `${indent(en ? 'Fixed:' : 'Opgelost:')}\n${indent(rule.example.good, '    ')}`,
  );
  parts.push(`${en ? 'Configure in plan.yaml' : 'Instellen in plan.yaml'}:\n  rules:\n    ${rule.id}: off   # ${en ? 'or' : 'of'} info, warning, error`);
  return `${parts.join('\n\n')}\n`;
}

/** The message for `plan rules <id>` with an id that is not a rule. */
export function unknownRuleMessage(id: string, lang: MessageLanguage): string {
  const suggestion = suggest(id, rules.map((r) => r.id));
  if (lang === 'en') return `Unknown rule '${id}'${suggestion ? ` — did you mean '${suggestion}'?` : '.'} \`plan rules\` lists every rule.`;
  return `Onbekende regel '${id}'${suggestion ? ` — bedoelt u '${suggestion}'?` : '.'} \`plan rules\` toont alle regels.`;
}
