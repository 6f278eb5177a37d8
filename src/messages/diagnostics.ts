import type { MessageParams } from './language.js';
import type { BaseLanguage as MessageLanguage, MessageEntry as Entry } from './language.js';
import { readProblem } from './system-errors.js';
import { monthNames } from '../locale/month-names.js';

const q = (value: unknown): string => `'${String(value)}'`;
const maybe = (value: unknown, text: (v: string) => string): string => (value === undefined || value === '' ? '' : text(String(value)));

const typeNames: Record<MessageLanguage, Record<string, string>> = {
  nl: { string: 'een tekst', number: 'een getal', integer: 'een geheel getal', boolean: 'true of false', object: 'een groep velden (sleutel: waarde)', array: 'een lijst (regels die met "- " beginnen)', 'number,string': 'een getal of een korte tekst', list: 'een lijst', empty: 'niets', null: 'niets', 'not-finite': 'geen eindig getal' },
  en: { string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', object: 'a group of fields (key: value)', array: 'a list (lines starting with "- ")', 'number,string': 'a number or a short text', list: 'a list', empty: 'nothing', null: 'nothing', 'not-finite': 'not a finite number' },
};
const typeName = (lang: MessageLanguage, t: unknown): string => typeNames[lang][String(t)] ?? String(t);

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const monthName = (lang: MessageLanguage, month: unknown): string => capitalise(monthNames[lang][Number(month) - 1] ?? String(month));

const readProblemOf = (lang: MessageLanguage, p: MessageParams) => readProblem(lang, p.errorCode ?? p.detail);

/** "'owner'", or "item 2 of 'partners'" for a value in a list. */
const fieldLabel = (lang: MessageLanguage, p: MessageParams): string =>
  p.item === undefined ? q(p.field) : lang === 'nl' ? `item ${p.item} van ${q(p.field)}` : `item ${p.item} of ${q(p.field)}`;
/** The given value, for a single value; a list or group is visible in the code frame. */
const shownValue = (p: MessageParams): string =>
  p.got === 'object' || p.got === 'list' || p.got === 'empty' ? '' : p.got === 'string' ? ` (${q(p.value)})` : ` (${p.value})`;

/** "a", "b" en "c" */
const listWords = (lang: MessageLanguage, items: string[]): string => {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${quoted.at(-1)}`;
};

/** The hint for wrong-type depends on what was expected and what was given. */
function wrongTypeHint(lang: MessageLanguage, p: MessageParams): string | undefined {
  const nl = lang === 'nl';
  const expected = String(p.expected);
  const got = String(p.got);
  const field = String(p.field);
  const empty = got === 'empty';
  const optional = nl ? ', of laat het veld weg als het niet verplicht is' : ', or leave the field out when it is optional';
  const fields = typeof p.fields === 'string' && p.fields !== '' ? p.fields.split('\n') : [];

  if (expected === 'object') {
    const shown = fields.length > 0 ? listWords(lang, fields) : nl ? '"veld: waarde"' : '"field: value"';
    if (p.item !== undefined && !empty && got !== 'list') {
      const [first, ...rest] = fields;
      return nl
        ? `Elk item van ${q(field)} is een groep velden: begin het met "- " en het eerste veld${first ? `, bv. "- ${first}"` : ''}, en zet de andere velden eronder, ingesprongen${rest.length > 0 ? `: ${listWords(lang, rest)}` : ''}.`
        : `Each item of ${q(field)} is a group of fields: start it with "- " and the first field${first ? `, e.g. "- ${first}"` : ''}, and put the other fields below it, indented${rest.length > 0 ? `: ${listWords(lang, rest)}` : ''}.`;
    }
    if (empty) {
      return nl
        ? `Zet de velden onder "${field}:", elk op een eigen regel en ingesprongen: ${shown}${optional}.`
        : `Put the fields under "${field}:", each on its own line and indented: ${shown}${optional}.`;
    }
    if (got === 'list') {
      return nl
        ? `Hier hoort één groep velden, geen lijst: haal de "- " weg en zet de velden ingesprongen onder "${field}:": ${shown}.`
        : `One group of fields belongs here, not a list: remove the "- " and put the fields, indented, under "${field}:": ${shown}.`;
    }
    return nl
      ? `Schrijf "${field}:" alleen op de regel, met eronder de velden, elk op een eigen regel en ingesprongen: ${shown}.`
      : `Write "${field}:" on a line of its own, with the fields below it, each on its own line and indented: ${shown}.`;
  }

  if (expected === 'array') {
    if (empty) return nl ? `Zet de items onder "${field}:", elk op een eigen regel die met "- " begint${optional}.` : `Put the items under "${field}:", each on its own line starting with "- "${optional}.`;
    if (got === 'object') {
      return nl
        ? `Begin elk item met "- ": "- veld: waarde", met de andere velden van dat item eronder, ingesprongen.`
        : `Start each item with "- ": "- field: value", with the other fields of that item below it, indented.`;
    }
    // "partners: cgg, clb" → "- cgg" and "- clb"; a sentence with commas stays one item.
    const parts = String(p.value).split(/\s*,\s*/).filter((part) => part !== '');
    if (parts.length > 1 && parts.every((part) => /^\S+$/.test(part))) {
      const items = listWords(lang, parts.map((part) => `- ${part}`));
      return nl
        ? `Zet elk item op een eigen regel onder "${field}:", ingesprongen en met "- " ervoor: ${items}.`
        : `Put each item on its own line under "${field}:", indented and with "- " in front: ${items}.`;
    }
    return nl
      ? `Zet "- ${p.value}" op een eigen regel onder "${field}:", ingesprongen; elk volgend item ook op een eigen regel met "- ".`
      : `Put "- ${p.value}" on its own line under "${field}:", indented; every further item on its own line with "- " too.`;
  }

  if (expected === 'string') {
    if (empty) {
      // "primaryColor: #1d4f91" is empty too: after a space, # starts a comment.
      return nl
        ? `Vul een tekst in na de dubbelpunt${optional}. Staat er toch iets dat met # begint, zet het dan tussen aanhalingstekens; anders leest YAML het als opmerking.`
        : `Fill in a text after the colon${optional}. If something starting with # is there, put it in quotes; otherwise YAML reads it as a comment.`;
    }
    if (got === 'list') {
      if (p.listField) {
        return nl
          ? `Schrijf één id, geen lijst. Wilt u meer dan één noemen, zet de eerste dan hier en de andere in het veld "${p.listField}".`
          : `Write one id, not a list. To name more than one, put the first here and the others in the field "${p.listField}".`;
      }
      if (p.textKind === 'id') return nl ? 'Schrijf één id na de dubbelpunt, geen lijst.' : 'Write one id after the colon, not a list.';
      if (p.textKind === 'markdown') {
        return nl
          ? `Schrijf één tekst, geen lijst. Een tekst over meerdere regels schrijft u als "${field}: |" met de regels ingesprongen eronder; daarin mag een opsomming met "- ".`
          : `Write one text, not a list. For a text of several lines, write "${field}: |" with the lines indented below it; it may contain a list with "- ".`;
      }
      return nl ? 'Schrijf één tekst na de dubbelpunt, geen lijst.' : 'Write one text after the colon, not a list.';
    }
    if (got === 'object') {
      return nl
        ? `Schrijf de tekst na de dubbelpunt, zonder velden eronder. Staat er een dubbelpunt in uw tekst, zet hem dan tussen aanhalingstekens.`
        : `Write the text after the colon, without fields below it. If your text contains a colon, put it in quotes.`;
    }
    return nl ? 'Zet de waarde tussen aanhalingstekens, precies zoals u ze schreef; dan leest het plan ze als tekst.' : 'Put the value in quotes, exactly as you wrote it; then the plan reads it as a text.';
  }

  if (expected === 'integer' || expected === 'number' || expected === 'number,string') {
    const what = expected === 'integer' ? (nl ? 'een geheel getal' : 'a whole number') : expected === 'number' ? (nl ? 'een getal' : 'a number') : nl ? 'een getal of een korte tekst' : 'a number or a short text';
    if (empty) return nl ? `Vul ${what} in na de dubbelpunt${optional}.` : `Fill in ${what} after the colon${optional}.`;
    if (got === 'list' || got === 'object') return nl ? `Schrijf ${what} na de dubbelpunt, geen ${got === 'list' ? 'lijst' : 'velden'}.` : `Write ${what} after the colon, not ${got === 'list' ? 'a list' : 'fields'}.`;
    if (got === 'number') return nl ? 'Schrijf een geheel getal, zonder komma of punt.' : 'Write a whole number, without a decimal point.';
    return nl
      ? `Schrijf ${what} zonder aanhalingstekens, eenheden of punten tussen de duizendtallen, bv. 25000.`
      : `Write ${what} without quotes, units or thousands separators, e.g. 25000.`;
  }

  if (expected === 'boolean') {
    if (empty) return nl ? `Vul true of false in na de dubbelpunt${optional}.` : `Fill in true or false after the colon${optional}.`;
    return nl ? 'Schrijf true of false, zonder aanhalingstekens.' : 'Write true or false, without quotes.';
  }
  return undefined;
}

