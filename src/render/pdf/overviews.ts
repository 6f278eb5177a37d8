import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { DocumentView } from '../document-view.js';
import { evaluation } from './back-matter.js';
import { chapterOpening, dataTable, estimateTextHeight, heading, keepWithNext, keepWithSpace, markdown, names, type PdfContext } from './blocks.js';
import { withRole } from './structure-roles.js';
import { BODY_SIZE, CONTENT_WIDTH, LINE_HEIGHT, tint } from './theme.js';

const MATRIX_PADDING = 1.5;
const PARTNER_COLUMN = 140;
/** Narrowest goal column that still holds a number such as "3.12". */
const MIN_GOAL_COLUMN = 16;
/** Goal columns that fit across A4 next to the partner names. */
const MAX_COLUMNS = Math.floor((CONTENT_WIDTH - PARTNER_COLUMN - 2 * MATRIX_PADDING) / (MIN_GOAL_COLUMN + 2 * MATRIX_PADDING));

/**
 * Splits the goal columns into blocks that fit across the page: whole strategic goals (1.x,
 * 2.x …) together where they fit, a longer goal split into even parts.
 */
export function matrixBlocks(numbers: string[], max = MAX_COLUMNS): number[][] {
  const groups: number[][] = [];
  numbers.forEach((number, i) => {
    const prefix = number.split('.')[0];
    const last = groups[groups.length - 1];
    if (last && numbers[last[0]!]!.split('.')[0] === prefix) last.push(i);
    else groups.push([i]);
  });
  const parts = groups.flatMap((g) => {
    const pieces = Math.ceil(g.length / max);
    const size = Math.ceil(g.length / pieces);
    return Array.from({ length: pieces }, (_, k) => g.slice(k * size, (k + 1) * size));
  });
  const blocks: number[][] = [];
  for (const part of parts) {
    const last = blocks[blocks.length - 1];
    if (last && last.length + part.length <= max) last.push(...part);
    else blocks.push([...part]);
  }
  return blocks;
}

/** The pillar chart in words, for the tagged PDF: every number the chart shows. */
export function chartAlt(ctx: PdfContext, counts: DocumentView['overviews']['pillarBalance']['counts']): string {
  const { labels } = ctx;
  const pillars = counts.map((c) => labels.chartAltPillar.replace('{pillar}', c.name).replace('{goals}', String(c.goals)).replace('{actions}', String(c.actions)));
  return labels.chartAlt.replace('{pillars}', pillars.join('; '));
}

function pillarBalance(ctx: PdfContext, pb: DocumentView['overviews']['pillarBalance']): Content[] {
  const { labels } = ctx;
  return keepWithNext(heading(ctx, pb, 2), [
    { text: labels.pillarBalanceIntro, margin: [0, 0, 0, 8] },
    withRole({ svg: pb.svg.markup, font: ctx.svgFont, fit: [CONTENT_WIDTH, 400], margin: [0, 0, 0, 10], unbreakable: true } satisfies Content, { type: 'Figure', alt: chartAlt(ctx, pb.counts) }),
  ]);
}

