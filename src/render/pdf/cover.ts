import type { Content } from 'pdfmake/interfaces.js';
import type { DocumentView } from '../document-view.js';
import { svgForPdf } from '../logo-svg.js';
import type { PdfContext } from './blocks.js';
import { withRole } from './structure-roles.js';
import { MARGINS, MUTED_COLOUR, PAGE } from './theme.js';

export interface LogoData {
  data: Uint8Array;
  mime: 'image/png' | 'image/jpeg' | 'image/svg+xml';
}

const LOGO_BOX: [number, number] = [180, 90];

/** A transparent pixel: what svg-to-pdfkit draws for an image reference that is not a PNG or JPEG data: URL. */
const BLANK_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=';

/**
 * svg-to-pdfkit's options for the logo. The logo was checked already (../logo-svg.ts); these
 * hold even so. Its default image callback hands any href to PDFKit's file reader, and its
 * default warnings go to the console, which the core never writes to.
 */
export const svgLogoOptions = {
  imageCallback: (href: string): string => (/^data:image\/(png|jpe?g);base64,/i.test(href.trim()) ? href.trim() : BLANK_PNG),
  documentCallback: (): string => '<svg xmlns="http://www.w3.org/2000/svg"/>',
  warningCallback: (): void => {},
};

/** The logo, a figure whose text is `alt` (the municipality) in the tagged PDF. */
export function logoNode(logo: LogoData, svgFont: string, alt: string): Content {
  // pdfmake passes `options` on to svg-to-pdfkit; its typings do not list it.
  const node: Content =
    logo.mime === 'image/svg+xml'
      ? ({ svg: svgForPdf(Buffer.from(logo.data).toString('utf8')), font: svgFont, fit: LOGO_BOX, options: svgLogoOptions } as Content)
      : { image: `data:${logo.mime};base64,${Buffer.from(logo.data).toString('base64')}`, fit: LOGO_BOX };
  return withRole(node, { type: 'Figure', alt });
}

/** The cover: logo, municipality, title, period, subtitle; status, version and date at the foot. */
export function cover(ctx: PdfContext, view: DocumentView, logo: LogoData | null): Content[] {
  const { labels } = ctx;
  const meta: Array<[string, string]> = [];
  if (view.status) meta.push([labels.statusLabel, view.status]);
  if (view.version) meta.push([labels.version, view.version]);
  if (view.edition !== null) meta.push([labels.edition, String(view.edition)]);
  if (view.date) meta.push([labels.date, view.date]);
  return [
    logo ? logoNode(logo, ctx.svgFont, view.municipalities) : { text: '' },
    {
      stack: [
        { text: view.municipalities, fontSize: 17, bold: true, color: MUTED_COLOUR },
        ...(view.partnership ? [{ text: view.partnership, fontSize: 12, color: MUTED_COLOUR, margin: [0, 2, 0, 0] } satisfies Content] : []),
        withRole({ text: view.title, fontSize: 34, bold: true, color: ctx.primary, lineHeight: 1.05, margin: [0, 18, 0, 6] } satisfies Content, { type: 'H1' }),
        ...(view.title.includes(view.period) ? [] : [{ text: view.period, fontSize: 22, color: ctx.primary } satisfies Content]),
        ...(view.subtitle ? [{ text: view.subtitle, fontSize: 14, margin: [0, 14, 0, 0] } satisfies Content] : []),
      ],
      margin: [0, logo ? 120 : 210, 0, 0],
    },
    ...(meta.length
      ? [
          withRole({
            absolutePosition: { x: MARGINS.left, y: PAGE.height - MARGINS.bottom - 24 * meta.length - 20 },
            table: { widths: [90, 250], body: meta.map(([k, v]) => [{ text: k, bold: true, color: MUTED_COLOUR }, { text: v }]) },
            layout: 'noBorders',
            fontSize: 10,
          } satisfies Content, { type: 'Table', rowHeaders: true }),
        ]
      : []),
  ];
}
