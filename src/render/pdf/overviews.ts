import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { DocumentView } from '../document-view.js';
import { chapterOpening, dataTable, estimateTextHeight, heading, keepWithNext, markdown, names, type PdfContext } from './blocks.js';
import { CONTENT_WIDTH, tint } from './theme.js';

/** Goal columns per printed matrix: more would not fit across an A4 page. */
const MATRIX_COLUMNS = 12;
const MATRIX_PADDING = 2;
const PARTNER_COLUMN = 150;

function pillarBalance(ctx: PdfContext, pb: DocumentView['overviews']['pillarBalance']): Content[] {
  const { labels } = ctx;
  return keepWithNext(heading(ctx, pb, 2), [
    { text: labels.pillarBalanceIntro, margin: [0, 0, 0, 8] },
    { svg: pb.svg, font: ctx.svgFont, fit: [CONTENT_WIDTH, 400], margin: [0, 0, 0, 10], unbreakable: true },
  ]);
}

function matrix(ctx: PdfContext, m: DocumentView['overviews']['matrix']): Content[] {
  const { labels } = ctx;
  const intro: Content = { text: labels.stakeholderMatrixIntro, margin: [0, 0, 0, 8] };
  if (!m.hasRows) return keepWithNext(heading(ctx, m, 2), [intro]);
  const tables: Content[] = [];
  for (let start = 0; start < m.columns.length; start += MATRIX_COLUMNS) {
    const columns = m.columns.slice(start, start + MATRIX_COLUMNS);
    // Every cell adds its padding on both sides to the width pdfmake is given.
    const width = Math.floor((CONTENT_WIDTH - PARTNER_COLUMN - 2 * MATRIX_PADDING) / MATRIX_COLUMNS - 2 * MATRIX_PADDING);
    const mark = { owner: { text: labels.ownerMark, bold: true, color: '#ffffff', fillColor: ctx.primary }, partner: { text: labels.partnerMark, fillColor: tint(ctx.primary, 0.75) } };
    tables.push(
      dataTable(ctx, {
        headers: [labels.stakeholders, ...columns.map((c) => c.number)],
        headerAlignment: [undefined, ...columns.map(() => 'center' as const)],
        widths: [PARTNER_COLUMN, ...columns.map(() => width)],
        padding: MATRIX_PADDING,
        rows: m.rows.map((row): TableCell[] => [
          { text: row.name },
          ...row.cells.slice(start, start + MATRIX_COLUMNS).map((cell): TableCell => (cell ? { ...mark[cell], alignment: 'center' } : { text: '' })),
        ]),
      }),
    );
  }
  return [
    ...keepWithNext(heading(ctx, m, 2), [intro, ...tables.slice(0, 1)]),
    ...tables.slice(1),
    { text: `${labels.legend}.`, style: 'small', margin: [0, 0, 0, 8] },
  ];
}

function stakeholders(ctx: PdfContext, s: DocumentView['stakeholders']): Content[] {
  const { labels } = ctx;
  const out: Content[] = [];
  if (s.bodies.length) {
    out.push(
      ...keepWithNext({ text: labels.bodies, style: 'h3', margin: [0, 12, 0, 6] }, [
        dataTable(ctx, {
          headers: [labels.body, labels.chair, labels.members],
          widths: [150, 90, '*'],
          rows: s.bodies.map((b): TableCell[] => [
            { stack: [{ text: b.name, bold: true }, ...(b.meets ? [{ text: b.meets, style: 'small' } satisfies Content] : []), ...(b.tasks ? markdown(ctx, b.tasks).map((c) => ({ stack: [c], style: 'small' }) satisfies Content) : [])] },
            { text: b.chair?.name ?? '' },
            { text: names(b.members) },
          ]),
          rowHeights: s.bodies.map((b) => estimateTextHeight(`${b.tasks ?? ''} ${names(b.members)}`, 150, 9)),
        }),
      ]),
    );
  }
  if (s.partners.length) {
    out.push(
      ...keepWithNext({ text: labels.stakeholders, style: 'h3', margin: [0, 12, 0, 6] }, [
        dataTable(ctx, {
          headers: [labels.partner, labels.sector, labels.role],
          widths: [150, 100, '*'],
          rows: s.partners.map((p): TableCell[] => [{ text: p.name, bold: true }, { text: p.sector }, { text: p.role ?? '' }]),
          rowHeights: s.partners.map((p) => estimateTextHeight(p.role, 200, 9)),
        }),
      ]),
    );
  }
  return out;
}

/** Overviews: the pillar balance chart, who does what, and the consultation structure. */
export function overviews(ctx: PdfContext, view: DocumentView): Content[] {
  const o = view.overviews;
  return [chapterOpening(ctx, o), ...pillarBalance(ctx, o.pillarBalance), ...matrix(ctx, o.matrix), ...stakeholders(ctx, view.stakeholders)];
}
