import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { CountRow, ReportView } from '../report/report-view.js';
import { createContext, dataTable, factsText, heading, keepWithNext, markdown, type PdfContext } from './blocks.js';
import { logoNode, type LogoData } from './cover.js';
import { fittedContent, pageFrame, type DefinitionOptions } from './document-definition.js';
import { CONTENT_WIDTH, MARGINS, MUTED_COLOUR, PAGE, normaliseColour } from './theme.js';

/**
 * The progress report as a pdfmake document, built from the same blocks as the plan (headings
 * with outline entries, data tables, Markdown, the house colour and fonts), so whatever the
 * plan's PDF gains (tagging, accessibility) the report gains too. A fresh object every call.
 */
export function reportDefinition(view: ReportView, options: DefinitionOptions): TDocumentDefinitions {
  const primary = normaliseColour(view.primaryColor);
  const ctx = createContext(view.plan, primary, options.svgFontFamily);
  const content = fittedContent([
    ...titleBlock(ctx, view, options.logo),
    ...summary(ctx, view),
    ...indicators(ctx, view),
    ...progress(ctx, view),
    ...changes(ctx, view),
    { text: view.sources, style: 'small', margin: [0, 16, 0, 0] },
  ], primary);
  const running = `${view.title} · ${view.planTitle}`;
  return {
    ...pageFrame(
      view.lang,
      {
        title: `${view.title} – ${view.planTitle}`,
        author: view.municipalities,
        subject: view.planTitle,
        keywords: [view.labels.report.indicators, view.labels.actions, view.municipalities, String(view.year)].join(', '),
      },
      options,
      primary,
    ),
    background: (page: number) => (page === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: 12, h: PAGE.height, color: primary }] } : null),
    header: (page: number) =>
      page === 1
        ? null
        : {
            stack: [
              { columns: [{ text: running }, { text: view.municipalities, alignment: 'right' }], fontSize: 8, color: MUTED_COLOUR },
              { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.6, lineColor: primary }] },
            ],
            margin: [MARGINS.left, 34, MARGINS.right, 0],
          },
    footer: (page: number, pages: number) => ({
      text: view.labels.pageOfPages.replace('{page}', String(page)).replace('{pages}', String(pages)),
      alignment: 'right',
      fontSize: 8,
      color: MUTED_COLOUR,
      margin: [MARGINS.left, 24, MARGINS.right, 0],
    }),
    content,
  };
}

function titleBlock(ctx: PdfContext, view: ReportView, logo: LogoData | null): Content[] {
  const example: Content[] = view.example
    ? [
        {
          table: { widths: ['*'], body: [[{ stack: [{ text: view.labels.report.exampleData, bold: true }, ...markdown(ctx, view.example)], margin: [6, 4, 6, 2] }]] },
          layout: { hLineColor: () => ctx.primary, vLineColor: () => ctx.primary, hLineStyle: () => ({ dash: { length: 3 } }), vLineStyle: () => ({ dash: { length: 3 } }) },
          margin: [0, 4, 0, 8],
        },
      ]
    : [];
  return [
    ...(logo ? [{ ...(logoNode(logo, ctx.svgFont, view.plan.municipalities) as object), fit: [120, 50], margin: [0, 0, 0, 8] } as Content] : []),
    { text: view.municipalities, fontSize: 14, bold: true, color: MUTED_COLOUR, margin: [0, logo ? 60 : 160, 0, 0] },
    { text: view.title, fontSize: 30, bold: true, color: ctx.primary, lineHeight: 1.05, margin: [0, 8, 0, 4] },
    { text: view.planTitle, fontSize: 14, margin: [0, 0, 0, 24] },
    ...example,
    ...markdown(ctx, view.intro),
  ];
}

/** Status counts: one row per pillar or group, a column per status. */
function countsTable(ctx: PdfContext, view: ReportView, caption: string, rows: CountRow[], total: CountRow | null): Content[] {
  const cell = (n: number): TableCell => ({ text: String(n), alignment: 'right' });
  const body = [...rows, ...(total ? [total] : [])].map((row, i): TableCell[] => [
    { text: row.label, bold: total !== null && i === rows.length },
    ...row.cells.map(cell),
    { ...(cell(row.total) as object), bold: true } as TableCell,
  ]);
  return keepWithNext(
    { text: caption, style: 'h4', margin: [0, 6, 0, 3] },
    [
      dataTable(ctx, {
        headers: [view.labels.report.work, ...view.statusColumns.map((c) => c.label), view.labels.total],
        headerAlignment: [undefined, ...view.statusColumns.map(() => 'right' as const), 'right'],
        widths: ['*', ...view.statusColumns.map(() => 46), 34],
        rows: body,
        padding: 3,
      }),
    ],
  );
}

