import { createRequire } from 'node:module';
import type { DocumentView } from '../../src/render/document-view.js';
import { documentDefinition } from '../../src/render/pdf/document-definition.js';
import { fontDictionary, fontFamily, fontStore, svgFontFamily } from '../../src/render/pdf/fonts.js';
import { FIXED_DATE } from './pdf.js';

const require = createRequire(import.meta.url);

interface Pdfmake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setUrlAccessPolicy(policy: () => boolean): void;
  setLocalAccessPolicy(policy: () => boolean): void;
  setFonts(fonts: unknown): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
}

let pdfmake: Pdfmake | null = null;

/**
 * The plan's document definition laid out and drawn by stock pdfmake (its documented
 * createPdf, none of our engine's hooks): what the PDF builders promise must hold there too.
 */
export async function stockPdf(view: DocumentView): Promise<Uint8Array> {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as Pdfmake;
    for (const family of Object.values(fontDictionary())) {
      for (const name of Object.values(family)) if (fontStore.existsSync(name)) pdfmake.virtualfs.writeFileSync(name, fontStore.readFileSync(name));
    }
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => true);
    pdfmake.setFonts(fontDictionary());
  }
  const definition = documentDefinition(view, { logo: null, creationDate: FIXED_DATE, fontFamily: fontFamily('sans'), svgFontFamily: svgFontFamily('sans') });
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
