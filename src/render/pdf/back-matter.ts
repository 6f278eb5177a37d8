import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { DocumentView } from '../document-view.js';
import { chapterOpening, dataTable, estimateTextHeight, heading, keepWithNext, markdown, titleWithPeriod, type PdfContext } from './blocks.js';
import { MUTED_COLOUR } from './theme.js';

export function introduction(ctx: PdfContext, intro: NonNullable<DocumentView['introduction']>): Content[] {
  return [chapterOpening(ctx, intro), ...markdown(ctx, intro.text)];
}

export function evaluation(ctx: PdfContext, e: NonNullable<DocumentView['evaluation']>): Content[] {
  const { labels } = ctx;
  const moments: Content[] = e.moments.length
    ? keepWithNext({ text: labels.moments, bold: true, margin: [0, 4, 0, 3] }, [
        dataTable(ctx, {
          headers: [labels.year, labels.what, labels.who],
          widths: [40, '*', 150],
          rows: e.moments.map((m): TableCell[] => [{ text: String(m.year), bold: true }, { text: m.what }, { text: m.who ?? '' }]),
          rowHeights: e.moments.map((m) => estimateTextHeight(m.what, 250, 9)),
        }),
      ])
    : [];
  // Joined to another chapter (php-nl: Samenwerking en evaluatie), the evaluation is a section of it.
  if (e.level === 2) return keepWithNext(heading(ctx, e, 2), [...markdown(ctx, e.text), ...moments]);
  return [chapterOpening(ctx, e), ...markdown(ctx, e.text), ...moments];
}

export function budget(ctx: PdfContext, b: NonNullable<DocumentView['budget']>): Content[] {
  const { labels } = ctx;
  const table: Content[] = b.items.length
    ? [
        dataTable(ctx, {
          headers: [labels.budgetItem, labels.year, labels.pillars, labels.source, labels.amount],
          headerAlignment: [undefined, undefined, undefined, undefined, 'right'],
          widths: ['*', 34, 80, 90, 70],
          rows: [
            ...b.items.map((i): TableCell[] => [
              i.detail ? { stack: [{ text: i.label }, { text: i.detail, style: 'small' }] } : { text: i.label },
              { text: i.year === null ? '' : String(i.year) },
              { text: i.pillar ?? '' },
              { text: i.source ?? '' },
              { text: i.amount, alignment: 'right', noWrap: true },
            ]),
            [{ text: labels.total, bold: true, colSpan: 4 }, {}, {}, {}, { text: b.total, bold: true, alignment: 'right', noWrap: true }],
          ],
        }),
      ]
    : [];
  const income: Content[] = b.income
    ? keepWithNext({ text: labels.fields.income, bold: true, margin: [0, 4, 0, 3] }, [
        dataTable(ctx, {
          headers: [labels.budgetItem, labels.source, labels.amount],
          headerAlignment: [undefined, undefined, 'right'],
          widths: ['*', 150, 70],
          rows: [
            ...b.income.items.map((i): TableCell[] => [
              i.detail ? { stack: [{ text: i.label }, { text: i.detail, style: 'small' }] } : { text: i.label },
              { text: i.source ?? '' },
              { text: i.amount, alignment: 'right', noWrap: true },
            ]),
            [{ text: labels.fields.incomeTotal, bold: true, colSpan: 2 }, {}, { text: b.income.total, bold: true, alignment: 'right', noWrap: true }],
          ],
        }),
      ])
    : [];
  return [chapterOpening(ctx, b), ...markdown(ctx, b.text), ...table, ...income];
}

export function glossary(ctx: PdfContext, g: NonNullable<DocumentView['glossary']>): Content[] {
  const { labels } = ctx;
  return [
    chapterOpening(ctx, g),
    dataTable(ctx, {
      headers: [labels.term, labels.definition],
      widths: [130, '*'],
      rows: g.entries.map((e): TableCell[] => [{ text: e.term, bold: true }, { stack: markdown(ctx, e.definition) }]),
      rowHeights: g.entries.map((e) => estimateTextHeight(e.definition, 300, 9)),
    }),
  ];
}

/**
 * The back page: the responsible publisher (V.U.), the coordinator and the adoption, set low on
 * the page as on the back cover of the Brugge plan.
 */
export function colophon(ctx: PdfContext, view: DocumentView): Content[] {
  const { labels } = ctx;
  const { publisher, coordinator, adoptions } = view.colophon;
  const line = (parts: Array<string | null>): string => parts.filter((p): p is string => !!p).join(', ');
  const blocks: Content[] = [];
  if (adoptions.length > 0) {
    blocks.push({
      stack: [
        { text: labels.adopted, style: 'label' },
        ...adoptions.flatMap((adoption): Content[] => [
          { text: line([adoption.body, adoption.date]) },
          ...(adoption.reference ? [{ text: `${labels.decision}: ${adoption.reference}` } satisfies Content] : []),
        ]),
      ],
      margin: [0, 0, 0, 12],
    });
  }
  if (coordinator) {
    blocks.push({
      stack: [
        { text: labels.coordinator, style: 'label' },
        { text: line([coordinator.name, coordinator.role, coordinator.organisation]) },
        ...(coordinator.email || coordinator.phone ? [{ text: `${labels.contact}: ${line([coordinator.email, coordinator.phone])}` } satisfies Content] : []),
      ],
      margin: [0, 0, 0, 12],
    });
  }
  if (publisher) {
    blocks.push({
      stack: [
        { text: labels.publisher, style: 'label' },
        { text: `${labels.responsiblePublisher} ${line([publisher.name, publisher.role, publisher.address])}`, bold: true },
      ],
      margin: [0, 0, 0, 12],
    });
  }
  blocks.push({ text: line([view.municipalities, titleWithPeriod(view), view.version ? `${labels.version} ${view.version}` : null]), color: MUTED_COLOUR, fontSize: 8.5 });
  return [{ stack: [{ text: labels.colophon, style: 'h3', margin: [0, 0, 0, 12] }, ...blocks], pageBreak: 'before', margin: [0, 400, 0, 0] }];
}
