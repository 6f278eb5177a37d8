import type { DocumentView } from '../document-view.js';
import type { LogoMime } from '../logo.js';

export interface PdfOptions {
  logo: { data: Uint8Array; mime: LogoMime } | null;
  creationDate: Date;
  font?: 'sans' | 'serif';
}

/** Placeholder until the pdfmake renderer lands; `plan render --pdf` reports it plainly. */
export async function renderPdf(_view: DocumentView, _options: PdfOptions): Promise<Uint8Array> {
  throw new PdfUnavailableError();
}

export class PdfUnavailableError extends Error {
  constructor() {
    super('PDF output is not available in this build');
  }
}
