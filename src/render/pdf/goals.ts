import type { Content, ContentText, TableCell } from 'pdfmake/interfaces.js';
import type { ActionView, DocumentView, IndicatorView, OperationalGoalView } from '../document-view.js';
import {
  chapterOpening,
  dataTable,
  estimateTextHeight,
  factsText,
  fitsOnePage,
  headed,
  heading,
  inline,
  keepWithNext,
  markdown,
  names,
  runs,
  type PdfContext,
} from './blocks.js';
import { CONTENT_WIDTH, MUTED_COLOUR } from './theme.js';

/** The target groups and settings of a theme or strategic goal. */
function groupScope(ctx: PdfContext, g: { targetGroups: string[]; settings: string[] }): Content[] {
  const { labels } = ctx;
  const pairs: Array<[string, string[]]> = [
    [labels.targetGroups, g.targetGroups],
    [labels.settings, g.settings],
  ];
  return pairs
    .filter(([, values]) => values.length > 0)
    .map(([name, values]): Content => ({ text: [{ text: `${name}: `, bold: true }, values.join(', ')], margin: [0, 0, 0, 6] }));
}

function label(text: string): Content {
  return { text, bold: true, margin: [0, 4, 0, 3] };
}

function indicatorsTable(ctx: PdfContext, indicators: IndicatorView[]): Content | null {
  if (indicators.length === 0) return null;
  const { labels } = ctx;
  return dataTable(ctx, {
    headers: [labels.indicator, labels.baseline, labels.target, labels.source],
    headerAlignment: [undefined, 'right', 'right'],
    widths: ['*', 62, 62, 100],
    rows: indicators.map((i): TableCell[] => {
      const name: ContentText = { text: [{ text: i.name }, ...(i.unit ? [{ text: ` (${i.unit})`, color: '#5c5c5c' }] : [])] };
      const notes = [i.targetGroup, i.frequency ? `${labels.fields.frequency}: ${i.frequency}` : null].filter((n): n is string => n !== null);
      return [
        notes.length > 0 ? { stack: [name, ...notes.map((n) => ({ text: n, style: 'small' }))] } : name,
        { text: i.baseline ?? '–', alignment: 'right' },
        { text: i.target ?? '–', alignment: 'right', bold: true },
        { text: i.source ?? '' },
      ];
    }),
  });
}

function actionsTable(ctx: PdfContext, actions: ActionView[]): Content[] {
  if (actions.length === 0) return [];
  const { labels } = ctx;
  const details = actions.map((a) =>
    [
      a.pillars.length ? `${labels.pillars}: ${names(a.pillars)}` : null,
      a.targetGroups.length ? `${labels.targetGroups}: ${a.targetGroups.join(', ')}` : null,
      a.settings.length ? `${labels.settings}: ${a.settings.join(', ')}` : null,
      a.substances.length ? `${labels.substances}: ${names(a.substances)}` : null,
      a.budget ? `${labels.workBudget}: ${a.budget}` : null,
      a.outputs.length ? `${labels.fields.outputs}: ${a.outputs.join('; ')}` : null,
      a.income.length ? `${labels.fields.income}: ${a.income.join('; ')}` : null,
      // As in the HTML: unit, target group and source too.
      ...a.indicators.map(
        (i) =>
          `${labels.indicator}: ${i.name}${i.unit ? ` (${i.unit})` : ''}${i.baseline || i.target ? `: ${[i.baseline, i.target].map((v) => v ?? '–').join(' → ')}` : ''}` +
          `${i.targetGroup ? `; ${labels.targetGroup}: ${i.targetGroup}` : ''}${i.source ? `; ${labels.source}: ${i.source}` : ''}` +
          `${i.frequency ? `; ${labels.fields.frequency}: ${i.frequency}` : ''}`,
      ),
    ].filter((d): d is string => d !== null),
  );
  const rows = actions.map((a, n): TableCell[] => {
    return [
      { text: a.number ?? '', color: ctx.primary, bold: true },
      {
        text: [
          { text: a.title, bold: true },
          ...(a.text ? [{ text: '\n' }, ...runs(ctx, a.text)] : []),
          ...details[n]!.map((d) => ({ text: `\n${d}`, fontSize: 8.5, color: MUTED_COLOUR })),
        ],
      },
      { text: [...(a.owner ? [{ text: a.owner.name, bold: true }] : []), ...(a.partners.length ? [{ text: `${a.owner ? '\n' : ''}${names(a.partners)}` }] : [])] },
      { text: [{ text: a.timing ?? '' }, ...(a.status ? [{ text: `\n${a.status}`, fontSize: 8.5, color: MUTED_COLOUR }] : [])] },
    ];
  });
  const rowHeights = actions.map((a, n) => estimateTextHeight(`${a.title}\n${a.text ?? ''}`, CONTENT_WIDTH * 0.5, 9) + 12 * details[n]!.length + 6);
  return keepWithNext(
    label(labels.actions),
    [dataTable(ctx, { headers: ['', labels.action, `${labels.owner} / ${labels.partners}`, labels.timing], widths: [34, '*', 120, 58], rows, rowHeights })],
    40,
  );
}

