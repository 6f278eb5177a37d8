import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { EnforcementView, InventoryView, LegalBasisView, PrecursorsView } from '../fields-view.js';
import { chapterOpening, dataTable, estimateTextHeight, heading, headed, inline, keepWithNext, markdown, names, runs, type PdfContext } from './blocks.js';
import { CONTENT_WIDTH } from './theme.js';

/** The parts a plan may add beyond the Brugge shape, for the PDF; the HTML and Markdown have a partial each. */

function label(text: string): Content {
  return { text, bold: true, margin: [0, 4, 0, 3] };
}

export function legalBasis(ctx: PdfContext, l: LegalBasisView): Content[] {
  const entries = l.entries.flatMap((e) =>
    keepWithNext({ text: [{ text: e.title, bold: true }, ...(e.article ? [{ text: `, ${e.article}` }] : [])], margin: [0, 4, 0, 3] }, [
      ...markdown(ctx, e.text),
      // Through the Markdown path, which tags the link for PDF/UA like every other link.
      ...(e.url ? markdown(ctx, `<${e.url}>`) : []),
    ]),
  );
  return [chapterOpening(ctx, l), ...entries];
}

export function precursors(ctx: PdfContext, p: PrecursorsView): Content[] {
  const items = p.entries.map((e): Content => ({
    text: [
      { text: e.title, bold: true },
      { text: [e.kind ? ` (${e.kind})` : '', e.author ? `, ${e.author}` : '', e.when ? `, ${e.when}` : ''].join('') },
      ...(e.text ? [{ text: ': ' }, ...runs(ctx, e.text)] : []),
    ],
  }));
  return [chapterOpening(ctx, p), { ul: items, margin: [0, 0, 0, 6] }];
}

export function inventory(ctx: PdfContext, inv: InventoryView): Content[] {
  const { labels } = ctx;
  const tables = inv.groups.flatMap((g) =>
    keepWithNext(label(g.title), [
      dataTable(ctx, {
        headers: [labels.fields.initiative, labels.owner, labels.partners, labels.fields.since],
        widths: ['*', 110, 110, 40],
        rows: g.initiatives.map((i): TableCell[] => [
          i.text ? { stack: [{ text: i.title, bold: true }, { ...inline(ctx, i.text), style: 'small' }] } : { text: i.title, bold: true },
          { text: i.owner?.name ?? '' },
          { text: names(i.partners) },
          { text: i.since === null ? '' : String(i.since) },
        ]),
        rowHeights: g.initiatives.map((i) => estimateTextHeight(`${i.title}\n${i.text ?? ''}`, CONTENT_WIDTH / 2, 9)),
      }),
    ]),
  );
  return [chapterOpening(ctx, inv), ...markdown(ctx, inv.intro), ...tables];
}

export function enforcement(ctx: PdfContext, e: EnforcementView): Content[] {
  const { labels } = ctx;
  const out: Content[] = [chapterOpening(ctx, e), ...markdown(ctx, e.text)];
  if (e.sanctions.length > 0) {
    out.push(
      ...keepWithNext(label(labels.fields.sanctions), [
        dataTable(ctx, {
          headers: [labels.fields.step, labels.fields.offence, labels.fields.measure],
          widths: [60, '*', '*'],
          rows: e.sanctions.map((s): TableCell[] => [
            { text: s.step ?? '', bold: true },
            { text: s.offence ?? '' },
            s.text ? { stack: [{ text: s.measure }, { ...inline(ctx, s.text), style: 'small' }] } : { text: s.measure },
          ]),
          rowHeights: e.sanctions.map((s) => estimateTextHeight(`${s.measure}\n${s.text ?? ''}`, CONTENT_WIDTH / 3, 9)),
        }),
      ]),
    );
  }
  const m = e.riskMatrix;
  if (m) {
    const cellWidth = Math.floor((CONTENT_WIDTH - 90) / m.impact.length);
    out.push(
      ...keepWithNext(label(labels.fields.riskMatrix), [
        ...markdown(ctx, m.intro),
        dataTable(ctx, {
          headers: [`${labels.fields.likelihood} \\ ${labels.fields.impact}`, ...m.impact],
          widths: [90, ...m.impact.map(() => cellWidth)],
          rows: m.rows.map((r): TableCell[] => [{ text: r.likelihood, bold: true }, ...r.cells.map((c): TableCell => ({ text: c.join('; ') }))]),
          unbreakable: true,
        }),
        dataTable(ctx, {
          headers: [labels.fields.risk, labels.fields.likelihood, labels.fields.impact, labels.fields.measure],
          widths: ['*', 70, 70, '*'],
          rows: m.risks.map((r): TableCell[] => [{ text: r.label }, { text: r.likelihood }, { text: r.impact }, { text: r.measure ?? '' }]),
          rowHeights: m.risks.map((r) => estimateTextHeight(`${r.label}\n${r.measure ?? ''}`, CONTENT_WIDTH / 3, 9)),
        }),
      ]),
    );
  }
  return out;
}