function matrix(ctx: PdfContext, m: DocumentView['overviews']['matrices'][number]): Content[] {
  const { labels } = ctx;
  const intro: Content = { text: m.intro, margin: [0, 0, 0, 8] };
  if (!m.hasRows) return keepWithNext(heading(ctx, m, 2), [intro]);
  const mark = {
    owner: { text: labels.ownerMark, bold: true, color: '#ffffff', fillColor: ctx.primary },
    partner: { text: labels.partnerMark, fillColor: tint(ctx.primary, 0.75) },
  };
  const blocks = matrixBlocks(m.columns.map((c) => c.number));
  const per = Math.max(...blocks.map((b) => b.length));
  // Every cell adds its padding on both sides to the width pdfmake is given.
  const width = Math.min(28, Math.floor((CONTENT_WIDTH - PARTNER_COLUMN - 2 * MATRIX_PADDING) / per - 2 * MATRIX_PADDING));
  const tables = blocks.map((block) =>
    dataTable(ctx, {
      headers: [labels.stakeholders, ...block.map((i) => m.columns[i]!.number)],
      headerAlignment: [undefined, ...block.map(() => 'center' as const)],
      widths: [PARTNER_COLUMN, ...block.map(() => width)],
      padding: MATRIX_PADDING,
      // A partner with no part in these goals has no row in this block.
      rows: m.rows
        .filter((row) => block.some((i) => row.cells[i]))
        .map((row): TableCell[] => [
          { text: row.name },
          ...block.map((i): TableCell => {
            const cell = row.cells[i];
            return cell ? { ...mark[cell], alignment: 'center' } : { text: '' };
          }),
        ]),
    }),
  );
  // The legend goes above the tables: below a long matrix it would stand alone on a new page.
  const legend: Content = { text: `${labels.legend}.`, style: 'small', margin: [0, -4, 0, 8] };
  return [...keepWithNext(heading(ctx, m, 2), [intro, legend, ...tables.slice(0, 1)]), ...tables.slice(1)];
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
            { stack: [{ text: b.name, bold: true }, ...(b.theme ? [{ text: `${ctx.labels.bodyTheme}: ${b.theme}`, style: 'small' } satisfies Content] : []), ...(b.meets ? [{ text: b.meets, style: 'small' } satisfies Content] : []), ...(b.tasks ? markdown(ctx, b.tasks).map((c) => ({ stack: [c], style: 'small' }) satisfies Content) : [])] },
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
  if (s.agreements.length) {
    const [first, ...rest] = s.agreements.map((a) => agreement(ctx, a));
    out.push(...keepWithNext({ text: labels.agreements, style: 'h3', margin: [0, 12, 0, 6] }, first!), ...rest.flat());
  }
  return out;
}

/** One agreement between partners: its title, then form, partners and date, then its text. */
function agreement(ctx: PdfContext, a: DocumentView['stakeholders']['agreements'][number]): Content[] {
  const { labels } = ctx;
  const meta = [
    ...(a.form ? [`${labels.agreementForm}: ${a.form}`] : []),
    `${labels.partners}: ${names(a.partners)}`,
    ...(a.date ? [`${labels.date}: ${a.date}`] : []),
  ].join(' · ');
  const metaLine: Content = { text: meta, style: 'small', margin: [0, 0, 0, 4] };
  // The title keeps its facts line and the start of its text on one page: the band under the
  // title holds the facts and two lines of text, or the whole first paragraph when shorter.
  // Kept with the facts alone, a title ended a page whenever its text did not fit under it.
  const firstParagraph = a.text?.split(/\n\s*\n/)[0];
  const space = estimateTextHeight(meta) + 4 + Math.min(estimateTextHeight(firstParagraph), 2 * BODY_SIZE * LINE_HEIGHT * 1.35);
  return [...keepWithSpace({ text: a.title, style: 'h4', margin: [0, 8, 0, 3] }, [metaLine, ...markdown(ctx, a.text)], space), { text: '', margin: [0, 0, 0, 4] }];
}

/** Overviews: the pillar balance chart, who does what, the consultation structure and the agreements. */
export function overviews(ctx: PdfContext, view: DocumentView): Content[] {
  const o = view.overviews;
  return [chapterOpening(ctx, o), ...pillarBalance(ctx, o.pillarBalance), ...o.matrices.flatMap((m) => matrix(ctx, m)), ...(o.withStakeholders ? stakeholders(ctx, view.stakeholders) : [])];
}

/** The partners, bodies and agreements as a chapter of their own, with the evaluation when the structure joins it (php-nl H5). */
export function stakeholdersChapter(ctx: PdfContext, h: NonNullable<DocumentView['stakeholdersChapter']>, s: DocumentView['stakeholders']): Content[] {
  return [chapterOpening(ctx, h), ...stakeholders(ctx, s), ...(h.evaluation ? evaluation(ctx, h.evaluation) : [])];
}
