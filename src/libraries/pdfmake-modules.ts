/**
 * The modules of pdfmake (js/<name>.js) the PDF renderer uses; dist/bundle/libraries.cjs
 * holds these (scripts/bundle-cli.mjs reads this list from this file, before tsc runs: keep
 * it free of imports).
 */
export const pdfmakeModules = ['PageSize', 'PDFDocument', 'LayoutBuilder', 'SVGMeasure', 'Renderer', 'tableLayouts'] as const;
export type PdfmakeModule = (typeof pdfmakeModules)[number];
