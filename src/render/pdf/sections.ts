import type { Content, ContentText, TableCell } from 'pdfmake/interfaces.js';
import type { DocumentView, FactorsView, ListView, SectionView } from '../document-view.js';
import { chapterOpening, dataTable, estimateTextHeight, headed, heading, inline, keepWithNext, markdown, type PdfContext } from './blocks.js';
import { CONTENT_HEIGHT, CONTENT_WIDTH } from './theme.js';

const ALPHA = 'abcdefghijklmnopqrstuvwxyz';

/** A titled list of the plan: bullets, numbers or the letters a) b) c) of the Brugge messages. */
export function list(ctx: PdfContext, l: ListView): Content[] {
  const items = l.items.map((item): Content => {
    const text: ContentText = item.text ? inline(ctx, item.text) : { text: '' };
    const runs = Array.isArray(text.text) ? text.text : [text.text];
    return item.term ? { text: [{ text: item.term, bold: true }, item.text ? { text: ': ' } : '', ...runs] } : { text: runs };
  });
  const body: Content =
    l.style === 'bullet'
      ? { ul: items, margin: [0, 0, 0, 6] }
      : l.style === 'numbered'
        ? { ol: items, margin: [0, 0, 0, 6] }
        : {
            table: {
              widths: [16, '*'],
              body: items.map((item, i): TableCell[] => [{ text: `${ALPHA[i % 26]})` }, item]),
            },
            layout: 'noBorders',
            margin: [0, 0, 0, 6],
          };
  // The introduction ("We onderscheiden drie vormen:") stays with the first items, the title with both.
  // Only a short introduction: the kept block is unbreakable, and pdfmake drops what of an
  // unbreakable block does not fit on one page.
  const intro = markdown(ctx, l.intro);
  const keepIntro = intro.length > 0 && estimateTextHeight(l.intro) < CONTENT_HEIGHT / 4;
  const parts: Content[] = [...(keepIntro ? keepWithNext({ stack: intro }, [body], 36) : [...intro, body]), ...markdown(ctx, l.outro)];
  return l.title ? keepWithNext({ text: l.title, bold: true, margin: [0, 4, 0, 3] }, parts, 40) : parts;
}

function factorTable(ctx: PdfContext, title: string, f: FactorsView): Content[] {
  const { labels } = ctx;
  const column = (items: string[]): TableCell => (items.length ? { ul: items.map((i) => inline(ctx, i)) } : { text: '–' });
  const longest = Math.max(...[f.person, f.substance, f.environment].map((items) => estimateTextHeight(items.join('\n'), CONTENT_WIDTH / 3, 9)));
  return keepWithNext({ text: title, bold: true, margin: [0, 4, 0, 3] }, [
    dataTable(ctx, {
      headers: [labels.person, labels.substance, labels.environment],
      widths: ['*', '*', '*'],
      rows: [[column(f.person), column(f.substance), column(f.environment)]],
      rowHeights: [longest],
    }),
  ]);
}

function figuresTable(ctx: PdfContext, s: SectionView): Content[] {
  if (s.figures.length === 0) return [];
  const { labels } = ctx;
  return keepWithNext({ text: labels.keyFigures, bold: true, margin: [0, 4, 0, 3] }, [
    dataTable(ctx, {
      headers: [labels.figure, labels.value, labels.year, labels.source],
      headerAlignment: [undefined, 'right'],
      widths: ['*', 70, 34, 120],
      rows: s.figures.map((f): TableCell[] => [
        f.note ? { stack: [{ text: f.label }, { text: f.note, style: 'small' }] } : { text: f.label },
        { text: f.value, bold: true, alignment: 'right' },
        { text: f.year === null ? '' : String(f.year) },
        { text: f.source ?? '' },
      ]),
      rowHeights: s.figures.map((f) => estimateTextHeight(`${f.label}\n${f.note ?? ''}`, CONTENT_WIDTH / 2, 9)),
    }),
  ]);
}

/** One section of the analysis or an extra chapter, with its subsections. */
export function section(ctx: PdfContext, s: SectionView): Content[] {
  const level = Math.min(4, Math.max(2, s.level)) as 2 | 3 | 4;
  const body: Content[] = [
    ...markdown(ctx, s.text),
    ...s.lists.flatMap((l) => list(ctx, l)),
    ...figuresTable(ctx, s),
    ...(s.riskFactors ? factorTable(ctx, ctx.labels.riskFactors, s.riskFactors) : []),
    ...(s.protectiveFactors ? factorTable(ctx, ctx.labels.protectiveFactors, s.protectiveFactors) : []),
  ];
  return headed(heading(ctx, s, level), body, s.sections.flatMap((child) => section(ctx, child)));
}

/** A chapter that opens on a new page, then its own text and sections. */
export function chapter(ctx: PdfContext, h: SectionView | (SectionView & { appendix: boolean })): Content[] {
  const body: Content[] = [...markdown(ctx, h.text), ...h.lists.flatMap((l) => list(ctx, l)), ...figuresTable(ctx, h)];
  return [chapterOpening(ctx, h), ...body, ...h.sections.flatMap((s) => section(ctx, s))];
}

export function analysis(ctx: PdfContext, a: DocumentView['analysis']): Content[] {
  return [chapterOpening(ctx, a), ...markdown(ctx, a.intro), ...a.parts.flatMap((p) => section(ctx, p))];
}

export function missionVision(ctx: PdfContext, mv: DocumentView['missionVision']): Content[] {
  const { labels } = ctx;
  const { vision } = mv;
  const pillars: Content[] = vision.pillars.length
    ? [
        { text: labels.pillars, bold: true, margin: [0, 4, 0, 3] },
        {
          ul: vision.pillars.map((p): Content => ({
            text: [{ text: p.name, bold: true }, ...(p.description ? [{ text: ': ' }, ...(inline(ctx, p.description).text as ContentText[])] : [])],
          })),
          margin: [0, 0, 0, 6],
        },
      ]
    : [];
  const principles = vision.principles.flatMap((p) =>
    keepWithNext(heading(ctx, p, 3), [...markdown(ctx, p.text), ...p.lists.flatMap((l) => list(ctx, l))]),
  );
  const scope = vision.scope;
  const scopeBlock: Content[] = scope
    ? keepWithNext({ text: labels.scope, style: 'h4', margin: [0, 10, 0, 4] }, [
        ...markdown(ctx, scope.text),
        ...(scope.substances.length ? [{ text: [{ text: `${labels.substances}: `, bold: true }, scope.substances.map((s) => s.name).join(', ')], margin: [0, 0, 0, 6] } satisfies Content] : []),
        ...(scope.excluded.length
          ? [
              { text: labels.excluded, bold: true, margin: [0, 2, 0, 3] } satisfies Content,
              { ul: scope.excluded.map((e): Content => ({ text: [{ text: e.name }, ...(e.reason ? [{ text: ` – ${e.reason}`, italics: true }] : [])] })), margin: [0, 0, 0, 6] } satisfies Content,
            ]
          : []),
      ])
    : [];
  return [
    chapterOpening(ctx, mv),
    ...keepWithNext(heading(ctx, mv.mission, 2), markdown(ctx, mv.mission.text)),
    ...headed(heading(ctx, vision, 2), [...markdown(ctx, vision.text), ...pillars], [...principles, ...scopeBlock]),
  ];
}