function operationalGoal(ctx: PdfContext, og: OperationalGoalView): Content[] {
  const { labels } = ctx;
  const facts = factsText([
    [labels.pillars, names(og.pillars)],
    [labels.owner, og.owner?.name ?? null],
    [labels.partners, names(og.partners)],
    [labels.targetGroups, og.targetGroups.join(', ')],
    [labels.settings, og.settings.join(', ')],
    [labels.substances, names(og.substances)],
    [labels.deadline, og.deadline === null ? null : String(og.deadline)],
    [labels.workBudget, og.budget],
  ]);
  const indicators = indicatorsTable(ctx, og.indicators);
  const head = heading(ctx, og, 4);
  const body: Content[] = [
    ...(facts ? [facts] : []),
    ...markdown(ctx, og.text),
    ...(indicators ? keepWithNext(label(labels.indicators), [indicators], 40) : []),
  ];
  // The goal, its facts and its indicator table stay on one page when they surely fit.
  const estimate =
    estimateTextHeight(og.title, CONTENT_WIDTH, 11) +
    14 * 8 +
    estimateTextHeight(og.text) +
    og.indicators.reduce((sum, i) => sum + estimateTextHeight(i.name, CONTENT_WIDTH * 0.45, 9) + 8, 40);
  const together: Content[] = fitsOnePage(estimate) ? [{ stack: [head, ...body], unbreakable: true }] : headed(head, body);
  return [...together, ...actionsTable(ctx, og.actions)];
}

function strategicGoal(ctx: PdfContext, goal: NonNullable<DocumentView['goals']['productGoals']>['goals'][number]): Content[] {
  const { labels } = ctx;
  const strategy: Content[] = goal.strategy
    ? [{ text: [{ text: `${labels.strategy}: `, bold: true, color: ctx.primary }, ...(inline(ctx, goal.strategy).text as ContentText[])], margin: [0, 0, 0, 6] }]
    : [];
  const pillars: Content[] = goal.pillars.length ? [{ text: [{ text: `${labels.pillars}: `, bold: true }, names(goal.pillars)], margin: [0, 0, 0, 6] }] : [];
  const ogs = goal.operationalGoals.flatMap((og) => operationalGoal(ctx, og));
  const intro = [...strategy, ...markdown(ctx, goal.text), ...pillars, ...groupScope(ctx, goal)];
  return headed(heading(ctx, goal, 3, { text: `${goal.number}.  ${goal.title}` }), intro, [
    ...(ogs.length ? keepWithNext(label(labels.operationalGoals), ogs.slice(0, 1), 40) : []),
    ...ogs.slice(1),
  ]);
}

export function goals(ctx: PdfContext, g: DocumentView['goals']): Content[] {
  const { labels } = ctx;
  const out: Content[] = [chapterOpening(ctx, g), ...markdown(ctx, g.intro)];
  if (g.processGoals) {
    const items = g.processGoals.goals.flatMap((pg) =>
      headed(heading(ctx, pg, 3, { text: `${pg.number})  ${pg.title}` }), [
        ...markdown(ctx, pg.text),
        ...(pg.owner ? [{ text: [{ text: `${labels.owner}: `, bold: true }, pg.owner.name], margin: [0, 0, 0, 6] } satisfies Content] : []),
        ...(pg.ambitions.length ? keepWithNext(label(`${labels.ambitions}:`), [{ ul: pg.ambitions.map((a) => inline(ctx, a)), margin: [0, 0, 0, 6] }], 30) : []),
      ]),
    );
    out.push(...headed(heading(ctx, g.processGoals, 2), [], items));
  }
  if (g.productGoals) {
    out.push(...headed(heading(ctx, g.productGoals, 2), [], g.productGoals.goals.flatMap((goal) => strategicGoal(ctx, goal))));
  }
  if (g.themes) {
    const { level, inContents } = g.themes;
    const themes = g.themes.themes.flatMap((t) =>
      headed(
        // Themes in the contents read there as here; the Brugge structure keeps its "1.  Title".
        heading(ctx, t, level, inContents ? {} : { text: `${t.number}.  ${t.title}` }),
        [...markdown(ctx, t.text), ...(t.pillars.length ? [{ text: [{ text: `${labels.pillars}: `, bold: true }, names(t.pillars)], margin: [0, 0, 0, 6] } satisfies Content] : []), ...groupScope(ctx, t)],
        actionsTable(ctx, t.actions),
      ),
    );
    // Flat themes (level 2) stand straight under the chapter, without a section heading of their own.
    out.push(...(g.themes.flat ? themes : headed(heading(ctx, g.themes, 2), [], themes)));
  }
  return out;
}

/** The actions as a chapter of their own (php-nl H4 Activiteiten, an action plan), grouped by goal or theme. */
export function actionsChapter(ctx: PdfContext, a: NonNullable<DocumentView['actions']>): Content[] {
  return [
    chapterOpening(ctx, a),
    ...markdown(ctx, a.intro),
    ...a.groups.flatMap((group) => (group.heading ? headed(heading(ctx, group.heading, 2), [], actionsTable(ctx, group.actions)) : actionsTable(ctx, group.actions))),
  ];
}
