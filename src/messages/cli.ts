import { pick, SAME_AS_NL_BE, type Localised, type MessageLanguage } from './language.js';

// The words of the command line itself: help, examples, exit statuses, usage errors and what
// render and report print while they run, in Dutch (the default) and English (`--lang en`).
// The other areas of the catalogue sit beside this file in src/messages/.

const exitCodes = {
  nl: (extra = '') => `Afsluitstatus:\n  0  gelukt (waarschuwingen mogen, behalve met --strict)\n  1  problemen in een plan${extra}\n  2  gebruiksfout: onbekende optie, map bestaat niet, uitvoer niet schrijfbaar`,
  en: (extra = '') => `Exit status:\n  0  success (warnings allowed, unless --strict)\n  1  problems in a plan${extra}\n  2  usage problem: unknown option, missing folder, output not writable`,
};

const nl = {
  program: 'Maakt van een map met YAML-bestanden een lokaal alcohol- en drugbeleidsplan.',
  titles: { 'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Arguments:': 'Argumenten:', 'Commands:': 'Opdrachten:', 'Global Options:': 'Algemene opties:' } as Record<string, string>,
  choices: 'keuze',
  usageWords: { options: '[opties]', command: '[opdracht]', dirs: 'mappen', dir: 'map', id: 'regel' },
  default: 'standaard',
  help: 'toon deze hulp',
  helpCommand: 'toon de hulp bij een opdracht',
  version: 'toon het versienummer',
  lang: 'taal van de meldingen en de hulp: nl (Vlaams), nl-NL (Nederlands) of en (standaard: de taal van het plan, anders nl)',
  color: 'kleur in de uitvoer, ook in een pipe',
  noColor: 'geen kleur in de uitvoer',
  programAfter: `
Voorbeelden:
  plan init mijn-gemeente --municipality "Mijn Gemeente"
  plan validate mijn-gemeente
  plan render mijn-gemeente --pdf
  plan validate plannen/*            alle plannen in één keer
  plan validate --help --lang en     help in English

Kleur volgt NO_COLOR, FORCE_COLOR (0, 1, 2, 3) en --color/--no-color.

${exitCodes.nl()}`,
  validate: {
    description: 'controleer de YAML-bestanden van een of meer plannen: syntaxis, schema\'s, verwijzingen en domeinregels',
    dirs: 'map(pen) van het plan; ook een patroon zoals plannen/* (standaard: de huidige map)',
    format: 'uitvoer: stylish (leesbaar), json, github (annotaties in GitHub Actions) of sarif (code scanning)',
    strict: 'sluit ook af met status 1 bij waarschuwingen, niet alleen bij fouten',
    after: `
Voorbeelden:
  plan validate                                  het plan in de huidige map
  plan validate examples/brugge                  één plan
  plan validate plannen/*                        alle plannen, één verslag per plan en een totaal
  plan validate plannen/* --format github        annotaties op de juiste regels in GitHub Actions
  plan validate plannen/* --format sarif > plan.sarif
  plan validate . --format json --strict

De json-uitvoer volgt schemas/reports/validate-report.schema.json. Met meer dan één plan is de
afsluitstatus de ergste van alle plannen.

${exitCodes.nl()}`,
  },
  render: {
    description: 'maak het plandocument: HTML en Markdown, en PDF met --pdf; meerdere plannen tegelijk, één per processorkern',
    dirs: 'map(pen) van het plan; ook een patroon zoals plannen/* (standaard: de huidige map)',
    out: 'map voor de bestanden (standaard: <map>/out); met meer plannen of een patroon: <out>/<naam van de map>',
    format: 'formaten, gescheiden door komma\'s: html, md, pdf',
    pdf: 'maak ook de PDF voor het raadsdossier',
    templates: 'map met html/- en markdown/-deelsjablonen die de meegeleverde vervangen',
    after: `
Voorbeelden:
  plan render examples/brugge --pdf              HTML, Markdown en PDF in examples/brugge/out
  plan render . --format pdf --out dist          alleen de PDF, in dist/
  plan render plannen/* --pdf                    elk plan in zijn eigen out/, verdeeld over de kernen

Met fouten in een plan wordt voor dat plan niets geschreven.

${exitCodes.nl(' (er is niets geschreven voor dat plan)')}`,
  },
  report: {
    description: 'maak het jaarlijkse voortgangsrapport uit monitoring/<jaar>.yaml: HTML en Markdown, en PDF met --pdf',
    dir: 'map van het plan (standaard: de huidige map)',
    year: 'jaar van het rapport (standaard: het laatste jaar in monitoring/)',
    out: 'map voor de rapportbestanden (standaard: <map>/out)',
    format: 'formaten, gescheiden door komma\'s: html, md, pdf',
    pdf: 'maak ook de PDF voor het raadsdossier',
    templates: 'map met html/- en markdown/-deelsjablonen die de meegeleverde vervangen',
    after: `
Voorbeelden:
  plan report examples/brugge --year 2023 --pdf  report-2023.html, .md en .pdf in examples/brugge/out
  plan report . --out rapporten                  het laatste jaar, in rapporten/

Met fouten in het plan of de monitoringbestanden wordt niets geschreven.

${exitCodes.nl(' of in de monitoringbestanden, of geen bestand voor dat jaar (er is niets geschreven)')}`,
  },
  preview: {
    description: 'toon het plan in de browser en werk het bij bij elke bewaring, tot Ctrl-C',
    dir: 'map van het plan (standaard: de huidige map)',
    port: 'poort op 127.0.0.1 (standaard: een vrije poort)',
    open: 'open de voorvertoning in de standaardbrowser',
    templates: 'map met html/-deelsjablonen die de meegeleverde vervangen (ook die worden gevolgd)',
    after: `
Voorbeelden:
  plan preview examples/brugge --open            open het plan in de browser
  plan preview . --port 8080                     op http://127.0.0.1:8080/

Er wordt niets in de map van het plan geschreven; stop met Ctrl-C.

Afsluitstatus:
  0  gestopt met Ctrl-C
  2  gebruiksfout: onbekende optie, map bestaat niet, poort bezet`,
  },
  init: {
    description: 'begin een nieuw plan: de vijf YAML-bestanden met uitleg, de schema\'s, een README en een .gitignore',
    dir: 'map voor het nieuwe plan (wordt gemaakt als ze ontbreekt)',
    municipality: 'naam van de gemeente',
    municipalities: 'meerdere gemeenten voor een intergemeentelijk plan, gescheiden door komma\'s',
    period: 'eerste en laatste jaar van de beleidsperiode, bv. 2026-2031',
    model: 'pijlermodel: brugge, vlaams-integraal of trimbos',
    language: 'taal van het plan: nl-BE, nl-NL of en',
    yes: 'vraag niets: gebruik de opties en de standaardwaarden',
    force: 'vervang planbestanden die al in de map staan',
    after: `
Voorbeelden:
  plan init mijn-gemeente --municipality "Mijn Gemeente" --period 2026-2031
  plan init kempen --municipalities "Geel,Mol,Balen" --model vlaams-integraal -y

In een terminal vraagt plan init wat de opties niet geven, met de standaardwaarde tussen
haakjes. Met --yes, of zonder terminal (een pipe, CI), vraagt het niets en gebruikt het de
standaardwaarden: taal nl-BE, de periode van volgend jaar, zes jaar lang, pijlermodel brugge
(trimbos voor nl-NL) en een TODO voor de naam van de gemeente.

De schema's komen in .schemas/ naast de plannen; elke YAML-regel "$schema" wijst er relatief
naar, zodat editors ook na het klonen van het plan blijven aanvullen en controleren.

Het vervangt nooit een bestand: staat plan.yaml, analysis.yaml, stakeholders.yaml,
mission.yaml, goals.yaml of README.md al in de map, dan noemt het ze, schrijft het niets en
sluit het af met status 2. --force vervangt ze (elk bestand in één keer). Een bestaande
.gitignore blijft altijd onaangeroerd.

Afsluitstatus: 0 geschreven, 2 een verkeerde optie of bestanden in de weg, 130 vragen afgebroken.`,
  },
  schema: {
    description: 'toon waar de JSON-schema\'s van de vijf planbestanden staan, of kopieer ze met --out',
    out: 'kopieer de vijf *.schema.json-bestanden naar deze map (wordt gemaakt als ze ontbreekt)',
    force: 'met --out: vervang schemabestanden die bestaan en verschillen',
    after: `
Voorbeelden:
  plan schema                     het pad van elk schema, één per regel
  plan schema --out .schemas      kopieer ze, bv. naast uw plannen

Zonder --out toont het het pad van elk meegeleverd schema, voor editorinstellingen en scripts.
Met --out kopieert het ze; een bestand dat al gelijk is blijft staan, een dat verschilt wordt
alleen met --force vervangen (anders wordt niets geschreven en is de afsluitstatus 2).

Afsluitstatus: 0 gelukt, 2 een verkeerde optie of bestanden die verschillen.`,
  },
  rules: {
    description: 'toon de domeinregels van plan validate, of leg één regel uit',
    id: 'de regel om uit te leggen',
    after: `
Voorbeelden:
  plan rules                   alle regels met hun standaardernst
  plan rules pillar-balance    waarom de regel bestaat, opties en een voorbeeld

Afsluitstatus: 0 gelukt, 2 onbekende regel.`,
  },
  usage: {
    seeHelp: (command: string) => `\`${command} --help\` toont de opties, voorbeelden en afsluitstatussen.`,
    unknownOption: (flag: string, suggestion?: string) => `onbekende optie '${flag}'${suggestion ? ` — bedoelt u ${suggestion}?` : '.'}`,
    unknownCommand: (name: string, suggestion?: string) => `onbekende opdracht '${name}'${suggestion ? ` — bedoelt u ${suggestion}?` : '.'} Opdrachten: validate, render, init, schema, rules.`,
    missingValue: (flag: string) => `de optie '${flag}' heeft een waarde nodig.`,
    invalidChoice: (flag: string, value: string, choices: string) => `'${value}' is geen geldige waarde voor ${flag}. Kies uit: ${choices}.`,
    tooMany: (expected: number, got: number) => `te veel argumenten: ${expected} verwacht, ${got} gekregen.`,
    missingArgument: (name: string) => `het argument '${name}' ontbreekt.`,
    other: (detail: string) => detail,
  },
  folder: {
    'folder-missing': (dir: string) => `De map '${dir}' bestaat niet. Geef de map van het plan op, bv. \`plan validate examples/brugge\`, of maak er een met \`plan init ${dir}\`.`,
    'folder-not-directory': (dir: string) => `'${dir}' is een bestand, geen map. Geef de map op waarin plan.yaml staat.`,
  },
  emptyValue: (flag: string, example: string) => `${flag} is leeg. Geef een waarde op, bv. ${example}, of laat ${flag} weg.`,
  noPlanMatches: (patterns: string[]) => `Geen plan gevonden voor ${patterns.map((p) => `'${p}'`).join(', ')}: geen enkele map die erbij past heeft een plan.yaml. Controleer het patroon, bv. \`plan validate 'plannen/*'\`.`,
  /** An error of plan's own code, never of the plan: the stack trace follows on the next lines. */
  bug: 'plan: onverwachte fout — dit is een fout in plan zelf, niet in uw plan. Meld ze met de uitvoer hieronder.',
  /** `plan render` while it runs: formats, output names, what was written. */
  renderRun: {
    unknownFormat: (f: string) => `Onbekend formaat '${f}'. Kies uit: html, md, pdf (bv. --format html,md).`,
    badSourceDate: (v: string) => `SOURCE_DATE_EPOCH is '${v}', geen geheel aantal seconden sinds 1970 (bv. 1767225600 voor 1 januari 2026). Pas de variabele aan of maak ze leeg; dan geldt de datum van het plan.`,
    written: 'Geschreven:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` toont ze.`,
    sameName: (a: string, b: string, name: string) => `'${a}' en '${b}' zouden allebei in --out/${name} komen. Render ze apart, elk met een eigen --out.`,
    cannotWrite: (path: string, reason: string) => `Kan '${path}' niet schrijven (${reason}). Kies een andere map met --out, pas de rechten van de map aan, of sluit het bestand als een ander programma het open heeft.`,
    unchanged: 'Geen enkel uitvoerbestand is gewijzigd.',
    changed: (files: string) => `Let op: deze bestanden zijn al vervangen en konden niet teruggezet worden: ${files}. De andere uitvoerbestanden zijn niet gewijzigd.`,
  },
  /** `plan report` while it runs. */
  reportRun: {
    badYear: (y: string) => `'${y}' is geen jaartal. Geef het jaar van het rapport met vier cijfers, bv. --year 2023.`
  },
};

