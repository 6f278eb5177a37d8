import type { MessageEntry } from './language.js';
import { readProblem } from './system-errors.js';

const q = (value: unknown): string => `'${String(value)}'`;

/** "regel 3, kolom 5: <image href=…>": where in the SVG file, and what stands there. */
const svgPlace = (lang: 'nl' | 'en', p: Record<string, unknown>): string =>
  `${lang === 'nl' ? 'regel' : 'line'} ${p.svgLine}, ${lang === 'nl' ? 'kolom' : 'column'} ${p.svgColumn}${p.found ? `: ${String(p.found)}` : ''}`;
/** What is wrong inside a PNG or JPEG logo (src/render/logo-raster.ts), as the end of a sentence. */
const logoBrokenNl: Record<string, string> = {
  truncated: 'onvolledig: het bestand houdt te vroeg op (afgebroken download of kopie?)',
  'no-size': 'een afbeelding zonder breedte of hoogte',
  'png-signature': 'geen geldige PNG',
  'png-crc': 'een beschadigde PNG (een controlegetal klopt niet)',
  'png-structure': 'een PNG met ontbrekende of verkeerd geordende onderdelen',
  'png-header': 'een PNG met een kleurtype of bitdiepte die niet bestaat',
  'png-data': 'een PNG waarvan de beeldgegevens beschadigd zijn',
  'jpeg-structure': 'een beschadigde JPEG',
  'jpeg-kind': 'een soort JPEG die PDF-lezers en browsers niet allemaal tonen (bv. 12 bit, verliesvrij of rekenkundig gecodeerd)',
};
const logoBrokenEn: Record<string, string> = {
  truncated: 'incomplete: the file ends too early (an interrupted download or copy?)',
  'no-size': 'an image without a width or height',
  'png-signature': 'not a valid PNG',
  'png-crc': 'a damaged PNG (a checksum does not match)',
  'png-structure': 'a PNG with missing or misplaced parts',
  'png-header': 'a PNG with a colour type or bit depth that does not exist',
  'png-data': 'a PNG whose image data is damaged',
  'jpeg-structure': 'a damaged JPEG',
  'jpeg-kind': 'a kind of JPEG that not every PDF reader and browser shows (such as 12-bit, lossless or arithmetic-coded)',
};

