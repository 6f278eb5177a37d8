import type { DocumentView } from '../document-view.js';
import type { LogoData } from './cover.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ReportView } from '../report/report-view.js';
import { documentDefinition, type DefinitionOptions } from './document-definition.js';
import { reportDefinition } from './report-definition.js';
import type { FontChoice } from '../../fonts/shipped-fonts.js';
import { fontAliases, fontDictionary, fontFamily, fontFolders, fontStore, svgFontFamily } from './fonts.js';
import { renderDefinition } from './pdfmake-engine.js';

export interface RenderPdfOptions {
  logo: LogoData | null;
  /** Written as the PDF's creation and modification date; with it the output is byte-identical. */
  creationDate: Date;
  font?: FontChoice;
}

/**
 * Renders the plan as a council-ready A4 PDF. Pure apart from reading the shipped font files:
 * no printing, no file writing. pdfmake is loaded on first use (see pdfmake-engine.ts and
 * ../libraries.ts).
 */
export async function renderPdf(view: DocumentView, options: RenderPdfOptions): Promise<Uint8Array> {
  return pdfBytes(documentDefinition(view, definitionOptions(options)));
}

/** The yearly progress report (`plan report`), through the same engine, fonts and policies as the plan. */
export async function renderReportPdf(view: ReportView, options: RenderPdfOptions): Promise<Uint8Array> {
  return pdfBytes(reportDefinition(view, definitionOptions(options)));
}

function definitionOptions(options: RenderPdfOptions): DefinitionOptions {
  const font = options.font ?? 'sans';
  return { logo: options.logo, creationDate: options.creationDate, fontFamily: fontFamily(font), svgFontFamily: svgFontFamily(font) };
}

async function pdfBytes(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const folders = fontFolders();
  // No URLs are fetched (the definition has none); from disk only the font packages are read.
  const buffer = await renderDefinition(definition, {
    fonts: fontDictionary(),
    files: fontStore,
    mayRead: (path) => folders.some((folder) => path.startsWith(folder)),
    fontAliases: fontAliases(),
  });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
