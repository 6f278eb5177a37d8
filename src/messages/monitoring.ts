import type { MessageParams } from './language.js';
import type { MessageEntry } from './language.js';

const q = (value: unknown): string => `'${String(value)}'`;
const mean = (p: MessageParams, words: string): string => (p.suggestion ? ` — ${words} ${q(p.suggestion)}?` : '');
const knownNl = (p: MessageParams): string => (p.known ? ` Gekende ids: ${p.known}.` : ' Het plan heeft er nog geen.');
const knownEn = (p: MessageParams): string => (p.known ? ` Known ids: ${p.known}.` : ' The plan has none yet.');

/** Diagnostics about monitoring files (monitoring/<year>.yaml) and the monitoring rules. */
export const monitoringMessages = {
  'report-year-missing': {
    nl: {
      message: (p) => `er is geen monitoringbestand voor ${p.year}`,
      hint: (p) => (p.years ? `Maak monitoring/${p.year}.yaml aan met de metingen, de stand van de acties en de uitgaven van dat jaar, of kies een jaar met gegevens: ${p.years} (bv. --year ${p.latest}).` : `Maak de map monitoring/ aan met een bestand per jaar, zoals monitoring/${p.year}.yaml; de README van \`plan init\` legt uit wat erin komt.`),
    },
    en: {
      message: (p) => `there is no monitoring file for ${p.year}`,
      hint: (p) => (p.years ? `Create monitoring/${p.year}.yaml with that year's measurements, action statuses and spending, or choose a year with data: ${p.years} (e.g. --year ${p.latest}).` : `Create the folder monitoring/ with one file per year, such as monitoring/${p.year}.yaml; the README of \`plan init\` explains what goes in it.`),
    },
  },
  'monitoring-not-a-folder': {
    nl: { message: (p) => `${q(p.folder)} is een bestand, waar de monitoringgegevens een map nodig hebben`, hint: () => 'Monitoringgegevens staan in de map monitoring/, één bestand per jaar: monitoring/2023.yaml. Geef het bestand een andere naam.' },
    en: { message: (p) => `${q(p.folder)} is a file, where the monitoring data needs a folder`, hint: () => 'Monitoring data lives in the folder monitoring/, one file per year: monitoring/2023.yaml. Rename the file.' },
  },
  'monitoring-file-name': {
    nl: { message: (p) => `de naam van ${q(p.file)} is geen jaartal`, hint: () => 'Een monitoringbestand heet naar het jaar dat het beschrijft, bv. monitoring/2023.yaml. Hernoem het bestand, of zet het buiten de map monitoring/.' },
    en: { message: (p) => `the name of ${q(p.file)} is not a year`, hint: () => 'A monitoring file is named after the year it describes, e.g. monitoring/2023.yaml. Rename it, or move it out of the monitoring/ folder.' },
  },
  'monitoring-year-twice': {
    nl: { message: (p) => `er is al een monitoringbestand voor ${p.year}`, hint: () => 'Houd één bestand per jaar: voeg de gegevens samen in monitoring/<jaar>.yaml en verwijder het andere (.yml en .yaml tellen als hetzelfde jaar).' },
    en: { message: (p) => `there already is a monitoring file for ${p.year}`, hint: () => 'Keep one file per year: merge the data into monitoring/<year>.yaml and remove the other (.yml and .yaml count as the same year).' },
  },
  'unknown-indicator': {
    nl: {
      message: (p) => `${q(p.id)} is geen indicator van het plan${mean(p, 'bedoelt u')}`,
      hint: (p) =>
        p.withoutId
          ? `Een meting verwijst naar de "id:" van een indicator in goals.yaml. ${p.withoutId} ${p.withoutId === 1 ? 'indicator heeft' : 'indicatoren hebben'} nog geen id, bv. ${q(p.example)} (${p.at}): geef ze een id, zoals id: ${q(p.id)}, en gebruik die hier.${knownNl(p)}`
          : `Gebruik de "id:" van een indicator in goals.yaml.${knownNl(p)}`,
    },
    en: {
      message: (p) => `${q(p.id)} is not an indicator of the plan${mean(p, 'did you mean')}`,
      hint: (p) =>
        p.withoutId
          ? `A measurement refers to the "id:" of an indicator in goals.yaml. ${p.withoutId} ${p.withoutId === 1 ? 'indicator has' : 'indicators have'} no id yet, e.g. ${q(p.example)} (${p.at}): give them one, such as id: ${q(p.id)}, and use it here.${knownEn(p)}`
          : `Use the "id:" of an indicator in goals.yaml.${knownEn(p)}`,
    },
  },
  'unknown-work-item': {
    nl: { message: (p) => `${q(p.id)} is geen actie of operationele doelstelling van het plan${mean(p, 'bedoelt u')}`, hint: (p) => `Gebruik de "id:" van een actie of operationele doelstelling in goals.yaml.${knownNl(p)}` },
    en: { message: (p) => `${q(p.id)} is not an action or operational goal of the plan${mean(p, 'did you mean')}`, hint: (p) => `Use the "id:" of an action or operational goal in goals.yaml.${knownEn(p)}` },
  },
  'unknown-budget-line': {
    nl: {
      message: (p) => `${q(p.id)} is geen begrotingslijn van het plan${mean(p, 'bedoelt u')}`,
      hint: (p) =>
        `Gebruik de "id:" van een lijn van "budget: items:" in plan.yaml, of van een doelstelling of actie met een "budget:" in goals.yaml.` +
        (p.withoutId ? ` ${p.withoutId} ${p.withoutId === 1 ? 'lijn' : 'lijnen'} in plan.yaml ${p.withoutId === 1 ? 'heeft' : 'hebben'} nog geen id, bv. ${q(p.example)} (${p.at}): geef ${p.withoutId === 1 ? 'ze' : 'ze elk'} een id.` : '') +
        knownNl(p),
    },
    en: {
      message: (p) => `${q(p.id)} is not a budget line of the plan${mean(p, 'did you mean')}`,
      hint: (p) =>
        `Use the "id:" of a line under "budget: items:" in plan.yaml, or of a goal or action with a "budget:" in goals.yaml.` +
        (p.withoutId ? ` ${p.withoutId} ${p.withoutId === 1 ? 'line' : 'lines'} in plan.yaml ${p.withoutId === 1 ? 'has' : 'have'} no id yet, e.g. ${q(p.example)} (${p.at}): give ${p.withoutId === 1 ? 'it' : 'each'} an id.` : '') +
        knownEn(p),
    },
  },
  'monitoring-duplicate': {
    nl: { message: (p) => `${q(p.id)} staat al eerder in dit bestand (${p.first})`, hint: () => 'Noteer per jaar één meting per indicator en één status per actie; voeg de twee samen.' },
    en: { message: (p) => `${q(p.id)} already appears earlier in this file (${p.first})`, hint: () => 'Record one measurement per indicator and one status per action a year; merge the two.' },
  },
  'indicator-not-measured': {
    nl: { message: (p) => `de indicator ${q(p.name)} heeft geen meting in ${p.year}`, hint: (p) => `Voeg in ${p.file} bij "indicators:" een meting toe: - { indicator: ${p.id}, value: … }. Wordt ze niet jaarlijks gemeten, zet de regel dan op info: rules: { indicator-measured: info }.` },
    en: { message: (p) => `the indicator ${q(p.name)} has no measurement in ${p.year}`, hint: (p) => `Add a measurement under "indicators:" in ${p.file}: - { indicator: ${p.id}, value: … }. If it is not measured every year, set the rule to info: rules: { indicator-measured: info }.` },
  },
  'indicator-without-id': {
    nl: { message: (p) => `de indicator ${q(p.name)} heeft geen id en kan dus niet gemeten worden in ${p.file}`, hint: () => 'Geef de indicator een "id:", bv. id: scholen-met-drugbeleid, en noteer de meting in het monitoringbestand met indicator: <die id>. Een id blijft gelijk als u doelstellingen herschikt.' },
    en: { message: (p) => `the indicator ${q(p.name)} has no id, so it cannot be measured in ${p.file}`, hint: () => 'Give the indicator an "id:", e.g. id: schools-with-policy, and record its measurement in the monitoring file with indicator: <that id>. An id stays the same when goals are reordered.' },
  },
  'measurement-outside-period': {
    nl: { message: (p) => `deze meting valt in ${p.year}, buiten de planperiode ${p.start}-${p.end}`, hint: () => 'Controleer de datum ("date:") of de naam van het bestand; een nulmeting van voor het plan hoort bij "baseline:" van de indicator in goals.yaml.' },
    en: { message: (p) => `this measurement falls in ${p.year}, outside the plan period ${p.start}-${p.end}`, hint: () => 'Check the date ("date:") or the file name; a baseline from before the plan belongs under "baseline:" of the indicator in goals.yaml.' },
  },
  'done-before-start': {
    nl: { message: (p) => `${q(p.title)} staat in ${p.year} als afgerond, maar begint volgens goals.yaml pas in ${p.start}`, hint: () => 'Controleer de status in dit bestand, of pas "start:" van de actie in goals.yaml aan als ze vroeger begon.' },
    en: { message: (p) => `${q(p.title)} is done in ${p.year}, but goals.yaml says it only starts in ${p.start}`, hint: () => 'Check the status in this file, or change "start:" of the action in goals.yaml if it started earlier.' },
  },
  'spending-over-budget': {
    nl: { message: (p) => `de uitgaven voor ${q(p.label)} komen tot ${p.spent}, meer dan de ${p.budget} van de begroting`, hint: (p) => `Tot en met ${p.year} is ${p.spent} uitgegeven op deze lijn; het begrote bedrag staat in ${p.budgetFile}. Controleer het bedrag, of pas de begroting aan als de raad extra middelen goedkeurde.` },
    en: { message: (p) => `spending on ${q(p.label)} comes to ${p.spent}, more than the ${p.budget} budgeted`, hint: (p) => `Up to and including ${p.year}, ${p.spent} was spent on this line; the budgeted amount is in ${p.budgetFile}. Check the amount, or change the budget if the council approved extra money.` },
  },
} satisfies Record<string, MessageEntry>;
