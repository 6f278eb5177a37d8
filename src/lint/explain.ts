import type { Severity } from '../diagnostics/diagnostic.js';
import type { MessageLanguage } from '../diagnostics/messages.js';
import { suggest } from '../diagnostics/suggest.js';
import { rules } from './registry.js';
import { inEveryProfile, profileNames, ruleProfiles } from './profiles.js';
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

/** The profiles a rule belongs to, as `plan rules` shows them: "alle" for the common rules. */
function profileList(rule: Rule, lang: MessageLanguage): string {
  if (inEveryProfile(rule.profiles)) return lang === 'en' ? 'all' : 'alle';
  return rule.profiles.join(', ');
}

/** `plan rules`: every rule with its default severity, its profile and one line of description. */
export function listRules(lang: MessageLanguage): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const sevWidth = Math.max(...rules.map((r) => severityWord[lang][r.defaultSeverity].length));
  const profileWidth = Math.max(...rules.map((r) => profileList(r, lang).length));
  const rows = rules.map(
    (r) => `  ${r.id.padEnd(idWidth)}  ${severityWord[lang][r.defaultSeverity].padEnd(sevWidth)}  ${profileList(r, lang).padEnd(profileWidth)}  ${r.description[lang]}`,
  );
  const nameWidth = Math.max(...ruleProfiles.map((p) => p.length));
  const profiles = ruleProfiles.map((p) => `  ${p.padEnd(nameWidth)}  ${profileNames[p][lang]}`).join('\n');
  const head = lang === 'en' ? `Domain rules of plan validate (${rules.length}):` : `Domeinregels van plan validate (${rules.length}):`;
  const foot =
    lang === 'en'
      ? `Profiles (the third column; "all": every plan). A plan gets the rules of its profile: ruleProfile in plan.yaml, else vad, and alcoholwet for an nl-NL plan with structure preset php-nl:\n${profiles}\n\nExplain one rule: plan rules <id>. Change a severity in plan.yaml:\n  rules:\n    <id>: off   # or info, warning, error`
      : `Profielen (de derde kolom; "alle": elk plan). Een plan krijgt de regels van zijn profiel: ruleProfile in plan.yaml, anders vad, en alcoholwet voor een nl-NL-plan met structuurvoorinstelling php-nl:\n${profiles}\n\nUitleg bij één regel: plan rules <id>. Ernst aanpassen in plan.yaml:\n  rules:\n    <id>: off   # of info, warning, error`;
  return `${head}\n\n${rows.join('\n')}\n\n${foot}\n`;
}

/** `plan rules <id>`: the rule, why it exists, its options and an example with its fix. */
export function explainRule(rule: Rule, lang: MessageLanguage): string {
  const en = lang === 'en';
  const parts = [
    `${rule.id} (${en ? 'default' : 'standaard'}: ${severityWord[lang][rule.defaultSeverity]})`,
    wrap(rule.description[lang], 88),
    `${en ? 'Profile' : 'Profiel'}: ${inEveryProfile(rule.profiles) ? (en ? 'all (every plan)' : 'alle (elk plan)') : rule.profiles.map((p) => `${p} (${profileNames[p][lang]})`).join(', ')}`,
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
