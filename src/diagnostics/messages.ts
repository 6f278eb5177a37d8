import type { Diagnostic, MessageParams } from './diagnostic.js';

export type MessageLanguage = 'nl' | 'en';

interface Text {
  message: (p: MessageParams) => string;
  hint?: (p: MessageParams) => string | undefined;
}

export type MessageEntry = Record<MessageLanguage, Text>;
type Entry = MessageEntry;

const q = (value: unknown): string => `'${String(value)}'`;
const maybe = (value: unknown, text: (v: string) => string): string => (value === undefined || value === '' ? '' : text(String(value)));

const typeNames: Record<MessageLanguage, Record<string, string>> = {
  nl: { string: 'een tekst', number: 'een getal', integer: 'een geheel getal', boolean: 'true of false', object: 'een groep velden (sleutel: waarde)', array: 'een lijst (regels die met "- " beginnen)', 'number,string': 'een getal of een korte tekst', list: 'een lijst', empty: 'niets', null: 'niets' },
  en: { string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', object: 'a group of fields (key: value)', array: 'a list (lines starting with "- ")', 'number,string': 'a number or a short text', list: 'a list', empty: 'nothing', null: 'nothing' },
};
const typeName = (lang: MessageLanguage, t: unknown): string => typeNames[lang][String(t)] ?? String(t);

/** One catalogue for every diagnostic code, in Dutch and English. */
export const messages: Record<string, Entry> = {
  'missing-file': {
    nl: { message: (p) => `het bestand ${q(p.file)} ontbreekt`, hint: () => 'Een plan bestaat uit plan.yaml, analysis.yaml, stakeholders.yaml, mission.yaml en goals.yaml. Maak het ontbrekende bestand aan, of start opnieuw met `plan init`.' },
    en: { message: (p) => `the file ${q(p.file)} is missing`, hint: () => 'A plan consists of plan.yaml, analysis.yaml, stakeholders.yaml, mission.yaml and goals.yaml. Create the missing file, or start again with `plan init`.' },
  },
  'not-a-file': {
    nl: { message: (p) => `${q(p.file)} is een map, geen bestand`, hint: () => 'Verwijder of hernoem de map en zet er een YAML-bestand met die naam in de plaats.' },
    en: { message: (p) => `${q(p.file)} is a folder, not a file`, hint: () => 'Remove or rename the folder and put a YAML file with that name in its place.' },
  },
  'unreadable-file': {
    nl: { message: (p) => `het bestand ${q(p.file)} kan niet gelezen worden (${p.detail})`, hint: () => 'Controleer de rechten op het bestand.' },
    en: { message: (p) => `the file ${q(p.file)} cannot be read (${p.detail})`, hint: () => 'Check the permissions of the file.' },
  },
  'file-too-large': {
    nl: { message: (p) => `het bestand ${q(p.file)} is ${p.size} MB groot; meer dan ${p.max} MB wordt niet gelezen`, hint: () => 'Een plan past ruim in enkele honderden kilobytes. Controleer of dit wel het juiste bestand is.' },
    en: { message: (p) => `the file ${q(p.file)} is ${p.size} MB; files over ${p.max} MB are not read`, hint: () => 'A plan fits well within a few hundred kilobytes. Check that this is the right file.' },
  },
  'not-utf8': {
    nl: { message: () => 'het bestand bevat tekens die geen UTF-8 zijn', hint: () => 'Sla het bestand op als UTF-8 (in de meeste editors: "Opslaan met codering" → UTF-8).' },
    en: { message: () => 'the file contains characters that are not UTF-8', hint: () => 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).' },
  },
  'empty-file': {
    nl: { message: (p) => `het bestand ${q(p.file)} is leeg`, hint: () => 'Vul het bestand in; `plan init` maakt een voorbeeld met uitleg.' },
    en: { message: (p) => `the file ${q(p.file)} is empty`, hint: () => 'Fill in the file; `plan init` writes an example with guidance.' },
  },
  'not-a-map': {
    nl: { message: (p) => `het bestand moet velden bevatten (zoals "title: ..."), maar bevat ${typeName('nl', p.got)}`, hint: () => 'Begin elke regel op het hoogste niveau met een veldnaam gevolgd door een dubbelpunt.' },
    en: { message: (p) => `the file should hold fields (such as "title: ..."), but holds ${typeName('en', p.got)}`, hint: () => 'Start each top-level line with a field name followed by a colon.' },
  },
  'duplicate-key': {
    nl: { message: (p) => `het veld ${q(p.key ?? '?')} staat twee keer in dezelfde groep`, hint: () => 'Verwijder of hernoem een van beide; anders is niet duidelijk welke waarde geldt.' },
    en: { message: (p) => `the field ${q(p.key ?? '?')} appears twice in the same group`, hint: () => 'Remove or rename one of them; otherwise it is unclear which value counts.' },
  },
  'yaml-tab': {
    nl: { message: () => 'een tab wordt gebruikt om in te springen', hint: () => 'YAML springt in met spaties. Vervang de tab door spaties (twee per niveau).' },
    en: { message: () => 'a tab is used for indentation', hint: () => 'YAML indents with spaces. Replace the tab with spaces (two per level).' },
  },
  'yaml-indent': {
    nl: { message: () => 'deze regel springt niet goed in', hint: () => 'Velden van dezelfde groep staan exact onder elkaar; een lijstitem begint met "- " op de inspringing van zijn groep.' },
    en: { message: () => 'this line is not indented correctly', hint: () => 'Fields of the same group line up exactly; a list item starts with "- " at its group\'s indentation.' },
  },
  'yaml-missing-char': {
    nl: { message: (p) => `hier ontbreekt een teken (${p.detail})`, hint: () => 'Controleer of aanhalingstekens, haakjes en dubbelpunten gesloten en op hun plaats zijn.' },
    en: { message: (p) => `a character is missing here (${p.detail})`, hint: () => 'Check that quotes, brackets and colons are closed and in place.' },
  },
  'yaml-multiple-documents': {
    nl: { message: () => 'het bestand bevat meer dan één YAML-document (een regel "---" of "...")', hint: () => 'Verwijder de scheidingslijn: elk bestand bevat één deel van het plan.' },
    en: { message: () => 'the file holds more than one YAML document (a line "---" or "...")', hint: () => 'Remove the separator: each file holds one part of the plan.' },
  },
  'yaml-unknown-tag': {
    nl: { message: (p) => `onbekende YAML-tag (${p.detail})`, hint: () => 'Verwijder het woord dat met "!" begint; het plan gebruikt gewone teksten, getallen en lijsten.' },
    en: { message: (p) => `unknown YAML tag (${p.detail})`, hint: () => 'Remove the word starting with "!"; the plan uses plain texts, numbers and lists.' },
  },
  'yaml-bad-alias': {
    nl: { message: (p) => `verwijzing (*alias) die niet klopt (${p.detail})`, hint: () => 'Een *alias verwijst naar een &anker dat eerder in hetzelfde bestand staat.' },
    en: { message: (p) => `an alias (*name) that does not resolve (${p.detail})`, hint: () => 'An *alias refers to an &anchor earlier in the same file.' },
  },
  'yaml-alias-bomb': {
    nl: { message: (p) => `het bestand herhaalt via *aliassen meer dan ${p.max} keer hetzelfde stuk`, hint: () => 'Schrijf de tekst uit in plaats van aliassen te nesten.' },
    en: { message: (p) => `the file repeats a part more than ${p.max} times through *aliases`, hint: () => 'Write the text out instead of nesting aliases.' },
  },
  'yaml-bad-escape': {
    nl: { message: (p) => `ongeldige escape-reeks tussen dubbele aanhalingstekens (${p.detail})`, hint: () => 'Gebruik enkele aanhalingstekens, of schrijf een backslash als \\\\.' },
    en: { message: (p) => `invalid escape sequence in double quotes (${p.detail})`, hint: () => 'Use single quotes, or write a backslash as \\\\.' },
  },
  'yaml-multiline-key': {
    nl: { message: () => 'een veldnaam loopt over meer dan één regel, of een dubbelpunt ontbreekt', hint: () => 'Zet "veld: waarde" op één regel; begint een tekst met een dubbelpunt of #, zet hem tussen aanhalingstekens.' },
    en: { message: () => 'a field name runs over several lines, or a colon is missing', hint: () => 'Put "field: value" on one line; quote a text that contains ": " or starts with #.' },
  },
  'yaml-syntax': {
    nl: { message: (p) => `de YAML kan hier niet gelezen worden (${p.detail})`, hint: () => 'Controleer inspringing, dubbelpunten en aanhalingstekens op deze regel en de regel erboven.' },
    en: { message: (p) => `the YAML cannot be read here (${p.detail})`, hint: () => 'Check indentation, colons and quotes on this line and the one above.' },
  },
  'unknown-field': {
    nl: { message: (p) => `onbekend veld ${q(p.field)}${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => (p.allowed ? `Toegelaten velden hier: ${p.allowed}.` : 'Hier zijn geen velden toegelaten.') },
    en: { message: (p) => `unknown field ${q(p.field)}${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => (p.allowed ? `Fields allowed here: ${p.allowed}.` : 'No fields are allowed here.') },
  },
  'missing-field': {
    nl: { message: (p) => `het verplichte veld ${q(p.field)} ontbreekt`, hint: (p) => `Voeg "${p.field}:" toe aan deze groep.` },
    en: { message: (p) => `the required field ${q(p.field)} is missing`, hint: (p) => `Add "${p.field}:" to this group.` },
  },
  'wrong-type': {
    nl: { message: (p) => `${q(p.field)} moet ${typeName('nl', p.expected)} zijn, maar is ${typeName('nl', p.got)}${p.got === 'object' || p.got === 'list' || p.got === 'empty' ? '' : ` (${q(p.value)})`}`, hint: (p) => (p.expected === 'string' ? 'Zet de tekst tussen aanhalingstekens als hij met een getal, dubbelpunt of # begint.' : p.expected === 'array' ? 'Schrijf elk item op een eigen regel die met "- " begint.' : undefined) },
    en: { message: (p) => `${q(p.field)} must be ${typeName('en', p.expected)}, but is ${typeName('en', p.got)}${p.got === 'object' || p.got === 'list' || p.got === 'empty' ? '' : ` (${q(p.value)})`}`, hint: (p) => (p.expected === 'string' ? 'Quote the text when it starts with a number, a colon or #.' : p.expected === 'array' ? 'Write each item on its own line starting with "- ".' : undefined) },
  },
  'yaml11-boolean': {
    nl: { message: (p) => `${q(p.field)} moet true of false zijn, niet ${q(p.value)}`, hint: () => 'Oudere YAML las yes/no/on/off als ja of nee; dit plan gebruikt YAML 1.2: schrijf true of false.' },
    en: { message: (p) => `${q(p.field)} must be true or false, not ${q(p.value)}`, hint: () => 'Older YAML read yes/no/on/off as booleans; this plan uses YAML 1.2: write true or false.' },
  },
  'yaml11-choice': {
    nl: { message: (p) => `${q(p.value)} is geen geldige keuze voor ${q(p.field)}`, hint: (p) => `Mogelijke waarden: ${p.allowed}. (yes/no/on/off zijn in YAML 1.2 gewone tekst.)` },
    en: { message: (p) => `${q(p.value)} is not a valid choice for ${q(p.field)}`, hint: (p) => `Possible values: ${p.allowed}. (yes/no/on/off are plain text in YAML 1.2.)` },
  },
  'invalid-year': {
    nl: { message: (p) => `verwacht een jaartal zoals 2025, maar kreeg ${q(p.value)}`, hint: (p) => (String(p.value).includes('-') ? 'Een periode schrijft u als twee jaartallen, bv. "start: 2025" en "end: 2030".' : 'Schrijf het jaar als vier cijfers zonder aanhalingstekens.') },
    en: { message: (p) => `expected a year such as 2025, got ${q(p.value)}`, hint: (p) => (String(p.value).includes('-') ? 'Write a period as two years, e.g. "start: 2025" and "end: 2030".' : 'Write the year as four digits without quotes.') },
  },
  'out-of-range': {
    nl: { message: (p) => `${q(p.field)} moet ${p.comparison} ${p.limit} zijn, maar is ${q(p.value)}` },
    en: { message: (p) => `${q(p.field)} must be ${p.comparison} ${p.limit}, but is ${q(p.value)}` },
  },
  'invalid-choice': {
    nl: { message: (p) => `${q(p.value)} is geen geldige keuze voor ${q(p.field)}${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Mogelijke waarden: ${p.allowed}.` },
    en: { message: (p) => `${q(p.value)} is not a valid choice for ${q(p.field)}${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Possible values: ${p.allowed}.` },
  },
  'invalid-id': {
    nl: { message: (p) => `${q(p.value)} is geen geldige id`, hint: (p) => `Een id bestaat uit kleine letters, cijfers en streepjes en begint met een letter${maybe(p.suggestion, (s) => `, bv. ${q(s)}`)}.` },
    en: { message: (p) => `${q(p.value)} is not a valid id`, hint: (p) => `An id consists of lower-case letters, digits and dashes and starts with a letter${maybe(p.suggestion, (s) => `, e.g. ${q(s)}`)}.` },
  },
  'invalid-date': {
    nl: { message: (p) => `${q(p.value)} is geen geldige datum`, hint: () => 'Schrijf een datum als JJJJ-MM-DD, bv. 2025-03-31.' },
    en: { message: (p) => `${q(p.value)} is not a valid date`, hint: () => 'Write a date as YYYY-MM-DD, e.g. 2025-03-31.' },
  },
  'invalid-colour': {
    nl: { message: (p) => `${q(p.value)} is geen geldige kleur`, hint: () => 'Schrijf een kleur als # en zes hexadecimale tekens, tussen aanhalingstekens: "#1d4f91".' },
    en: { message: (p) => `${q(p.value)} is not a valid colour`, hint: () => 'Write a colour as # and six hex digits, in quotes: "#1d4f91".' },
  },
  'invalid-email': {
    nl: { message: (p) => `${q(p.value)} is geen geldig e-mailadres` },
    en: { message: (p) => `${q(p.value)} is not a valid e-mail address` },
  },
  'invalid-format': {
    nl: { message: (p) => `${q(p.value)} heeft niet de verwachte vorm voor ${q(p.field)}` },
    en: { message: (p) => `${q(p.value)} does not have the expected form for ${q(p.field)}` },
  },
  'empty-list': {
    nl: { message: (p) => `de lijst ${q(p.field)} is leeg`, hint: () => 'Voeg minstens één item toe, of laat het veld weg.' },
    en: { message: (p) => `the list ${q(p.field)} is empty`, hint: () => 'Add at least one item, or leave the field out.' },
  },
  'empty-text': {
    nl: { message: (p) => `${q(p.field)} is leeg`, hint: () => 'Vul een tekst in, of laat het veld weg als het niet verplicht is.' },
    en: { message: (p) => `${q(p.field)} is empty`, hint: () => 'Fill in a text, or leave the field out when it is optional.' },
  },
  'empty-item': {
    nl: { message: () => 'dit lijstitem is leeg', hint: () => 'Geef het item een "term:" of een "text:".' },
    en: { message: () => 'this list item is empty', hint: () => 'Give the item a "term:" or a "text:".' },
  },
  'schema-other': {
    nl: { message: (p) => `ongeldige waarde voor ${q(p.field)} (${p.detail})` },
    en: { message: (p) => `invalid value for ${q(p.field)} (${p.detail})` },
  },
  'duplicate-id': {
    nl: { message: (p) => `de id ${q(p.id)} wordt al gebruikt (${p.first})`, hint: () => 'Elke id is uniek; verwijzingen zouden anders niet eenduidig zijn. Kies een andere id.' },
    en: { message: (p) => `the id ${q(p.id)} is already used (${p.first})`, hint: () => 'Every id is unique; otherwise references would be ambiguous. Choose another id.' },
  },
  'unknown-stakeholder': {
    nl: { message: (p) => `${q(p.id)} is geen gekende partner${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Gebruik de id van een partner uit stakeholders.yaml, of voeg de partner daar toe.${maybe(p.known, (k) => ` Gekende ids: ${k}.`)}` },
    en: { message: (p) => `${q(p.id)} is not a known stakeholder${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Use the id of a partner in stakeholders.yaml, or add the partner there.${maybe(p.known, (k) => ` Known ids: ${k}.`)}` },
  },
  'unknown-pillar': {
    nl: { message: (p) => `${q(p.id)} is geen pijler van het pijlermodel van dit plan${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Pijlers van dit plan: ${p.known}.` },
    en: { message: (p) => `${q(p.id)} is not a pillar of this plan's pillar model${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Pillars of this plan: ${p.known}.` },
  },
  'unknown-substance': {
    nl: { message: (p) => `${q(p.id)} staat niet in de afbakening (scope) van het plan${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Gebruik een id uit "scope: substances:" in mission.yaml, of voeg het middel daar toe.${maybe(p.known, (k) => ` Gekende ids: ${k}.`)}` },
    en: { message: (p) => `${q(p.id)} is not in the plan's scope${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Use an id from "scope: substances:" in mission.yaml, or add it there.${maybe(p.known, (k) => ` Known ids: ${k}.`)}` },
  },
  'unknown-municipality': {
    nl: { message: (p) => `${q(p.id)} is geen gemeente van dit plan${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: () => 'Geef de gemeenten in plan.yaml een "id:" en verwijs daarnaar.' },
    en: { message: (p) => `${q(p.id)} is not a municipality of this plan${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: () => 'Give the municipalities in plan.yaml an "id:" and refer to it.' },
  },
  'scope-missing': {
    nl: { message: () => 'dit doel noemt middelen, maar mission.yaml heeft geen afbakening (scope)', hint: () => 'Voeg in mission.yaml "scope: substances:" toe met de middelen en gedragingen van het plan.' },
    en: { message: () => 'this goal names substances, but mission.yaml has no scope', hint: () => 'Add "scope: substances:" to mission.yaml with the plan\'s substances and behaviours.' },
  },
  'pillar-model-conflict': {
    nl: { message: (p) => `het plan kiest het pijlermodel ${q(p.model)} én definieert eigen pijlers`, hint: () => 'Houd één van beide: "pillarModel:" voor een meegeleverd model, of "pillars:" voor een eigen model.' },
    en: { message: (p) => `the plan chooses the pillar model ${q(p.model)} and also defines its own pillars`, hint: () => 'Keep one: "pillarModel:" for a shipped model, or "pillars:" for your own.' },
  },
  'pillar-model-missing': {
    nl: { message: () => 'het plan heeft geen pijlermodel', hint: (p) => `Voeg "pillarModel:" toe (${p.models}) of definieer eigen "pillars:".` },
    en: { message: () => 'the plan has no pillar model', hint: (p) => `Add "pillarModel:" (${p.models}) or define your own "pillars:".` },
  },
  'period-reversed': {
    nl: { message: (p) => `de periode begint in ${p.start} en eindigt eerder, in ${p.end}`, hint: () => 'Zet het eerste jaar bij "start:" en het laatste bij "end:".' },
    en: { message: (p) => `the period starts in ${p.start} and ends earlier, in ${p.end}`, hint: () => 'Put the first year under "start:" and the last under "end:".' },
  },
  'outside-period': {
    nl: { message: (p) => `${q(p.field)} ${p.value} valt buiten de planperiode ${p.start}-${p.end}`, hint: () => 'Kies een jaar binnen de periode, of pas de periode in plan.yaml aan.' },
    en: { message: (p) => `${q(p.field)} ${p.value} falls outside the plan period ${p.start}-${p.end}`, hint: () => 'Choose a year within the period, or change the period in plan.yaml.' },
  },
  'years-reversed': {
    nl: { message: (p) => `de actie eindigt (${p.end}) voor ze begint (${p.start})`, hint: () => 'Wissel "start:" en "end:" om.' },
    en: { message: (p) => `the action ends (${p.end}) before it starts (${p.start})`, hint: () => 'Swap "start:" and "end:".' },
  },
};

export interface RenderedMessage {
  message: string;
  hint?: string;
}

export function renderMessage(diagnostic: Diagnostic, lang: MessageLanguage): RenderedMessage {
  const entry = messages[diagnostic.code]?.[lang];
  if (!entry) return { message: diagnostic.code };
  return { message: entry.message(diagnostic.params), hint: entry.hint?.(diagnostic.params) };
}

/** Extra catalogues (domain rules) add their codes here. */
export function registerMessages(extra: Record<string, Entry>): void {
  Object.assign(messages, extra);
}

export function messageLanguage(language: string | undefined): MessageLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
