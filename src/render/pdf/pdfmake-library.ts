import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';

/**
 * pdfmake, loaded on first use: it costs a good part of a second that `plan validate` and
 * HTML-only renders should not pay. require(), not import(): the CLI runs as one CommonJS
 * bundle (scripts/bundle-cli.mjs), where import() would need an experimental Node.js API.
 */
export function loadPdfmake(): typeof PdfMake {
  return createRequire(import.meta.url)('pdfmake') as typeof PdfMake;
}
