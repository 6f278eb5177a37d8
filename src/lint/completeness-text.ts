import { ruleText, type MessageLanguage } from '../messages/index.js';
import { baseLanguage } from '../messages/language.js';
import { outputText } from '../messages/output.js';
import type { Completeness } from './completeness.js';
import { sectionTitle } from './completeness-sections.js';
import { profileNames } from './profiles.js';

/** The block `plan validate` prints after its summary line; a count whose rule is off is not shown. */
export function formatCompleteness(c: Completeness, lang: MessageLanguage): string {
  const w = outputText(lang).completeness;
  const og = c.operationalGoals;
  const titles = { ...c.sections, themes: og.counts === 'actions' };
  const missing = c.sections.missing.map((key) => sectionTitle(key, titles, baseLanguage(lang))).join(', ');
  const lines = [w.head, `  ${w.sections}: ${c.sections.filled}/${c.sections.total}${missing ? ` (${w.toDo}: ${missing})` : ''}`];
  if (!c.notChecked.includes('owner')) lines.push(`  ${w.owner[og.counts]}: ${og.withOwner}/${og.total}`);
  if (!c.notChecked.includes('indicator')) lines.push(`  ${w.indicator[og.counts]}: ${og.withIndicator}/${og.total}`);
  if (!c.notChecked.includes('placeholders')) lines.push(`  ${w.placeholders}: ${c.placeholders}`);
  lines.push(`  ${w.profile}: ${c.ruleProfile} (${ruleText(profileNames[c.ruleProfile], lang)})`);
  return `${lines.join('\n')}\n`;
}
