import type { DocumentView } from '../document-view.js';
import type { LogoData } from './cover.js';
import { documentDefinition } from './document-definition.js';
import { libraries } from '../libraries.js';
import { fontDictionary, fontFamily, fontFolders, storeFonts, svgFontFamily, type FontChoice, type VirtualFs } from './fonts.js';

export interface RenderPdfOptions {
  logo: LogoData | null;
  /** Written as the PDF's creation and modification date; with it the output is byte-identical. */
  creationDate: Date;
  font?: FontChoice;
}

/**
 * Renders the plan as a council-ready A4 PDF. Pure apart from reading the shipped font files:
 * no printing, no file writing. pdfmake is loaded here, on first use.
 */
export async function renderPdf(view: DocumentView, options: RenderPdfOptions): Promise<Uint8Array> {
  const { pdfmake } = libraries();
  const folders = fontFolders();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => folders.some((folder) => path.startsWith(folder)));
  // pdfmake's typings leave out its in-memory file store, which the Node build has too.
  storeFonts((pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs);
  pdfmake.setFonts(fontDictionary());
  const font = options.font ?? 'sans';
  const definition = documentDefinition(view, {
    logo: options.logo,
    creationDate: options.creationDate,
    fontFamily: fontFamily(font),
    svgFontFamily: svgFontFamily(font),
  });
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
