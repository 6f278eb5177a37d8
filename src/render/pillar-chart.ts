import type { PillarCount } from '../model/pillar-counts.js';
import { textWidth, wrapText } from './chart-text.js';

export interface ChartText {
  title: string;
  goals: string;
  actions: string;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ROW = 44;
const BAR = 16;
/** The narrowest label column; a wider word widens it, a longer name wraps onto more lines. */
const LABEL_WIDTH = 190;
const LABEL_GAP = 8;
const LABEL_FONT = 12;
const LABEL_LINE = 14;
const BAR_WIDTH = 300;

interface RowLayout {
  lines: string[];
  /** Top of the row. */
  y: number;
  /** Top of the row's two bars: lower than y when the label needs more height than the bars. */
  barTop: number;
}

/**
 * Where each pillar's label and bars go. Names are wrapped to the label column by their
 * measured width (chart-text.ts), so a long name ("Signalering, advies en ondersteuning") is
 * never clipped at the chart's left edge; a row with three or more label lines grows.
 */
function layout(counts: readonly PillarCount[], top: number): { labelWidth: number; rows: RowLayout[]; bottom: number } {
  const wrapped = counts.map((c) => wrapText(c.name, LABEL_WIDTH - LABEL_GAP, LABEL_FONT));
  const widest = Math.max(0, ...wrapped.flat().map((line) => textWidth(line, LABEL_FONT)));
  const labelWidth = Math.max(LABEL_WIDTH, Math.ceil(widest + LABEL_GAP + 2));
  let y = top;
  const rows = wrapped.map((lines) => {
    const height = Math.max(ROW, lines.length * LABEL_LINE + 14);
    const row = { lines, y, barTop: y + (height - ROW) / 2 };
    y += height;
    return row;
  });
  return { labelWidth, rows, bottom: y };
}

/**
 * Horizontal bars of goals and actions per pillar. Goals are solid, actions hatched, and every
 * bar carries its number, so the chart reads the same in black and white.
 */
export function pillarChartSvg(counts: readonly PillarCount[], text: ChartText, colour: string, idPrefix = 'pb'): string {
  const max = Math.max(1, ...counts.flatMap((c) => [c.goals, c.actions]));
  const legendY = 14;
  const top = 34;
  const { labelWidth, rows: placed, bottom } = layout(counts, top);
  const width = labelWidth + BAR_WIDTH + 60;
  const height = bottom + 8;
  const scale = (n: number): number => (n / max) * BAR_WIDTH;
  const rows = counts.map((c, i) => {
    const { lines, barTop: y } = placed[i]!;
    const goalsWidth = scale(c.goals);
    const actionsWidth = scale(c.actions);
    // One line sits between the two bars; more lines are centred on that spot.
    const firstBaseline = y + BAR + 2 - ((lines.length - 1) * LABEL_LINE) / 2;
    return [
      ...lines.map((line, k) => `<text x="${labelWidth - LABEL_GAP}" y="${firstBaseline + k * LABEL_LINE}" text-anchor="end" font-size="${LABEL_FONT}" fill="#222">${escapeXml(line)}</text>`),
      `<rect x="${labelWidth}" y="${y}" width="${goalsWidth.toFixed(1)}" height="${BAR}" fill="${colour}" stroke="#222" stroke-width="0.8"/>`,
      `<text x="${(labelWidth + goalsWidth + 5).toFixed(1)}" y="${y + 12}" font-size="11" fill="#222">${c.goals}</text>`,
      `<rect x="${labelWidth}" y="${y + BAR + 2}" width="${actionsWidth.toFixed(1)}" height="${BAR}" fill="url(#${idPrefix}-hatch)" stroke="#222" stroke-width="0.8"/>`,
      `<text x="${(labelWidth + actionsWidth + 5).toFixed(1)}" y="${y + BAR + 14}" font-size="11" fill="#222">${c.actions}</text>`,
    ].join('');
  });
  const description = counts.map((c) => `${c.name}: ${c.goals} ${text.goals}, ${c.actions} ${text.actions}`).join('; ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="sans-serif">`,
    `<title id="${idPrefix}-title">${escapeXml(text.title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<defs><pattern id="${idPrefix}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#222" stroke-width="2"/></pattern></defs>`,
    `<rect x="${labelWidth}" y="${legendY - 10}" width="14" height="10" fill="${colour}" stroke="#222" stroke-width="0.8"/>`,
    `<text x="${labelWidth + 20}" y="${legendY}" font-size="11" fill="#222">${escapeXml(text.goals)}</text>`,
    `<rect x="${labelWidth + 120}" y="${legendY - 10}" width="14" height="10" fill="url(#${idPrefix}-hatch)" stroke="#222" stroke-width="0.8"/>`,
    `<text x="${labelWidth + 140}" y="${legendY}" font-size="11" fill="#222">${escapeXml(text.actions)}</text>`,
    ...rows,
    '</svg>',
  ].join('');
}
