import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { documentDefinition } from '../../src/render/pdf/document-definition.js';
import { fontAliases, fontDictionary, fontFolders, fontStore } from '../../src/render/pdf/fonts.js';
import { mergeInlines, renderDefinition, type EngineOptions, type LaidOutInline, type LaidOutPage } from '../../src/render/pdf/pdfmake-engine.js';
import { fixturesDir } from '../helpers/cli.js';
import { FIXED_DATE, logo, readPdf, viewOf } from '../helpers/pdf.js';
import { checkPdfUa, describeFailures } from '../helpers/pdfua.js';

const regular = { name: 'regular' };
const bold = { name: 'bold' };

/** A line of runs laid out one after the other, as pdfmake's layout leaves them. */
function line(...runs: Array<Partial<LaidOutInline> & { text: string }>): { inlines: LaidOutInline[]; _pageNodeRef?: unknown } {
  let x = 0;
  const inlines = runs.map((run) => {
    const width = run.width ?? run.text.length * 5;
    const inline: LaidOutInline = { font: regular, fontSize: 10, height: 12, color: '#000', ...run, x, width };
    x += width;
    return inline;
  });
  return { inlines };
}

const pageOf = (...lines: Array<ReturnType<typeof line>>): LaidOutPage => ({ items: lines.map((item) => ({ type: 'line', item })) });
const texts = (l: ReturnType<typeof line>): string[] => l.inlines.map((i) => i.text);

describe('joining the runs of a laid-out line', () => {
  it('draws the words of a line in one style as one run, as wide as the words together', () => {
    const l = line({ text: 'Samen ' }, { text: 'werken ' }, { text: 'aan' });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['Samen werken aan']);
    expect(l.inlines[0]!.x).toBe(0);
    expect(l.inlines[0]!.width).toBe(80);
  });

  it('starts a new run where the style changes', () => {
    const l = line({ text: 'Trekker: ', font: bold }, { text: 'Stad ' }, { text: 'Brugge ' }, { text: 'en ', color: '#f00' }, { text: 'CGG' });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['Trekker: ', 'Stad Brugge ', 'en ', 'CGG']);
    expect(l.inlines.map((i) => i.x)).toEqual([0, 45, 105, 120]);
  });

  it('joins only after a space, where the text is measured word by word anyway', () => {
    const l = line({ text: 'West-' }, { text: 'Vlaanderen ' }, { text: 'CLB' }, { text: "'s" });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['West-', "Vlaanderen CLB", "'s"]);
  });

  it('keeps runs apart that are not side by side, and page numbers the contents fills in', () => {
    const gap = line({ text: 'a ' }, { text: 'b' });
    gap.inlines[1]!.x += 3;
    const justified = line({ text: 'a ' }, { text: 'b', justifyShift: 2 });
    const reference = line({ text: 'Inleiding ' }, { text: '00', _pageNodeRef: {} });
    const referenceLine = line({ text: '1 ' }, { text: '2' });
    referenceLine._pageNodeRef = {};
    mergeInlines([pageOf(gap, justified, reference, referenceLine)]);
    expect([gap, justified, reference, referenceLine].map(texts)).toEqual([['a ', 'b'], ['a ', 'b'], ['Inleiding ', '00'], ['1 ', '2']]);
  });

  it('keeps links apart from plain text but joins the words of one link', () => {
    const link = 'https://example.org';
    const l = line({ text: 'zie ' }, { text: 'de ', link }, { text: 'website ', link }, { text: 'nu' });
    mergeInlines([pageOf(l)]);
    expect(texts(l)).toEqual(['zie ', 'de website ', 'nu']);
  });

  it('leaves the laid-out run objects as they were', () => {
    const l = line({ text: 'een ' }, { text: 'twee' });
    const [first, second] = l.inlines;
    mergeInlines([pageOf(l)]);
    expect(first).toMatchObject({ text: 'een ', width: 20 });
    expect(second).toMatchObject({ text: 'twee', width: 20 });
  });

  it('leaves other page items alone', () => {
    const vector = { type: 'vector', item: { type: 'line' } };
    const page: LaidOutPage = { items: [vector] };
    mergeInlines([page]);
    expect(page.items).toEqual([vector]);
  });
});