/** ajv's comparison (">=", "<=", ">", "<") in words, for out-of-range. */
const limitWords: Record<MessageLanguage, Record<string, { rule: (limit: string) => string; hint: (limit: string) => string }>> = {
  nl: {
    '>=': { rule: (l) => `moet minstens ${l} zijn`, hint: (l) => (Number(l) === 0 ? 'Een negatief getal kan hier niet: schrijf 0 of meer.' : `Schrijf hier een getal van ${l} of meer.`) },
    '<=': { rule: (l) => `mag hoogstens ${l} zijn`, hint: (l) => `Schrijf hier een getal van ${l} of minder.` },
    '>': { rule: (l) => `moet groter zijn dan ${l}`, hint: (l) => `Schrijf hier een getal groter dan ${l}.` },
    '<': { rule: (l) => `moet kleiner zijn dan ${l}`, hint: (l) => `Schrijf hier een getal kleiner dan ${l}.` },
  },
  en: {
    '>=': { rule: (l) => `needs to be at least ${l}`, hint: (l) => (Number(l) === 0 ? 'A negative number is not possible here: write 0 or more.' : `Write a number of ${l} or more here.`) },
    '<=': { rule: (l) => `can be at most ${l}`, hint: (l) => `Write a number of ${l} or less here.` },
    '>': { rule: (l) => `needs to be more than ${l}`, hint: (l) => `Write a number greater than ${l} here.` },
    '<': { rule: (l) => `needs to be less than ${l}`, hint: (l) => `Write a number less than ${l} here.` },
  },
};
const limitText = (lang: MessageLanguage, p: MessageParams): { rule: string; hint: string } => {
  const words = limitWords[lang][String(p.comparison)] ?? limitWords[lang]['>=']!;
  return { rule: words.rule(String(p.limit)), hint: words.hint(String(p.limit)) };
};