/** Messages for problems that only rendering can find: the logo and template overrides. */
export const renderMessages = {
  'logo-missing': {
    nl: { message: (p) => `het logo ${q(p.logo)} bestaat niet`, hint: () => 'Het pad is relatief ten opzichte van de map van het plan, bv. `logo: logo.png` voor een bestand naast plan.yaml.' },
    en: { message: (p) => `the logo ${q(p.logo)} does not exist`, hint: () => 'The path is relative to the plan folder, e.g. `logo: logo.png` for a file next to plan.yaml.' },
  },
  'logo-unreadable': {
    nl: { message: (p) => `het logo ${q(p.logo)} kan niet gelezen worden${readProblem('nl', p.errorCode).reason}`, hint: (p) => readProblem('nl', p.errorCode).hint },
    en: { message: (p) => `the logo ${q(p.logo)} cannot be read${readProblem('en', p.errorCode).reason}`, hint: (p) => readProblem('en', p.errorCode).hint },
  },
  'logo-outside-plan': {
    nl: { message: (p) => `het logo ${q(p.logo)} ligt buiten de map van het plan`, hint: () => 'Kopieer het logo in de map van het plan (bv. naast plan.yaml) en verwijs ernaar met een relatief pad.' },
    en: { message: (p) => `the logo ${q(p.logo)} is outside the plan folder`, hint: () => 'Copy the logo into the plan folder (e.g. next to plan.yaml) and refer to it with a relative path.' },
  },
  'logo-not-image': {
    nl: { message: (p) => `het logo ${q(p.logo)} is geen PNG-, JPEG- of SVG-afbeelding`, hint: () => 'Exporteer het logo als PNG (of JPEG of SVG) en verwijs naar dat bestand.' },
    en: { message: (p) => `the logo ${q(p.logo)} is not a PNG, JPEG or SVG image`, hint: () => 'Export the logo as PNG (or JPEG or SVG) and refer to that file.' },
  },
  'logo-svg-size': {
    nl: { message: (p) => `het SVG-logo ${q(p.logo)} heeft ${p.found ? `geen bruikbare afmetingen (${p.found})` : 'geen afmetingen'}`, hint: () => 'Geef het <svg>-element een viewBox (bv. viewBox="0 0 200 80") of een width en height; de meeste tekenprogramma\'s doen dat bij "Exporteren als SVG". Of gebruik een PNG.' },
    en: { message: (p) => `the SVG logo ${q(p.logo)} has ${p.found ? `no usable size (${p.found})` : 'no size'}`, hint: () => 'Give the <svg> element a viewBox (e.g. viewBox="0 0 200 80") or a width and height; most drawing programs do so on "Export as SVG". Or use a PNG.' },
  },
  'logo-link-loop': {
    nl: { message: (p) => `het logo ${q(p.logo)} is een koppeling die in een kring naar zichzelf terugverwijst`, hint: () => 'Vervang de koppeling door het afbeeldingsbestand zelf.' },
    en: { message: (p) => `the logo ${q(p.logo)} is a link that points back to itself in a loop`, hint: () => 'Replace the link with the image file itself.' },
  },
  'logo-svg-external': {
    nl: {
      message: (p) => `het SVG-logo ${q(p.logo)} verwijst naar een bestand of adres buiten het logo (${svgPlace('nl', p)})`,
      hint: () => 'Een logo moet alles wat het toont zelf bevatten. Sluit gekoppelde afbeeldingen in (in Illustrator: "Insluiten"; in Inkscape: "Afbeeldingen insluiten"), alleen als PNG of JPEG, of exporteer het logo als PNG.',
    },
    en: {
      message: (p) => `the SVG logo ${q(p.logo)} refers to a file or address outside the logo (${svgPlace('en', p)})`,
      hint: () => 'A logo must hold everything it shows. Embed linked images (Illustrator: "Embed"; Inkscape: "Embed images"), as PNG or JPEG only, or export the logo as PNG.',
    },
  },
  'logo-svg-link': {
    nl: {
      message: (p) => `het SVG-logo ${q(p.logo)} bevat een link die niet naar een webadres of e-mailadres gaat (${svgPlace('nl', p)})`,
      hint: () => 'Alleen links naar http://, https:// en mailto: worden aanvaard; verwijder de link of pas het adres aan.',
    },
    en: {
      message: (p) => `the SVG logo ${q(p.logo)} holds a link that goes to neither a web nor an e-mail address (${svgPlace('en', p)})`,
      hint: () => 'Only links to http://, https:// and mailto: are accepted; remove the link or change its address.',
    },
  },
  'logo-svg-dtd': {
    nl: {
      message: (p) => `het SVG-logo ${q(p.logo)} bevat een DTD-declaratie die niet wordt aanvaard (${svgPlace('nl', p)})`,
      hint: () => 'Alleen eenvoudige entiteiten met een vaste tekst mogen in de DOCTYPE staan (zoals Illustrator ze schrijft). Exporteer het logo opnieuw als SVG zonder DOCTYPE, of als PNG.',
    },
    en: {
      message: (p) => `the SVG logo ${q(p.logo)} holds a DTD declaration that is not accepted (${svgPlace('en', p)})`,
      hint: () => 'Only simple entities with a fixed text may stand in the DOCTYPE (as Illustrator writes them). Export the logo again as SVG without a DOCTYPE, or as PNG.',
    },
  },
  'logo-svg-too-complex': {
    nl: {
      message: (p) => `het SVG-logo ${q(p.logo)} is ${p.kind === 'number' ? 'getekend met getallen die te groot zijn' : 'te diep genest of verwijst te vaak naar zichzelf'} (${svgPlace('nl', p)})`,
      hint: () => 'Een logo heeft hooguit enkele tientallen niveaus en gewone afmetingen. Vereenvoudig het (in de meeste tekenprogramma\'s: groepen opheffen) of exporteer het als PNG.',
    },
    en: {
      message: (p) => `the SVG logo ${q(p.logo)} ${p.kind === 'number' ? 'is drawn with numbers that are too large' : 'is nested too deep or refers to itself too often'} (${svgPlace('en', p)})`,
      hint: () => 'A logo has a few dozen levels at most and ordinary sizes. Simplify it (in most drawing programs: ungroup) or export it as PNG.',
    },
  },
  'logo-svg-malformed': {
    nl: { message: (p) => `het SVG-logo ${q(p.logo)} is geen geldige XML (${svgPlace('nl', p)})`, hint: () => 'Open het logo in een tekenprogramma en exporteer het opnieuw als SVG, of gebruik een PNG.' },
    en: { message: (p) => `the SVG logo ${q(p.logo)} is not valid XML (${svgPlace('en', p)})`, hint: () => 'Open the logo in a drawing program and export it again as SVG, or use a PNG.' },
  },
  'logo-too-large': {
    nl: { message: (p) => `het logo ${q(p.logo)} is ${p.size} MB; meer dan ${p.max} MB wordt niet ingelezen`, hint: () => 'Een logo van enkele honderden kilobytes volstaat ruim; verklein de afbeelding.' },
    en: { message: (p) => `the logo ${q(p.logo)} is ${p.size} MB; logos over ${p.max} MB are not read`, hint: () => 'A logo of a few hundred kilobytes is plenty; make the image smaller.' },
  },
  'logo-too-many-pixels': {
    nl: {
      message: (p) => `het logo ${q(p.logo)} is ${p.width} × ${p.height} pixels; meer dan ${p.max} miljoen pixels (zoals 4000 × 4000) wordt niet ingelezen`,
      hint: () => 'Een logo van 1000 tot 2000 pixels breed is scherp genoeg voor druk; verklein de afbeelding in een tekenprogramma en sla ze opnieuw op.',
    },
    en: {
      message: (p) => `the logo ${q(p.logo)} is ${p.width} × ${p.height} pixels; images over ${p.max} million pixels (such as 4000 × 4000) are not read`,
      hint: () => 'A logo 1000 to 2000 pixels wide is sharp enough for print; scale the image down in a drawing program and save it again.',
    },
  },
  'logo-broken': {
    nl: {
      message: (p) => `het logo ${q(p.logo)} is ${logoBrokenNl[String(p.reason)] ?? 'een beschadigde afbeelding'}`,
      hint: (p) =>
        p.reason === 'jpeg-kind'
          ? 'Sla het logo opnieuw op als gewone JPEG (8 bit, baseline of progressive) of als PNG.'
          : 'Open het logo in een tekenprogramma en exporteer het opnieuw als PNG, of verwijs naar een ander bestand.',
    },
    en: {
      message: (p) => `the logo ${q(p.logo)} is ${logoBrokenEn[String(p.reason)] ?? 'a damaged image'}`,
      hint: (p) =>
        p.reason === 'jpeg-kind'
          ? 'Save the logo again as an ordinary JPEG (8 bit, baseline or progressive) or as a PNG.'
          : 'Open the logo in a drawing program and export it again as PNG, or refer to another file.',
    },
  },
  'templates-folder-missing': {
    nl: { message: (p) => `de sjablonenmap ${q(p.dir)} ${p.kind === 'file' ? 'is een bestand, geen map' : 'bestaat niet'}`, hint: () => 'Geef met --templates een map op met daarin html/ en/of markdown/ met de partials die u wilt vervangen.' },
    en: { message: (p) => `the templates folder ${q(p.dir)} ${p.kind === 'file' ? 'is a file, not a folder' : 'does not exist'}`, hint: () => 'Give --templates a folder holding html/ and/or markdown/ with the partials you want to replace.' },
  },
  'template-unreadable': {
    nl: {
      message: (p) =>
        ({
          'too-large': `het sjabloon ${q(p.name)} is groter dan 1 MB en wordt niet gelezen`,
          outside: `het sjabloon ${q(p.name)} is een koppeling naar een bestand buiten de sjablonenmap en wordt niet gelezen`,
          'link-loop': `het sjabloon ${q(p.name)} is een koppeling die in een kring naar zichzelf terugverwijst`,
          'broken-link': `het sjabloon ${q(p.name)} is een koppeling naar een bestand dat niet bestaat`,
          unreadable: `het sjabloon ${q(p.name)} kan niet gelezen worden${readProblem('nl', p.errorCode).reason}`,
        })[String(p.reason)] ?? `het sjabloon ${q(p.name)} is geen gewoon bestand (maar een map, pipe of apparaat)`,
      hint: (p) =>
        p.reason === 'outside' || p.reason === 'link-loop' || p.reason === 'broken-link'
          ? 'Zet het sjabloon zelf (geen koppeling) in de sjablonenmap; alleen bestanden in die map worden gelezen.'
          : 'Een sjabloon is een tekstbestand met de extensie .hbs, zoals de meegeleverde in templates/; verwijder of vervang dit.',
    },
    en: {
      message: (p) =>
        ({
          'too-large': `the template ${q(p.name)} is over 1 MB and is not read`,
          outside: `the template ${q(p.name)} is a link to a file outside the templates folder and is not read`,
          'link-loop': `the template ${q(p.name)} is a link that points back to itself in a loop`,
          'broken-link': `the template ${q(p.name)} is a link to a file that does not exist`,
          unreadable: `the template ${q(p.name)} cannot be read${readProblem('en', p.errorCode).reason}`,
        })[String(p.reason)] ?? `the template ${q(p.name)} is not a regular file (but a folder, pipe or device)`,
      hint: (p) =>
        p.reason === 'outside' || p.reason === 'link-loop' || p.reason === 'broken-link'
          ? 'Put the template itself (not a link) in the templates folder; only files inside that folder are read.'
          : 'A template is a text file ending in .hbs, like the shipped ones in templates/; remove or replace this one.',
    },
  },
  'template-unknown-partial': {
    nl: {
      message: (p) => `er bestaat geen meegeleverde partial ${q(p.name)} voor ${p.format}${p.suggestion ? ` — bedoelt u ${q(p.suggestion)}?` : ''}`,
      hint: () => 'Een overschrijving moet dezelfde naam hebben als een meegeleverde partial; zie docs/templates.md voor de lijst.',
    },
    en: {
      message: (p) => `there is no shipped ${p.format} partial ${q(p.name)}${p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ''}`,
      hint: () => 'An override takes the name of a shipped partial; docs/templates.md lists them.',
    },
  },
  'template-syntax': {
    nl: {
      message: (p) => (p.problem === 'unclosed' ? `het sjabloon ${q(p.name)} sluit een blok niet af` : `het sjabloon ${q(p.name)} bevat een ongeldige {{…}}-uitdrukking`),
      hint: (p) => (p.problem === 'unclosed' ? 'Elk {{#if}}, {{#each}} of {{#unless}} heeft een bijhorende {{/if}}, {{/each}} of {{/unless}} nodig.' : 'Controleer de accolades en de naam in de uitdrukking op deze regel.'),
    },
    en: {
      message: (p) => (p.problem === 'unclosed' ? `the template ${q(p.name)} leaves a block open` : `the template ${q(p.name)} holds an invalid {{…}} expression`),
      hint: (p) => (p.problem === 'unclosed' ? 'Every {{#if}}, {{#each}} or {{#unless}} needs its {{/if}}, {{/each}} or {{/unless}}.' : 'Check the braces and the name in the expression on this line.'),
    },
  },
  'template-unsafe-link': {
    nl: {
      message: (p) => `een sjabloon voor Markdown schrijft een link naar ${q(String(p.href).slice(0, 60))}, die niet naar een webadres of e-mailadres gaat`,
      hint: () => 'plan.md mag alleen linken naar http://, https://, mailto: of een plaats in het document (#…). Pas de link in uw sjabloon aan.',
    },
    en: {
      message: (p) => `a Markdown template writes a link to ${q(String(p.href).slice(0, 60))}, which goes to neither a web nor an e-mail address`,
      hint: () => 'plan.md may only link to http://, https://, mailto: or a place in the document (#…). Change the link in your template.',
    },
  },
  'template-raw-output': {
    nl: {
      message: (p) => `het sjabloon ${q(p.name)} schrijft een waarde onbeschermd met {{{…}}} of {{&…}}`,
      hint: () => 'Gebruik {{…}} met twee accolades: teksten uit het plan worden dan veilig geschreven, en wat de renderer zelf maakt (zoals de grafiek) blijft opmaak. Voor Markdown-teksten is er {{md tekst}}.',
    },
    en: {
      message: (p) => `the template ${q(p.name)} writes a value unescaped with {{{…}}} or {{&…}}`,
      hint: () => 'Use {{…}} with two braces: texts from the plan are then written safely, and what the renderer makes itself (such as the chart) stays markup. For Markdown texts there is {{md text}}.',
    },
  },
  'template-recursion': {
    nl: {
      message: (p) => `het sjabloon ${q(p.name)} roept de partial ${q(p.partial)} op, die weer bij ${q(p.name)} uitkomt: dat stopt nooit`,
      hint: () => 'Een partial mag zichzelf niet (rechtstreeks of via een andere partial) oproepen buiten een {{#each}} of {{#if}}; verwijder deze {{> …}}-oproep.',
    },
    en: {
      message: (p) => `the template ${q(p.name)} calls the partial ${q(p.partial)}, which leads back to ${q(p.name)}: that never ends`,
      hint: () => 'A partial must not call itself (directly or through another partial) outside an {{#each}} or {{#if}}; remove this {{> …}} call.',
    },
  },
  'template-error': {
    nl: {
      message: (p) =>
        p.kind === 'field'
          ? `het sjabloon ${q(p.name)} gebruikt het veld ${q(p.field)}, dat hier niet bestaat`
          : p.kind === 'partial'
            ? `het sjabloon ${q(p.name)} roept de partial ${q(p.field)} op, die niet bestaat`
            : p.kind === 'helper'
              ? `het sjabloon ${q(p.name)} gebruikt de helper ${q(p.field)}, die niet bestaat`
              : p.kind === 'recursion'
                ? `het sjabloon ${q(p.name)} roept partials eindeloos in elkaar op`
                : `het sjabloon ${q(p.name)} kan niet worden ingevuld`,
      hint: (p) => p.kind === 'recursion' ? 'Een partial die zichzelf (rechtstreeks of via een andere) oproept, stopt nooit; verwijder die {{> …}}-oproep uit uw sjabloon.' : 'Meestal een verkeerd gespelde naam; docs/templates.md beschrijft de gegevens, partials en helpers die elk sjabloon kan gebruiken.',
    },
    en: {
      message: (p) =>
        p.kind === 'field'
          ? `the template ${q(p.name)} uses the field ${q(p.field)}, which does not exist here`
          : p.kind === 'partial'
            ? `the template ${q(p.name)} calls the partial ${q(p.field)}, which does not exist`
            : p.kind === 'helper'
              ? `the template ${q(p.name)} uses the helper ${q(p.field)}, which does not exist`
              : p.kind === 'recursion'
                ? `the template ${q(p.name)} calls partials within each other without end`
                : `the template ${q(p.name)} cannot be filled in`,
      hint: (p) => p.kind === 'recursion' ? 'A partial that calls itself (directly or through another) never stops; remove that {{> …}} call from your template.' : 'Usually a misspelt name; docs/templates.md describes the data, partials and helpers each template can use.',
    },
  },
} satisfies Record<string, MessageEntry>;
