import type { MessageLanguage } from '../diagnostics/messages.js';
import type { Completeness, CountedItems } from './completeness.js';
import { sectionTitle } from './completeness-sections.js';
import { PLACEHOLDER_MARK } from './find-placeholders.js';
import { profileNames } from './profiles.js';

/** The words of the completeness block, per language; what is counted names itself. */
const words: Record<MessageLanguage, { head: string; sections: string; toDo: string; owner: Record<CountedItems, string>; indicator: Record<CountedItems, string>; placeholders: string; profile: string }> = {
  nl: {
    head: 'Volledigheid:',
    sections: 'onderdelen ingevuld',
    toDo: 'nog te doen',
    owner: { goals: 'operationele doelstellingen met trekker', actions: 'acties met trekker', 'goals-and-actions': 'operationele doelstellingen en acties met trekker' },
    indicator: {
      goals: 'operationele doelstellingen met indicator en streefwaarde',
      actions: 'acties met indicator en streefwaarde',
      'goals-and-actions': 'operationele doelstellingen en acties met indicator en streefwaarde',
    },
    placeholders: `nog in te vullen (${PLACEHOLDER_MARK})`,
    profile: 'regelprofiel',
  },
  en: {
    head: 'Completeness:',
    sections: 'sections filled',
    toDo: 'to do',
    owner: { goals: 'operational goals with an owner', actions: 'actions with an owner', 'goals-and-actions': 'operational goals and actions with an owner' },
    indicator: {
      goals: 'operational goals with an indicator and target',
      actions: 'actions with an indicator and target',
      'goals-and-actions': 'operational goals and actions with an indicator and target',
    },
    placeholders: `placeholders (${PLACEHOLDER_MARK}) left`,
    profile: 'rule profile',
  },
};

/** The block `plan validate` prints after its summary line; a count whose rule is off is not shown. */
export function formatCompleteness(c: Completeness, lang: MessageLanguage): string {
  const w = words[lang];
  const og = c.operationalGoals;
  const titles = { ...c.sections, themes: og.counts === 'actions' };
  const missing = c.sections.missing.map((key) => sectionTitle(key, titles, lang)).join(', ');
  const lines = [w.head, `  ${w.sections}: ${c.sections.filled}/${c.sections.total}${missing ? ` (${w.toDo}: ${missing})` : ''}`];
  if (!c.notChecked.includes('owner')) lines.push(`  ${w.owner[og.counts]}: ${og.withOwner}/${og.total}`);
  if (!c.notChecked.includes('indicator')) lines.push(`  ${w.indicator[og.counts]}: ${og.withIndicator}/${og.total}`);
  if (!c.notChecked.includes('placeholders')) lines.push(`  ${w.placeholders}: ${c.placeholders}`);
  lines.push(`  ${w.profile}: ${c.ruleProfile} (${profileNames[c.ruleProfile][lang]})`);
  return `${lines.join('\n')}\n`;
}
