import { pick, SAME_AS_NL_BE, type Localised, type MessageEntry, type MessageLanguage } from './language.js';

const q = (value: unknown): string => `'${String(value)}'`;

/** Problems only a running preview meets, reported like any other diagnostic. */
export const previewMessages = {
  'preview-folder-gone': {
    nl: { message: (p) => `de map van het plan ${q(p.dir)} ${p.kind === 'file' ? 'is nu een bestand' : 'bestaat niet meer'}`, hint: () => 'Zet de map terug (of herstel de naam); de preview werkt zichzelf bij zodra de bestanden er weer zijn.' },
    en: { message: (p) => `the plan folder ${q(p.dir)} ${p.kind === 'file' ? 'is now a file' : 'no longer exists'}`, hint: () => 'Put the folder back (or restore its name); the preview updates itself as soon as the files are there again.' },
  },
  'preview-render-failed': {
    nl: { message: () => 'het plan kon niet worden opgemaakt door een fout in plan zelf, niet in uw plan', hint: () => 'Meld de fout met wat de terminal erover toont. De laatste goede versie blijft zichtbaar; de volgende keer dat u opslaat, probeert de preview het opnieuw.' },
    en: { message: () => 'the plan could not be rendered because of a bug in plan itself, not in your plan', hint: () => 'Please report the bug with what the terminal shows about it. The last good version stays visible; the preview tries again on your next save.' },
  },
} satisfies Record<string, MessageEntry>;

/** Every sentence the preview shows in the browser and prints in the terminal. */
export interface PreviewText {
  /** Browser: the overlay and the toolbar. */
  page: {
    problems: (errors: number) => string;
    warnings: (warnings: number) => string;
    lastGoodBelow: string;
    nothingYet: string;
    noDocumentTitle: string;
    waiting: string;
    disconnected: string;
    close: string;
    pdfTitle: string;
  };
  /** Terminal. */
  listening: (url: string) => string;
  watching: (files: string) => string;
  stopHint: string;
  updated: (what: string, ms: number) => string;
  problemsShown: string;
  stopped: string;
  portInUse: (port: number) => string;
  portNotAllowed: (port: number) => string;
  badPort: (value: string) => string;
  openFailed: (url: string) => string;
}

const previewTexts: Localised<PreviewText> = {
  'nl-NL': SAME_AS_NL_BE,
  nl: {
    page: {
      problems: (n) => (n === 1 ? '1 fout in het plan' : `${n} fouten in het plan`),
      warnings: (n) => (n === 1 ? '1 waarschuwing' : `${n} waarschuwingen`),
      lastGoodBelow: 'Hieronder staat de laatste versie zonder fouten. Sla het bestand opnieuw op na de verbetering; dit venster verdwijnt dan vanzelf.',
      nothingYet: 'Er is nog geen versie zonder fouten. Verbeter de fouten en sla het bestand op; het plan verschijnt dan vanzelf.',
      noDocumentTitle: 'Plan preview',
      waiting: 'Het plan wordt opgemaakt …',
      disconnected: 'De verbinding met plan preview is verbroken. Draait het nog? Start anders `plan preview` opnieuw en laad deze pagina opnieuw.',
      close: 'Sluiten',
      pdfTitle: 'PDF van het plan',
    },
    listening: (url) => `Plan preview: ${url}`,
    watching: (files) => `Bewaakt: ${files}`,
    stopHint: 'Laat dit venster open terwijl u schrijft; druk op Ctrl-C om te stoppen.',
    updated: (what, ms) => `Bijgewerkt: ${what} in ${ms} ms`,
    problemsShown: 'De browser toont de laatste versie zonder fouten, met deze fouten erboven.',
    stopped: 'Plan preview is gestopt.',
    portInUse: (port) => `Poort ${port} is al in gebruik door een ander programma. Kies een andere met --port, of laat --port weg voor een vrije poort.`,
    portNotAllowed: (port) => `Poort ${port} is voorbehouden aan het systeem. Kies een poort boven 1024 met --port, of laat --port weg voor een vrije poort.`,
    badPort: (value) => `'${value}' is geen poortnummer. Geef een getal van 1 tot 65535, bv. --port 4173, of laat --port weg voor een vrije poort.`,
    openFailed: (url) => `De browser kon niet worden geopend; open ${url} zelf.`,
  },
  en: {
    page: {
      problems: (n) => (n === 1 ? '1 error in the plan' : `${n} errors in the plan`),
      warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
      lastGoodBelow: 'Below is the last version without errors. Save the file again once it is fixed; this panel then goes away by itself.',
      nothingYet: 'There is no version without errors yet. Fix the errors and save the file; the plan then appears by itself.',
      noDocumentTitle: 'Plan preview',
      waiting: 'Rendering the plan …',
      disconnected: 'The connection to plan preview was lost. Is it still running? Otherwise start `plan preview` again and reload this page.',
      close: 'Close',
      pdfTitle: 'PDF of the plan',
    },
    listening: (url) => `Plan preview: ${url}`,
    watching: (files) => `Watching: ${files}`,
    stopHint: 'Keep this window open while you write; press Ctrl-C to stop.',
    updated: (what, ms) => `Updated: ${what} in ${ms} ms`,
    problemsShown: 'The browser shows the last version without errors, with these errors above it.',
    stopped: 'Plan preview has stopped.',
    portInUse: (port) => `Port ${port} is already used by another program. Choose another with --port, or leave --port out for a free port.`,
    portNotAllowed: (port) => `Port ${port} is reserved for the system. Choose a port above 1024 with --port, or leave --port out for a free port.`,
    badPort: (value) => `'${value}' is not a port number. Give a number from 1 to 65535, e.g. --port 4173, or leave --port out for a free port.`,
    openFailed: (url) => `The browser could not be opened; open ${url} yourself.`,
  },
};

/** The preview's sentences in a language. */
export function previewText(lang: MessageLanguage): PreviewText {
  return pick(previewTexts, lang);
}