/** The diagnostics of the core pipeline (load, schema, references, model), in Dutch and English. */
export const coreMessages = {
  'missing-file': {
    nl: { message: (p) => `het bestand ${q(p.file)} ontbreekt`, hint: () => 'Een plan bestaat uit plan.yaml, analysis.yaml, stakeholders.yaml, mission.yaml en goals.yaml. Maak het ontbrekende bestand aan, of start opnieuw met `plan init`.' },
    en: { message: (p) => `the file ${q(p.file)} is missing`, hint: () => 'A plan consists of plan.yaml, analysis.yaml, stakeholders.yaml, mission.yaml and goals.yaml. Create the missing file, or start again with `plan init`.' },
  },
  'not-a-file': {
    nl: { message: (p) => (p.kind === 'special' ? `${q(p.file)} is geen gewoon bestand (maar een apparaat, pipe of socket)` : `${q(p.file)} is een map, geen bestand`), hint: (p) => `Verwijder of hernoem ${p.kind === 'special' ? 'het' : 'de map'} en zet er een YAML-bestand met die naam in de plaats.` },
    en: { message: (p) => (p.kind === 'special' ? `${q(p.file)} is not a regular file (but a device, pipe or socket)` : `${q(p.file)} is a folder, not a file`), hint: (p) => `Remove or rename ${p.kind === 'special' ? 'it' : 'the folder'} and put a YAML file with that name in its place.` },
  },
  'file-outside-plan': {
    nl: { message: (p) => `${q(p.file)} is een koppeling naar een bestand buiten de map van het plan; het wordt niet gelezen`, hint: () => 'Een plan leest alleen bestanden in zijn eigen map. Vervang de koppeling door een kopie van het bestand.' },
    en: { message: (p) => `${q(p.file)} is a link to a file outside the plan folder; it is not read`, hint: () => 'A plan reads only files inside its own folder. Replace the link with a copy of the file.' },
  },
  'file-link-loop': {
    nl: { message: (p) => `${q(p.file)} is een koppeling die in een kring naar zichzelf terugverwijst`, hint: () => 'Verwijder de koppeling en zet er het YAML-bestand zelf in de plaats.' },
    en: { message: (p) => `${q(p.file)} is a link that points back to itself in a loop`, hint: () => 'Remove the link and put the YAML file itself in its place.' },
  },
  'file-link-broken': {
    nl: { message: (p) => `${q(p.file)} is een koppeling naar een bestand dat niet bestaat`, hint: () => 'Verwijder de koppeling en zet er het YAML-bestand zelf in de plaats.' },
    en: { message: (p) => `${q(p.file)} is a link to a file that does not exist`, hint: () => 'Remove the link and put the YAML file itself in its place.' },
  },
  'unreadable-file': {
    nl: { message: (p) => `het bestand ${q(p.file)} kan niet gelezen worden${readProblemOf('nl', p).reason}`, hint: (p) => readProblemOf('nl', p).hint },
    en: { message: (p) => `the file ${q(p.file)} cannot be read${readProblemOf('en', p).reason}`, hint: (p) => readProblemOf('en', p).hint },
  },
  'file-too-large': {
    nl: { message: (p) => `het bestand ${q(p.file)} is ${p.size} MB groot; meer dan ${p.max} MB wordt niet gelezen`, hint: () => 'Een plan past ruim in enkele honderden kilobytes. Controleer of dit wel het juiste bestand is.' },
    en: { message: (p) => `the file ${q(p.file)} is ${p.size} MB; files over ${p.max} MB are not read`, hint: () => 'A plan fits well within a few hundred kilobytes. Check that this is the right file.' },
  },
  'not-utf8': {
    nl: { message: (p) => `het bestand bevat tekens die geen UTF-8 zijn${maybe(p.byte, (b) => ` (byte ${b})`)}`, hint: () => 'Sla het bestand op als UTF-8 (in de meeste editors: "Opslaan met codering" → UTF-8).' },
    en: { message: (p) => `the file contains characters that are not UTF-8${maybe(p.byte, (b) => ` (byte ${b})`)}`, hint: () => 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).' },
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
    nl: { message: () => 'hier ontbreekt een teken of staat er een te veel', hint: () => 'Controleer of aanhalingstekens, haakjes en dubbelpunten gesloten en op hun plaats zijn.' },
    en: { message: (p) => `a character is missing here (${p.detail})`, hint: () => 'Check that quotes, brackets and colons are closed and in place.' },
  },
  'yaml-multiple-documents': {
    nl: { message: () => 'het bestand bevat meer dan één YAML-document (een regel "---" of "...")', hint: () => 'Verwijder de scheidingslijn: elk bestand bevat één deel van het plan.' },
    en: { message: () => 'the file holds more than one YAML document (a line "---" or "...")', hint: () => 'Remove the separator: each file holds one part of the plan.' },
  },
  'yaml-unknown-tag': {
    nl: { message: (p) => `onbekende YAML-tag${maybe(/!\S*/.exec(String(p.detail ?? ''))?.[0], (t) => ` ${q(t)}`)}`, hint: () => 'Verwijder het woord dat met "!" begint; het plan gebruikt gewone teksten, getallen en lijsten.' },
    en: { message: (p) => `unknown YAML tag (${p.detail})`, hint: () => 'Remove the word starting with "!"; the plan uses plain texts, numbers and lists.' },
  },
  'yaml-bad-alias': {
    nl: { message: (p) => `verwijzing${maybe(/(?:^\*|alias[^:]*:\s*)([^\s*:]+)\s*$/.exec(String(p.detail ?? ''))?.[1], (a) => ` *${a}`)} (*alias) naar een &anker dat hier niet bestaat`, hint: () => 'Een *alias verwijst naar een &anker dat eerder in hetzelfde bestand staat.' },
    en: { message: (p) => `an alias (*name) that does not resolve (${p.detail})`, hint: () => 'An *alias refers to an &anchor earlier in the same file.' },
  },
  'yaml-alias-bomb': {
    nl: { message: (p) => `de *aliassen van dit bestand herhalen samen meer dan ${p.max} waarden; hier wordt gestopt`, hint: () => 'Schrijf de tekst uit in plaats van aliassen te nesten.' },
    en: { message: (p) => `the *aliases of this file repeat more than ${p.max} values in all; reading stops here`, hint: () => 'Write the text out instead of nesting aliases.' },
  },
  'yaml-alias-cycle': {
    nl: { message: (p) => `de alias *${p.alias} staat binnen het stuk &${p.alias} waarnaar hij verwijst`, hint: () => 'Een alias mag niet naar zichzelf verwijzen: dat zou een eindeloos plan geven. Schrijf de waarde uit.' },
    en: { message: (p) => `the alias *${p.alias} sits inside the part &${p.alias} it refers to`, hint: () => 'An alias may not refer to itself: that would make an endless plan. Write the value out.' },
  },
  'yaml-too-deep': {
    nl: { message: (p) => `de gegevens zijn hier meer dan ${p.max} niveaus diep genest`, hint: () => 'Een plan heeft hooguit een tiental niveaus nodig. Controleer de haakjes [ ] { } en de inspringing.' },
    en: { message: (p) => `the data is nested more than ${p.max} levels deep here`, hint: () => 'A plan needs a dozen levels at most. Check the brackets [ ] { } and the indentation.' },
  },
  'yaml-bad-merge': {
    nl: { message: () => 'na "<<:" hoort een groep velden (of een *alias ervan), geen tekst of lijst van teksten', hint: () => '"<<: *standaard" neemt de velden van &standaard over; die moet dan een groep velden zijn.' },
    en: { message: () => '"<<:" must be followed by a group of fields (or an *alias of one), not a text or a list of texts', hint: () => '"<<: *defaults" copies the fields of &defaults, which must then be a group of fields.' },
  },
  'yaml-complex-key': {
    nl: { message: () => 'een lijst of groep wordt hier als veldnaam gebruikt', hint: () => 'Een veldnaam is een gewoon woord gevolgd door een dubbelpunt. Begint een regel met "? ", verwijder dat dan.' },
    en: { message: () => 'a list or group is used as a field name here', hint: () => 'A field name is a plain word followed by a colon. When a line starts with "? ", remove it.' },
  },
  'yaml-unclosed': {
    nl: { message: (p) => `de ${p.open} hier wordt nergens gesloten met ${p.close}`, hint: (p) => (p.close === ']' || p.close === '}' ? `Zet ${p.close} na het laatste item; loopt de lijst over meer regels, spring die regels dan verder in dan het veld.` : `Zet ${p.close} aan het einde van de tekst. Staat dat teken zelf in de tekst, gebruik dan het andere soort aanhalingstekens.`) },
    en: { message: (p) => `the ${p.open} here is never closed with ${p.close}`, hint: (p) => (p.close === ']' || p.close === '}' ? `Put ${p.close} after the last item; when the list runs over several lines, indent them further than the field.` : `Put ${p.close} at the end of the text. When the text itself holds that character, use the other kind of quotes.`) },
  },
  'yaml-bad-escape': {
    nl: { message: (p) => `ongeldige escape-reeks${maybe(/\\\S{0,3}/.exec(String(p.detail ?? ''))?.[0], (e) => ` ${q(e)}`)} tussen dubbele aanhalingstekens`, hint: () => 'Gebruik enkele aanhalingstekens, of schrijf een backslash als \\\\.' },
    en: { message: (p) => `invalid escape sequence in double quotes (${p.detail})`, hint: () => 'Use single quotes, or write a backslash as \\\\.' },
  },
  'yaml-multiline-key': {
    nl: { message: () => 'een veldnaam loopt over meer dan één regel, of een dubbelpunt ontbreekt', hint: () => 'Zet "veld: waarde" op één regel. Bevat een tekst ": " of begint hij met #, zet hem dan tussen aanhalingstekens.' },
    en: { message: () => 'a field name runs over several lines, or a colon is missing', hint: () => 'Put "field: value" on one line. If a text contains ": " or starts with #, put it in quotes.' },
  },
  'yaml-syntax': {
    nl: { message: () => 'de YAML kan hier niet gelezen worden', hint: () => 'Controleer inspringing, dubbelpunten en aanhalingstekens op deze regel en de regel erboven.' },
    en: { message: (p) => `the YAML cannot be read here (${p.detail})`, hint: () => 'Check indentation, colons and quotes on this line and the one above.' },
  },
  'too-many-problems': {
    nl: { message: (p) => `na ${p.max} problemen in dit bestand wordt gestopt`, hint: () => 'Los eerst de problemen hierboven op en controleer dan opnieuw. Is dit wel het juiste bestand?' },
    en: { message: (p) => `stopped after ${p.max} problems in this file`, hint: () => 'Fix the problems above first, then check again. Is this the right file?' },
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
    nl: {
      message: (p) => `${fieldLabel('nl', p)} moet ${typeName('nl', p.expected)} zijn, maar ${p.got === 'empty' ? 'is leeg' : `is ${typeName('nl', p.got)}${shownValue(p)}`}`,
      hint: (p) => wrongTypeHint('nl', p),
    },
    en: {
      message: (p) => `${fieldLabel('en', p)} ${p.got === 'empty' ? 'is empty' : `is ${typeName('en', p.got)}${shownValue(p)}`}, but ${typeName('en', p.expected)} is expected here`,
      hint: (p) => wrongTypeHint('en', p),
    },
  },
  'yaml11-boolean': {
    nl: { message: (p) => `${q(p.field)} moet true of false zijn, niet ${q(p.value)}`, hint: () => 'Oudere YAML las yes/no/on/off als ja of nee; dit plan gebruikt YAML 1.2: schrijf true of false.' },
    en: { message: (p) => `${q(p.field)} takes true or false, not ${q(p.value)}`, hint: () => 'Older YAML read yes/no/on/off as booleans; this plan uses YAML 1.2: write true or false.' },
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
    nl: { message: (p) => `${q(p.field)} ${limitText('nl', p).rule}, maar is ${p.value}`, hint: (p) => limitText('nl', p).hint },
    en: { message: (p) => `${q(p.field)} is ${p.value}, but it ${limitText('en', p).rule}`, hint: (p) => limitText('en', p).hint },
  },
  'invalid-choice': {
    nl: { message: (p) => `${q(p.value)} is geen geldige keuze voor ${q(p.field)}${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Mogelijke waarden: ${p.allowed}.` },
    en: { message: (p) => `${q(p.value)} is not a valid choice for ${q(p.field)}${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Possible values: ${p.allowed}.` },
  },
  'invalid-id': {
    nl: { message: (p) => `${q(p.value)} is geen geldige id`, hint: (p) => `Een id bestaat uit kleine letters, cijfers en streepjes, zonder spaties, en begint of eindigt niet met een streepje${maybe(p.suggestion, (s) => `, bv. ${q(s)}`)}.` },
    en: { message: (p) => `${q(p.value)} is not a valid id`, hint: (p) => `An id consists of lower-case letters, digits and dashes, without spaces, and does not start or end with a dash${maybe(p.suggestion, (s) => `, e.g. ${q(s)}`)}.` },
  },
  'invalid-date': {
    nl: {
      message: (p) => (p.range !== undefined ? `${q(p.value)} ligt niet tussen 1900 en 2100` : p.days === undefined ? `${q(p.value)} is geen geldige datum` : `${q(p.value)} bestaat niet in de kalender`),
      hint: (p) =>
        p.range !== undefined
          ? 'Controleer het jaartal: een datum in een beleidsplan ligt tussen 1900 en 2100, bv. 2025-03-31.'
          : p.days === undefined
            ? 'Schrijf een datum als JJJJ-MM-DD, bv. 2025-03-31.'
            : `${monthName('nl', p.month)} ${p.year} telt ${p.days} dagen. Controleer de dag en de maand.`,
    },
    en: {
      message: (p) => (p.range !== undefined ? `${q(p.value)} is not between 1900 and 2100` : p.days === undefined ? `${q(p.value)} is not a valid date` : `${q(p.value)} does not exist in the calendar`),
      hint: (p) =>
        p.range !== undefined
          ? 'Check the year: a date in a policy plan lies between 1900 and 2100, e.g. 2025-03-31.'
          : p.days === undefined
            ? 'Write a date as YYYY-MM-DD, e.g. 2025-03-31.'
            : `${monthName('en', p.month)} ${p.year} has ${p.days} days. Check the day and the month.`,
    },
  },
  'invalid-colour': {
    nl: { message: (p) => `${q(p.value)} is geen geldige kleur`, hint: () => 'Schrijf een kleur als # en zes hexadecimale tekens, tussen aanhalingstekens: "#1d4f91".' },
    en: { message: (p) => `${q(p.value)} is not a valid colour`, hint: () => 'Write a colour as # and six hex digits, in quotes: "#1d4f91".' },
  },
  'invalid-email': {
    nl: {
      message: (p) => `${q(p.value)} is geen geldig e-mailadres`,
      hint: (p) => `Een e-mailadres heeft de vorm naam@gemeente.be: één @, een domein met een punt, en geen spaties.${String(p.value).includes('@') ? '' : ' In dit adres ontbreekt de @.'}`,
    },
    en: {
      message: (p) => `${q(p.value)} is not a valid e-mail address`,
      hint: (p) => `An e-mail address looks like name@town.be: one @, a domain with a dot, and no spaces.${String(p.value).includes('@') ? '' : ' This address has no @.'}`,
    },
  },
  'invisible-text': {
    nl: { message: (p) => `${q(p.field)} bevat geen enkel zichtbaar teken`, hint: () => 'Schrijf er letters of cijfers in: spaties en stuurtekens alleen blijven onzichtbaar op de voorpagina en in de titel van de PDF.' },
    en: { message: (p) => `${q(p.field)} holds no visible character`, hint: () => 'Write letters or digits: spaces and control characters alone stay invisible on the cover and in the title of the PDF.' },
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
    nl: {
      message: (p) => `${p.field ? `de waarde van ${q(p.field)}` : 'deze waarde'} is hier niet toegelaten${maybe(p.keyword, (k) => ` (schemaregel "${k}")`)}`,
      hint: (p) => `Wat hier mag, staat bij dit veld in ${p.schema ? q(p.schema) : 'de schema\'s'} van beleidsplan; de naam van de regel helpt wie u ondersteunt.`,
    },
    en: {
      message: (p) => `${p.field ? `the value of ${q(p.field)}` : 'this value'} is not allowed here${maybe(p.keyword, (k) => ` (schema rule "${k}")`)}`,
      hint: (p) => `What is allowed here is described at this field in ${p.schema ? q(p.schema) : 'the schemas'} of beleidsplan; the name of the rule helps whoever supports you.`,
    },
  },
  'duplicate-id': {
    nl: { message: (p) => `de id ${q(p.id)} wordt al gebruikt (${p.first})`, hint: () => 'Elke id is uniek; verwijzingen zouden anders niet eenduidig zijn. Kies een andere id.' },
    en: { message: (p) => `the id ${q(p.id)} is already used (${p.first})`, hint: () => 'Every id is unique; otherwise references would be ambiguous. Choose another id.' },
  },
  'unknown-stakeholder': {
    nl: { message: (p) => `${q(p.id)} is geen gekende partner of overlegorgaan${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Gebruik de id van een partner of overlegorgaan uit stakeholders.yaml, of voeg die daar toe.${maybe(p.known, (k) => ` Gekende ids: ${k}.`)}` },
    en: { message: (p) => `${q(p.id)} is not a known partner or body${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Use the id of a partner or body in stakeholders.yaml, or add it there.${maybe(p.known, (k) => ` Known ids: ${k}.`)}` },
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
  'risk-level-out-of-scale': {
    nl: {
      message: (p) => `risico ${q(p.label)} staat op ${p.scale === 'likelihood' ? 'kans' : 'impact'} ${p.level}, maar de schaal "${p.scale}" heeft maar ${p.levels} niveaus`,
      hint: (p) => `Het niveau is een nummer: 1 is het eerste (laagste) niveau van "${p.scale}". Kies een nummer van 1 tot ${p.levels}, of voeg een niveau toe aan de schaal.`,
    },
    en: {
      message: (p) => `risk ${q(p.label)} is at ${p.scale} ${p.level}, but the scale "${p.scale}" has only ${p.levels} levels`,
      hint: (p) => `The level is a number: 1 is the first (lowest) level of "${p.scale}". Choose a number from 1 to ${p.levels}, or add a level to the scale.`,
    },
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
  'structure-unknown-part': {
    nl: { message: (p) => `${q(p.id)} is geen deel van een plan${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => `Gebruik een van deze delen: ${p.known}. Een extra hoofdstuk plaatst u met "- chapter: <id>".` },
    en: { message: (p) => `${q(p.id)} is not a part of a plan${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => `Use one of these parts: ${p.known}. Place an extra chapter with "- chapter: <id>".` },
  },
  'structure-unknown-chapter': {
    nl: { message: (p) => `${q(p.id)} is geen extra hoofdstuk van dit plan${maybe(p.suggestion, (s) => ` — bedoelt u ${q(s)}?`)}`, hint: (p) => (p.known ? `Gebruik de id van een hoofdstuk onder "chapters:" in plan.yaml: ${p.known}.` : 'Dit plan heeft nog geen extra hoofdstukken. Voeg het hoofdstuk toe onder "chapters:" in plan.yaml, met een id, of schrap deze regel.') },
    en: { message: (p) => `${q(p.id)} is not an extra chapter of this plan${maybe(p.suggestion, (s) => ` — did you mean ${q(s)}?`)}`, hint: (p) => (p.known ? `Use the id of a chapter under "chapters:" in plan.yaml: ${p.known}.` : 'This plan has no extra chapters yet. Add the chapter under "chapters:" in plan.yaml, with an id, or delete this line.') },
  },
  'structure-duplicate-part': {
    nl: { message: (p) => `${q(p.id)} staat al eerder in de volgorde (${p.first})`, hint: () => 'Elk deel en elk hoofdstuk komt één keer in het document. Schrap een van beide regels.' },
    en: { message: (p) => `${q(p.id)} is already listed earlier in the order (${p.first})`, hint: () => 'Each part and each chapter appears once in the document. Delete one of the two lines.' },
  },
  'structure-part-not-shown': {
    nl: { message: (p) => `${q(p.field)} in ${p.file} staat niet in het document: de volgorde van de structuur ${q(p.preset)} heeft geen deel ${q(p.id)}`, hint: (p) => `Zet ${q(p.id)} op de gewenste plaats in "structure: parts:" in plan.yaml, of laat ${q(p.field)} weg.` },
    en: { message: (p) => `${q(p.field)} in ${p.file} is not in the document: the order of the structure ${q(p.preset)} has no part ${q(p.id)}`, hint: (p) => `Put ${q(p.id)} where you want it in "structure: parts:" in plan.yaml, or leave ${q(p.field)} out.` },
  },
  'structure-part-empty': {
    nl: { message: (p) => `het deel ${q(p.id)} hoort bij de structuur ${q(p.preset)}, maar het plan heeft er niets voor; het blijft uit het document`, hint: (p) => `Vul ${q(p.field)} in ${p.file} in, of kies een structuur zonder dit deel met "structure: parts:".` },
    en: { message: (p) => `the part ${q(p.id)} belongs to the structure ${q(p.preset)}, but the plan has nothing for it; it is left out of the document`, hint: (p) => `Fill in ${q(p.field)} in ${p.file}, or choose an order without this part with "structure: parts:".` },
  },
  'action-number-missing': {
    nl: { message: (p) => `de actie ${q(p.id)} heeft geen eigen nummer, terwijl plan.yaml "actionNumbers: own" zegt`, hint: () => 'Geef de actie een nummer ("number: 12"), of kies in plan.yaml "actionNumbers: computed" of "continuous" om de nummers te laten berekenen.' },
    en: { message: (p) => `the action ${q(p.id)} has no number of its own, while plan.yaml says "actionNumbers: own"`, hint: () => 'Give the action a number ("number: 12"), or choose "actionNumbers: computed" or "continuous" in plan.yaml to have the numbers computed.' },
  },
  'action-number-duplicate': {
    nl: { message: (p) => `het actienummer ${q(p.number)} wordt al gebruikt (${p.first})`, hint: () => 'Elk actienummer komt één keer voor, zodat een verwijzing naar "actie 12" eenduidig is. Kies een ander nummer.' },
    en: { message: (p) => `the action number ${q(p.number)} is already used (${p.first})`, hint: () => 'Every action number is used once, so that a reference to "action 12" is unambiguous. Choose another number.' },
  },
  'action-number-unused': {
    nl: { message: (p) => `de actie ${q(p.id)} heeft een eigen nummer, maar plan.yaml laat de nummers berekenen`, hint: () => 'Zet in plan.yaml "structure: { actionNumbers: own }" om de eigen nummers te tonen, of schrap "number:" hier.' },
    en: { message: (p) => `the action ${q(p.id)} has a number of its own, but plan.yaml has the numbers computed`, hint: () => 'Set "structure: { actionNumbers: own }" in plan.yaml to show the own numbers, or delete "number:" here.' },
  },
} satisfies Record<string, Entry>;