function summary(ctx: PdfContext, view: ReportView): Content[] {
  const s = view.summary;
  const r = view.labels.report;
  // One row of counts under the judgements: short enough to keep the summary on one page.
  const indicatorRow: TableCell[] = [...s.indicators.rows.map((row): TableCell => ({ text: String(row.count), alignment: 'right' })), { text: String(s.indicators.total), alignment: 'right', bold: true }];
  const money: Content[] = s.money
    ? keepWithNext({ text: s.money.caption, style: 'h4', margin: [0, 6, 0, 3] }, [
        dataTable(ctx, {
          headers: [r.budgetLine, r.planned, s.money.headers.spentThisYear, s.money.headers.spentToDate],
          headerAlignment: [undefined, 'right', 'right', 'right'],
          widths: ['*', 70, 80, 90],
          rows: [
            ...s.money.rows.map((m): TableCell[] => [{ text: m.label }, { text: m.planned, alignment: 'right' }, { text: m.spentThisYear, alignment: 'right' }, { text: m.spentToDate, alignment: 'right' }]),
            [{ text: view.labels.total, bold: true }, { text: s.money.total.planned, alignment: 'right', bold: true }, { text: s.money.total.spentThisYear, alignment: 'right', bold: true }, { text: s.money.total.spentToDate, alignment: 'right', bold: true }],
          ],
          padding: 3,
        }),
      ])
    : [{ text: s.noBudget ?? '', style: 'small', margin: [0, 4, 0, 0] }];
  return [
    // The council's summary has a page of its own, right after the title page.
    { ...heading(ctx, s, 2), pageBreak: 'before' } as Content,
    { text: s.intro, margin: [0, 0, 0, 2] },
    ...countsTable(ctx, view, s.byPillar.caption, s.byPillar.rows, null),
    ...countsTable(ctx, view, s.byGroup.caption, s.byGroup.rows, s.byGroup.total),
    ...keepWithNext({ text: s.indicators.caption, style: 'h4', margin: [0, 6, 0, 3] }, [
      dataTable(ctx, {
        headers: [...s.indicators.rows.map((row) => row.label), view.labels.total],
        headerAlignment: [...s.indicators.rows.map(() => 'right' as const), 'right'],
        widths: [...s.indicators.rows.map(() => '*'), 50],
        rows: [indicatorRow],
        padding: 3,
        unbreakable: true,
      }),
    ]),
    ...money,
  ];
}

function indicators(ctx: PdfContext, view: ReportView): Content[] {
  const r = view.labels.report;
  const { labels } = view;
  const h = view.indicators;
  return [
    { ...heading(ctx, h, 2), pageBreak: 'before' } as Content,
    { text: h.intro, margin: [0, 0, 0, 6] },
    ...h.items.flatMap((i): Content[] => {
      const facts = factsText([
        [r.judgementLabel, i.judgementLabel],
        [r.belongsTo, i.goal],
        [r.direction, i.direction],
        [labels.baseline, i.baseline],
        [labels.target, i.target],
        [r.expected, i.expected],
      ]);
      const table: Content[] =
        i.measurements.length > 0
          ? [
              dataTable(ctx, {
                headers: [labels.year, r.measurement, labels.source],
                headerAlignment: [undefined, 'right', undefined],
                widths: [70, 40, '*'],
                rows: i.measurements.map((m): TableCell[] => [{ text: m.date ?? String(m.year) }, { text: m.value, alignment: 'right' }, { text: [m.source, m.note].filter(Boolean).join(' — ') }]),
                padding: 3,
              }),
            ]
          : [];
      const head = heading(ctx, { number: null, title: `${i.name}${i.unit ? ` (${i.unit})` : ''}`, anchor: i.anchor }, 3, { outline: false });
      // Chart and measurements side by side: two indicators fit on a page.
      const chart: Content = { svg: i.svg.markup, font: ctx.svgFont, width: 230, margin: [0, 2, 0, 6] } as Content;
      const body: Content[] = [...(facts ? [facts] : []), { columns: [chart, { stack: table, width: '*' }], columnGap: 12 }];
      return keepWithNext(head, body, 160);
    }),
  ];
}

function progress(ctx: PdfContext, view: ReportView): Content[] {
  const r = view.labels.report;
  const actionsTable = (actions: ReportView['progress']['groups'][number]['actions']): Content[] =>
    actions.length === 0
      ? []
      : [
          dataTable(ctx, {
            headers: [view.labels.action, r.statusLabel, r.explanation],
            widths: [170, 62, '*'],
            rows: actions.map((a): TableCell[] => [{ text: `${a.number} ${a.title}` }, { text: a.statusLabel, bold: a.status === 'delayed' }, { stack: markdown(ctx, a.explanation) }]),
            padding: 3,
          }),
        ];
  const p = view.progress;
  return [
    { ...heading(ctx, p, 2), pageBreak: 'before' } as Content,
    ...p.groups.flatMap((g): Content[] => [
      ...keepWithNext(heading(ctx, { number: null, title: `${g.kind} ${g.number}: ${g.title}`, anchor: g.anchor }, 3), [
        ...g.goals.flatMap((og): Content[] =>
          keepWithNext(
            { text: `${og.number} ${og.title}${og.status === 'unreported' ? '' : ` (${og.statusLabel})`}`, style: 'h4', margin: [0, 8, 0, 3] },
            [...markdown(ctx, og.explanation), ...actionsTable(og.actions)],
          ),
        ),
        ...actionsTable(g.actions),
      ]),
    ]),
  ];
}

function changes(ctx: PdfContext, view: ReportView): Content[] {
  const r = view.labels.report;
  const c = view.changes;
  const table = (caption: string, first: string, rows: Array<{ label: string; before: string; now: string }>): Content[] =>
    rows.length === 0
      ? []
      : keepWithNext({ text: caption, style: 'h4', margin: [0, 6, 0, 3] }, [
          dataTable(ctx, { headers: [first, r.before, r.now], widths: ['*', 90, 90], rows: rows.map((row): TableCell[] => [{ text: row.label }, { text: row.before }, { text: row.now }]), padding: 3 }),
        ]);
  return [
    ...keepWithNext(heading(ctx, c, 2), [
      ...(c.first ? [{ text: c.first } as Content] : []),
      ...(c.none ? [{ text: c.none } as Content] : []),
      ...table(r.statusChanges, view.labels.action, c.statuses.map((s) => ({ label: `${s.number} ${s.title}`, before: s.before, now: s.now }))),
      ...table(r.judgementChanges, view.labels.indicator, c.indicators.map((s) => ({ label: s.name, before: s.before, now: s.now }))),
    ]),
  ];
}
