import { PLACEHOLDER_MARK } from './placeholder-mark.js';
import type { Severity } from './language.js';

type DiagnosticCounts = Record<Severity, number>;
import { pick, SAME_AS_NL_BE, type Localised, type MessageLanguage } from './language.js';

/**
 * The words around the messages in `plan validate`'s output (stylish, SARIF, totals) and in
 * `plan rules`: the same in Belgium and the Netherlands.
 */
const nl = {
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info' } as Record<Severity, string>,
  hint: 'tip',
  noProblems: 'Geen problemen gevonden.',
  counts: (c: DiagnosticCounts) => `${c.error} ${c.error === 1 ? 'fout' : 'fouten'}, ${c.warning} ${c.warning === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${c.info} info`,
  total: (plans: number, failing: number, c: DiagnosticCounts) =>
    `Totaal: ${plans} ${plans === 1 ? 'plan' : 'plannen'}, ${failing} met fouten — ${c.error} ${c.error === 1 ? 'fout' : 'fouten'}, ${c.warning} ${c.warning === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${c.info} info`,
  sarif: {
    fileProblem: (code: string) => `Probleem '${code}' in een planbestand: de melding zegt wat er mis is en hoe u het oplost.`,
    fileHelp: 'Voer `plan validate <map>` uit voor de melding met de regel uit het bestand. Een regel van de domeinregels staat uitgelegd in `plan rules`.',
    more: (id: string) => `Meer uitleg: \`plan rules ${id}\``,
  },
  rules: {
    listHead: (count: number) => `Domeinregels van plan validate (${count}):`,
    listFoot: 'Uitleg bij één regel: plan rules <id>. Ernst aanpassen in plan.yaml:\n  rules:\n    <id>: off   # of info, warning, error',
    profilesHead:
      'Profielen (de derde kolom; "alle": elk plan). Een plan krijgt de regels van zijn profiel: ruleProfile in plan.yaml, anders vad, en alcoholwet voor een nl-NL-plan met de structuur php-nl:',
    all: 'alle',
    allEveryPlan: 'alle (elk plan)',
    profile: 'Profiel',
    default: 'standaard',
    why: 'Waarom',
    options: 'Opties',
    example: 'Voorbeeld',
    reported: 'Gemeld:',
    fixed: 'Opgelost:',
    configure: 'Instellen in plan.yaml',
    or: 'of',
    unknown: (id: string, suggestion: string | undefined) => `Onbekende regel '${id}'${suggestion ? ` — bedoelt u '${suggestion}'?` : '.'} \`plan rules\` toont alle regels.`,
  },
  // The completeness block of plan validate; the counts name what they count (goals, actions or both).
  completeness: {
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
};

export type OutputText = typeof nl;

const en: OutputText = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  hint: 'hint',
  noProblems: 'No problems found.',
  counts: (c) => `${c.error} ${c.error === 1 ? 'error' : 'errors'}, ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'}, ${c.info} info`,
  total: (plans, failing, c) =>
    `Total: ${plans} ${plans === 1 ? 'plan' : 'plans'}, ${failing} with errors — ${c.error} ${c.error === 1 ? 'error' : 'errors'}, ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'}, ${c.info} info`,
  sarif: {
    fileProblem: (code) => `Problem '${code}' in a plan file: the message says what is wrong and how to fix it.`,
    fileHelp: 'Run `plan validate <folder>` for the message with the line of the file. Each domain rule is explained by `plan rules`.',
    more: (id) => `More: \`plan rules ${id}\``,
  },
  rules: {
    listHead: (count) => `Domain rules of plan validate (${count}):`,
    listFoot: 'Explain one rule: plan rules <id>. Change a severity in plan.yaml:\n  rules:\n    <id>: off   # or info, warning, error',
    profilesHead:
      'Profiles (the third column; "all": every plan). A plan gets the rules of its profile: ruleProfile in plan.yaml, else vad, and alcoholwet for an nl-NL plan with the structure php-nl:',
    all: 'all',
    allEveryPlan: 'all (every plan)',
    profile: 'Profile',
    default: 'default',
    why: 'Why',
    options: 'Options',
    example: 'Example',
    reported: 'Reported:',
    fixed: 'Fixed:',
    configure: 'Configure in plan.yaml',
    or: 'or',
    unknown: (id, suggestion) => `Unknown rule '${id}'${suggestion ? ` — did you mean '${suggestion}'?` : '.'} \`plan rules\` lists every rule.`,
  },
  completeness: {
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

const texts: Localised<OutputText> = { nl, 'nl-NL': SAME_AS_NL_BE, en };

export function outputText(lang: MessageLanguage): OutputText {
  return pick(texts, lang);
}
