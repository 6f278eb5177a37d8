import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import { buildDocumentView, type DocumentView, type TocEntry } from '../../src/render/document-view.js';
import { pillarChartSvg } from '../../src/render/pillar-chart.js';
import { renderPdf, type RenderPdfOptions } from '../../src/render/pdf/render-pdf.js';
import { fixturesDir } from './cli.js';

export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 12, 0, 0));

/** The document view of a plan folder, as the render command builds it. */
export async function viewOf(dir: string): Promise<DocumentView> {
  const result = await checkPlan(dir);
  if (!result.model) throw new Error(`plan in ${dir} is not valid: ${result.diagnostics.map((d) => `${d.code} ${d.file ?? ""}:${d.line ?? ""}`).join('; ')}`);
  return buildDocumentView(result.model, {
    logoSrc: null,
    chartSvg: (counts, labels, colour) => pillarChartSvg(counts, { title: labels.pillarBalance, goals: labels.goalsCount, actions: labels.actionsCount }, colour),
  });
}

export async function pdfOf(dir: string, options: Partial<RenderPdfOptions> = {}): Promise<Uint8Array> {
  return renderPdf(await viewOf(dir), { logo: null, creationDate: FIXED_DATE, ...options });
}

export async function logo(name: 'logo.png' | 'logo.jpg' | 'logo.svg'): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(fixturesDir, 'logos', name)));
}

/** Joins the text runs of one line; runs that touch (a link, a bold word) get no space between. */
function joinRuns(runs: Array<{ x: number; width: number; str: string }>): string {
  let out = '';
  let end = -Infinity;
  for (const run of runs) {
    out += run.x - end > 1.5 ? ` ${run.str}` : run.str;
    end = run.x + run.width;
  }
  return out;
}

export interface ReadPdf {
  /** Per page, its lines from top to bottom, whitespace collapsed. */
  pages: string[][];
  info: Record<string, unknown>;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Text as compared in the tests: whitespace collapsed, and no space after a hyphen between
 * letters, since a line may break there ("West-" / "Vlaanderen"). Apply to both sides.
 */
export const norm = (s: string): string => squash(s).replace(/(\p{L})- (?=\p{L})/gu, '$1-');

/** Reads a PDF back with pdf.js: the text lines of every page, and the document information. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const rows = new Map<number, Array<{ x: number; width: number; str: string }>>();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const text = item as TextItem;
      if (text.str.trim() === '') continue;
      const y = Math.round(text.transform[5]!);
      const row = [...rows.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
      rows.set(row, [...(rows.get(row) ?? []), { x: text.transform[4]!, width: text.width, str: text.str }]);
    }
    pages.push(
      [...rows.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, items]) => squash(joinRuns(items.sort((a, b) => a.x - b.x))))
        .filter((line) => line !== ''),
    );
    page.cleanup();
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

export const headingLabel = (h: { number: string | null; title: string }): string => norm(h.number ? `${h.number} ${h.title}` : h.title);

export function flatten(entries: TocEntry[], maxLevel = Infinity): TocEntry[] {
  return entries.flatMap((e) => (e.level <= maxLevel ? [e, ...flatten(e.children, maxLevel)] : []));
}

export { squash };
