/**
 * The PDF/UA checker of test/helpers/pdfua.ts on small tagged documents made with PDFKit:
 * a clean one passes, and each defect a renderer could make is reported under its
 * Matterhorn checkpoint. (test/e2e/pdf-accessibility.test.ts shows it failing on a whole
 * untagged plan.)
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontPaths } from '../../src/fonts/shipped-fonts.js';
import { checkPdfUa } from '../helpers/pdfua.js';

type Doc = InstanceType<typeof PDFDocument>;

/** A tagged PDF/UA document with a title and language, as `build` fills it. */
function tagged(build: (doc: Doc) => void): Promise<Uint8Array> {
  // @types/pdfkit does not know PDFKit 0.19's 'PDF/UA' subset.
  const doc = new PDFDocument({ pdfVersion: '1.7', subset: 'PDF/UA' as never, tagged: true, lang: 'nl-BE', displayTitle: true, info: { Title: 'Proef' }, font: fontPaths('sans').normal });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  build(doc);
  doc.end();
  return done;
}

/** A structure element with `text` drawn into it, added to the document. */
function element(doc: Doc, type: string, text: string, options: Record<string, unknown> = {}): void {
  const struct = doc.struct(type as never, options);
  doc.addStructure(struct);
  const content = doc.markStructureContent(type as never);
  doc.text(text);
  doc.endMarkedContent();
  struct.add(content);
  struct.end();
}

const checkpoints = async (pdf: Uint8Array): Promise<string[]> => [...new Set((await checkPdfUa(pdf)).map((f) => f.checkpoint))].sort();

describe('the PDF/UA checker', () => {
  it('passes a small tagged document', async () => {
    const pdf = await tagged((doc) => {
      element(doc, 'H1', 'Kop');
      element(doc, 'P', 'Tekst.');
      doc.markContent('Artifact');
      doc.text('pagina 1');
      doc.endMarkedContent();
    });
    expect(await checkPdfUa(pdf)).toEqual([]);
  });

  it.each([
    ['01', 'text neither tagged nor an artifact', (doc: Doc) => doc.text('los')],
    ['14', 'a heading level skipped', (doc: Doc) => element(doc, 'H3', 'Te diep')],
    ['13', 'a figure without alternative text', (doc: Doc) => element(doc, 'Figure', 'beeld')],
    ['09', 'a table cell outside a row', (doc: Doc) => element(doc, 'TD', 'cel')],
    [
      '15',
      'a header cell without Scope',
      (doc: Doc) => {
        const table = doc.struct('Table');
        doc.addStructure(table);
        const row = doc.struct('TR');
        table.add(row);
        const cell = doc.struct('TH');
        row.add(cell);
        const content = doc.markStructureContent('TH');
        doc.text('Kop');
        doc.endMarkedContent();
        cell.add(content);
        table.end();
      },
    ],
    [
      '28',
      'a link annotation outside the structure tree',
      (doc: Doc) => {
        element(doc, 'P', 'ergens');
        doc.link(10, 10, 50, 10, 'https://example.org');
      },
    ],
  ])('reports %s: %s', async (checkpoint, _, defect) => {
    const pdf = await tagged((doc) => {
      element(doc, 'H1', 'Kop');
      defect(doc);
    });
    expect(await checkpoints(pdf)).toEqual([checkpoint]);
  });
});