/** A document with the text features pdfmake looks styles up for, nested and named in many ways. */
function featureDocument(): TDocumentDefinitions {
  const link = 'https://www.example.org/';
  return {
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    language: 'nl-BE',
    info: { title: 'Proef', author: 'Zeebeek', creationDate: FIXED_DATE, modDate: FIXED_DATE },
    defaultStyle: { font: 'SourceSans', fontSize: 10, lineHeight: 1.2, color: '#222222' },
    styles: {
      big: { fontSize: 16, bold: true, color: '#1d4f91' },
      quiet: { color: '#777777', italics: true, lineHeight: 1 },
      table: { fontSize: 8, alignment: 'right' },
      head: { bold: true, fillColor: '#1d4f91', color: '#ffffff' },
    },
    header: (page: number) => ({ text: [`Kop ${page} `, { text: 'vet', bold: true }], style: 'quiet', margin: [50, 20, 50, 0] }),
    footer: (page: number, pages: number) => ({ columns: [{ text: 'Voet' }, { text: `${page} / ${pages}`, alignment: 'right' }], margin: [50, 10, 50, 0], fontSize: 7 }),
    content: [
      { text: 'Inhoud', style: 'big', id: 'start', outline: true },
      { text: 'Een titel zonder eigen bladwijzertekst', outline: true, style: ['quiet', 'big'] },
      { toc: { title: { text: 'Inhoudstafel' } } } as never,
      { text: 'Een kop voor de inhoudstafel', tocItem: true, style: 'big' },
      { pageReference: 'start', alignment: 'right' },
      'Een gewone regel tekst als string, met een tab\thier.',
      42,
      { text: ['Gemengd: ', { text: 'vet ', bold: true }, { text: 'cursief ', italics: true }, { text: 'onderlijnd ', decoration: 'underline', decorationStyle: 'dashed', decorationColor: 'red' }, { text: 'doorstreept', decoration: 'lineThrough' }, ' en ', { text: 'gemarkeerd', background: '#ffee88' }, '.'] },
      { text: [{ text: 'Een link ', link }, { text: 'naar een bestemming', linkToDestination: 'start' }, { text: ' en een pagina', linkToPage: 1 }, { text: ' hoog', sup: true }, { text: ' laag', sub: true }] },
      { text: [{ text: ['geneste ', { text: 'tekst', bold: true }], color: 'green' }, ' na'] },
      { text: 'Verspreid en niet afgebroken, met extra letterafstand en doorzichtig', characterSpacing: 1.5, noWrap: true, opacity: 0.5 },
      { text: '   Spaties vooraan en achteraan blijven   ', preserveLeadingSpaces: true, preserveTrailingSpaces: true, background: '#eeeeee' },
      { text: 'Eerste regel ingesprongen. '.repeat(12), leadingIndent: 20, alignment: 'justify' },
      { text: 'Gecentreerd in een stijl met een andere regelhoogte. '.repeat(4), alignment: 'center', style: 'quiet' },
      { stack: [{ text: 'In een stapel met eigen stijl' }, { stack: [{ text: 'nog dieper', bold: false }, { text: ['en ', { text: 'nog', style: 'big' }] }], color: 'blue' }], style: 'quiet', fontSize: 12 },
      { ul: ['lijst', { text: 'met een object', bold: true }, { text: [{ text: 'en runs', italics: true }, ' erin'] }, { ol: ['genest', 'genummerd'] }], color: '#553311', markerColor: 'red' },
      { columns: [{ text: 'Kolom een '.repeat(8) }, { text: 'Kolom twee '.repeat(8), style: 'big' }], columnGap: 12 },
      {
        style: 'table',
        table: {
          headerRows: 1,
          widths: ['*', 60, 'auto'],
          body: [
            [{ text: 'Naam', style: 'head', alignment: 'left' }, { text: 'Waarde', style: 'head' }, { text: 'Bron', style: 'head' }],
            ['Een cel als string', { text: '12,5 %', bold: true }, { text: [{ text: 'bron ', italics: true }, { text: 'link', link }] }],
            [{ stack: [{ text: 'gestapeld' }, { text: 'klein', fontSize: 6 }], colSpan: 2 }, {}, { text: 'WVL', noWrap: true }],
            ...Array.from({ length: 60 }, (_, i) => [{ text: `Rij ${i} met wat tekst die over meer dan een regel kan lopen in een smalle kolom` }, `${i}`, { text: 'x', color: i % 2 ? 'red' : undefined }]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#eef"/><g opacity="0.5"><circle cx="30" cy="30" r="20" fill="red"/><text x="60" y="35" font-size="12">half</text></g><text x="120" y="35" font-size="12" fill="#1d4f91">heel</text></svg>',
        font: 'SourceSansSvg',
        width: 200,
      },
      { text: 'Laatste bladzijde', pageBreak: 'before', style: 'big', fontSize: 20 },
    ],
  };
}

const fonts = (): EngineOptions['fonts'] => fontDictionary();
const engine = (extra: Partial<EngineOptions> = {}): EngineOptions => ({
  fonts: fonts(),
  files: fontStore,
  mayRead: (path) => fontFolders().some((folder) => path.startsWith(folder)),
  ...extra,
});

/** pdfmake's own rendering, through its documented interface. */
async function pdfmakeBytes(definition: TDocumentDefinitions): Promise<Buffer> {
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  const dictionary = fonts();
  for (const family of Object.values(dictionary)) for (const name of Object.values(family)) if (fontStore.existsSync(name)) vfs.writeFileSync(name, fontStore.readFileSync(name));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  pdfmake.setFonts(dictionary);
  return pdfmake.createPdf(definition).getBuffer();
}

describe('driving pdfmake', () => {
  const plan = async (): Promise<TDocumentDefinitions> =>
    documentDefinition(await viewOf(join(fixturesDir, 'pdf-rich')), { logo: null, creationDate: FIXED_DATE, fontFamily: 'SourceSans', svgFontFamily: 'SourceSansSvg' });

  it.each([
    ['a document with every text feature', async () => featureDocument()],
    ['a plan', plan],
  ])('prints the text of pdfmake for %s on the same lines, tagged', async (_, make) => {
    // Spaces aside: pdf.js reads a gap between runs as a space or not by a fraction of a point.
    const lines = async (bytes: Uint8Array): Promise<string[][]> => (await readPdf(bytes)).pages.map((page) => page.map((line) => line.replace(/\s+/g, '')));
    const expected = await lines(new Uint8Array(await pdfmakeBytes(await make())));
    for (const options of [{ keepLines: false, joinRuns: false }, { keepLines: false }, { keepLines: false, fontAliases: fontAliases() }]) {
      const bytes = new Uint8Array(await renderDefinition(await make(), engine(options)));
      expect(await lines(bytes)).toEqual(expected);
      expect(await checkPdfUa(bytes), describeFailures(await checkPdfUa(bytes))).toEqual([]);
    }
  });

  it('draws the same plan in a smaller file with the runs joined', async () => {
    const plain = await renderDefinition(await plan(), engine({ joinRuns: false }));
    const joined = await renderDefinition(await plan(), engine());
    expect(joined.length).toBeLessThan(plain.length * 0.9);
  });

  it('calls every hook into pdfmake and PDFKit', async () => {
    const called = new Set<string>();
    const view = await viewOf(join(fixturesDir, 'pdf-rich'));
    const definition = documentDefinition(view, {
      logo: { data: await logo('logo.png'), mime: 'image/png' },
      creationDate: FIXED_DATE,
      fontFamily: 'SourceSans',
      svgFontFamily: 'SourceSansSvg',
    });
    await renderDefinition(definition, engine({ fontAliases: fontAliases(), probe: called }));
    expect([...called].sort()).toEqual([
      'document.addInfo',
      'document.annotate',
      'document.font',
      'keepLines.buildNextLine',
      'keepLines.processLeaf',
      'layout.addBackground',
      'layout.addHeadersAndFooters',
      'layout.buildNextLine',
      'layout.processNode',
      'render.renderImage',
      'render.renderLine',
      'render.renderSVG',
      'render.renderVector',
    ]);
  });
});