type CliText = typeof nl;

const en: CliText = {
  program: 'Turn a folder of YAML files into a local alcohol-and-drug policy plan.',
  titles: {},
  choices: 'choices',
  usageWords: { options: '[options]', command: '[command]', dirs: 'dirs', dir: 'dir', id: 'id' },
  default: 'default',
  help: 'show this help',
  helpCommand: 'show the help of a command',
  version: 'show the version number',
  lang: 'language of the messages and the help: nl (Flemish), nl-NL (Netherlands) or en (default: the plan\'s language, else nl)',
  color: 'colour in the output, even in a pipe',
  noColor: 'no colour in the output',
  programAfter: `
Examples:
  plan init my-town --municipality "My Town" --language en
  plan validate my-town
  plan render my-town --pdf
  plan validate plans/*              every plan in one run
  plan validate --help               help in Dutch (the default)

Colour follows NO_COLOR, FORCE_COLOR (0, 1, 2, 3) and --color/--no-color.

${exitCodes.en()}`,
  validate: {
    description: 'check the YAML files of one or more plans: syntax, schemas, references and domain rules',
    dirs: 'plan folder(s); also a pattern such as plans/* (default: the current folder)',
    format: 'output: stylish (for people), json, github (GitHub Actions annotations) or sarif (code scanning)',
    strict: 'exit with status 1 on warnings too, not only on errors',
    after: `
Examples:
  plan validate                                  the plan in the current folder
  plan validate examples/brugge                  one plan
  plan validate plans/*                          every plan, a report for each and a total
  plan validate plans/* --format github          annotations on the right lines in GitHub Actions
  plan validate plans/* --format sarif > plan.sarif
  plan validate . --format json --strict

The json output follows schemas/reports/validate-report.schema.json. With more than one plan the
exit status is the worst of all plans.

${exitCodes.en()}`,
  },
  render: {
    description: 'render the plan document: HTML and Markdown, and PDF with --pdf; several plans at once, one per processor core',
    dirs: 'plan folder(s); also a pattern such as plans/* (default: the current folder)',
    out: 'folder for the files (default: <dir>/out); with several plans or a pattern: <out>/<folder name>',
    format: 'comma-separated formats: html, md, pdf',
    pdf: 'also render the PDF for the council packet',
    templates: 'folder with html/ and markdown/ partials that replace shipped ones',
    after: `
Examples:
  plan render examples/brugge --pdf              HTML, Markdown and PDF in examples/brugge/out
  plan render . --format pdf --out dist          only the PDF, in dist/
  plan render plans/* --pdf                      each plan into its own out/, spread over the cores

A plan with errors gets no files written.

${exitCodes.en(' (nothing was written for that plan)')}`,
  },
  report: {
    description: 'render the yearly progress report from monitoring/<year>.yaml: HTML and Markdown, and PDF with --pdf',
    dir: 'folder of the plan (default: the current folder)',
    year: 'year of the report (default: the latest year in monitoring/)',
    out: 'folder for the report files (default: <dir>/out)',
    format: 'comma-separated formats: html, md, pdf',
    pdf: 'also render the PDF for the council packet',
    templates: 'folder with html/ and markdown/ partials that replace shipped ones',
    after: `
Examples:
  plan report examples/brugge --year 2023 --pdf  report-2023.html, .md and .pdf in examples/brugge/out
  plan report . --out reports                    the latest year, in reports/

With errors in the plan or its monitoring files nothing is written.

${exitCodes.en(' or its monitoring files, or no file for that year (nothing was written)')}`,
  },
  preview: {
    description: 'show the plan in the browser and update it on every save, until Ctrl-C',
    dir: 'folder of the plan (default: the current folder)',
    port: 'port on 127.0.0.1 (default: a free port)',
    open: 'open the preview in the default browser',
    templates: 'folder with html/ partials that replace shipped ones (watched too)',
    after: `
Examples:
  plan preview examples/brugge --open            open the plan in the browser
  plan preview . --port 8080                     at http://127.0.0.1:8080/

Nothing is written into the plan folder; stop with Ctrl-C.

Exit status:
  0  stopped with Ctrl-C
  2  usage problem: unknown option, missing folder, port in use`,
  },
  init: {
    description: 'start a new plan: the five YAML files with guidance, the schemas, a README and a .gitignore',
    dir: 'folder for the new plan (created when missing)',
    municipality: 'name of the municipality',
    municipalities: 'several municipalities for an intermunicipal plan, separated by commas',
    period: 'first and last year of the policy period, such as 2026-2031',
    model: 'pillar model: brugge, vlaams-integraal or trimbos',
    language: 'language of the plan: nl-BE, nl-NL or en',
    yes: 'ask nothing: use the flags and the defaults',
    force: 'replace plan files that already exist in the folder',
    after: `
Examples:
  plan init my-town --municipality "My Town" --language en
  plan init kempen --municipalities "Geel,Mol,Balen" --model vlaams-integraal -y

In a terminal, plan init asks for what the flags do not give, with the default in brackets.
With --yes, or when input is not a terminal (a pipe, CI), it asks nothing and uses the
defaults: language nl-BE, the period from next year for six years, pillar model brugge
(trimbos for nl-NL) and a TODO for the municipality's name.

The schemas go into .schemas/ beside the plans; each YAML file's "$schema" line points there
relatively, so editors keep completing and checking after the plan is cloned.

It never replaces a file: when plan.yaml, analysis.yaml, stakeholders.yaml, mission.yaml,
goals.yaml or README.md already exists in the folder, it names them, writes nothing and
exits with status 2. --force replaces them (each file atomically). An existing .gitignore
is always left alone.

Exit status: 0 written, 2 a wrong flag value or files in the way, 130 questions broken off.`,
  },
  schema: {
    description: 'show where the JSON Schemas of the five plan files are, or copy them with --out',
    out: 'copy the five *.schema.json files into this folder (created when missing)',
    force: 'with --out: replace schema files that exist and differ',
    after: `
Examples:
  plan schema                     the path of each schema, one a line
  plan schema --out .schemas      copy them, for instance beside your plans

Without --out, prints the path of each shipped schema, one a line, for editor settings and
scripts. With --out, copies them; a file that is already identical is left as it is, one
that differs is only replaced with --force (otherwise nothing is written and the exit
status is 2).

Exit status: 0 done, 2 a wrong flag value or files that differ.`,
  },
  rules: {
    description: 'list the domain rules of plan validate, or explain one rule',
    id: 'the rule to explain',
    after: `
Examples:
  plan rules                   every rule with its default severity
  plan rules pillar-balance    why the rule exists, its options and an example

Exit status: 0 done, 2 unknown rule.`,
  },
  usage: {
    seeHelp: (command: string) => `\`${command} --help\` shows the options, examples and exit statuses.`,
    unknownOption: (flag: string, suggestion?: string) => `unknown option '${flag}'${suggestion ? ` — did you mean ${suggestion}?` : '.'}`,
    unknownCommand: (name: string, suggestion?: string) => `unknown command '${name}'${suggestion ? ` — did you mean ${suggestion}?` : '.'} Commands: validate, render, init, schema, rules.`,
    missingValue: (flag: string) => `the option '${flag}' needs a value.`,
    invalidChoice: (flag: string, value: string, choices: string) => `'${value}' is not a valid value for ${flag}. Choose from: ${choices}.`,
    tooMany: (expected: number, got: number) => `too many arguments: expected ${expected}, got ${got}.`,
    missingArgument: (name: string) => `the argument '${name}' is missing.`,
    other: (detail: string) => detail,
  },
  folder: {
    'folder-missing': (dir: string) => `The folder '${dir}' does not exist. Name the plan's folder, e.g. \`plan validate examples/brugge\`, or create one with \`plan init ${dir}\`.`,
    'folder-not-directory': (dir: string) => `'${dir}' is a file, not a folder. Name the folder that holds plan.yaml.`,
  },
  emptyValue: (flag: string, example: string) => `${flag} is empty. Give a value, e.g. ${example}, or leave ${flag} out.`,
  noPlanMatches: (patterns: string[]) => `No plan found for ${patterns.map((p) => `'${p}'`).join(', ')}: no folder that matches holds a plan.yaml. Check the pattern, e.g. \`plan validate 'plans/*'\`.`,
  bug: 'plan: unexpected error — this is a bug in plan, please report it with the output below.',
  /** `plan render` while it runs: formats, output names, what was written. */
  renderRun: {
    unknownFormat: (f: string) => `Unknown format '${f}'. Choose from: html, md, pdf (e.g. --format html,md).`,
    badSourceDate: (v: string) => `SOURCE_DATE_EPOCH is '${v}', not a whole number of seconds since 1970 (e.g. 1767225600 for 1 January 2026). Fix the variable or empty it; the plan's own date is used then.`,
    written: 'Written:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` lists them.`,
    sameName: (a: string, b: string, name: string) => `'${a}' and '${b}' would both go into --out/${name}. Render them apart, each with its own --out.`,
    cannotWrite: (path: string, reason: string) => `Cannot write '${path}' (${reason}). Choose another folder with --out, fix the folder's permissions, or close the file if another program has it open.`,
    unchanged: 'No output file was changed.',
    changed: (files: string) => `Note: these files were already replaced and could not be put back: ${files}. The other output files are unchanged.`,
  },
  /** `plan report` while it runs. */
  reportRun: {
    badYear: (y: string) => `'${y}' is not a year. Give the report's year in four digits, e.g. --year 2023.`
  },
};

// The command line speaks the same Dutch in Belgium and the Netherlands.
const texts: Localised<CliText> = { nl, 'nl-NL': SAME_AS_NL_BE, en };

export function cliText(lang: MessageLanguage): CliText {
  return pick(texts, lang);
}

/** The one list of `--lang` values, for every command. */
export const langChoices = ['nl', 'en', 'nl-BE', 'nl-NL'] as const;
