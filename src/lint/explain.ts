import { ruleText, type MessageLanguage } from '../messages/index.js';
import { outputText } from '../messages/output.js';
import { suggest } from '../diagnostics/suggest.js';
import { rules } from './registry.js';
import { inEveryProfile, profileNames, ruleProfiles } from './profiles.js';
import type { Rule } from './rule.js';


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
  if (inEveryProfile(rule.profiles)) return outputText(lang).rules.all;
  return rule.profiles.join(', ');
}

/** `plan rules`: every rule with its default severity, its profile and one line of description. */
export function listRules(lang: MessageLanguage): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const words = outputText(lang).rules;
  const severity = outputText(lang).severity;
  const sevWidth = Math.max(...rules.map((r) => severity[r.defaultSeverity].length));
  const profileWidth = Math.max(...rules.map((r) => profileList(r, lang).length));
  const rows = rules.map(
    (r) => `  ${r.id.padEnd(idWidth)}  ${severity[r.defaultSeverity].padEnd(sevWidth)}  ${profileList(r, lang).padEnd(profileWidth)}  ${ruleText(r.description, lang)}`,
  );
  const nameWidth = Math.max(...ruleProfiles.map((p) => p.length));
  const profiles = ruleProfiles.map((p) => `  ${p.padEnd(nameWidth)}  ${ruleText(profileNames[p], lang)}`).join('\n');
  return `${words.listHead(rules.length)}\n\n${rows.join('\n')}\n\n${words.profilesHead}\n${profiles}\n\n${words.listFoot}\n`;
}

/** `plan rules <id>`: the rule, why it exists, its options and an example with its fix. */
export function explainRule(rule: Rule, lang: MessageLanguage): string {
  const words = outputText(lang).rules;
  const parts = [
    `${rule.id} (${words.default}: ${outputText(lang).severity[rule.defaultSeverity]})`,
    wrap(ruleText(rule.description, lang), 88),
    `${words.profile}: ${inEveryProfile(rule.profiles) ? words.allEveryPlan : rule.profiles.map((p) => `${p} (${ruleText(profileNames[p], lang)})`).join(', ')}`,
    `${words.why}:\n${indent(wrap(ruleText(rule.rationale, lang)))}`,
  ];
  if (rule.options) parts.push(`${words.options}:\n${indent(wrap(ruleText(rule.options, lang)))}`);
  parts.push(
    `${words.example} (${rule.example.file}):\n` +
      `${indent(words.reported)}\n${indent(rule.example.bad, '    ')}\n` +
      `${indent(words.fixed)}\n${indent(rule.example.good, '    ')}`,
  );
  parts.push(`${words.configure}:\n  rules:\n    ${rule.id}: off   # ${words.or} info, warning, error`);
  return `${parts.join('\n\n')}\n`;
}

/** The message for `plan rules <id>` with an id that is not a rule. */
export function unknownRuleMessage(id: string, lang: MessageLanguage): string {
  const suggestion = suggest(id, rules.map((r) => r.id));
  return outputText(lang).rules.unknown(id, suggestion);
}
