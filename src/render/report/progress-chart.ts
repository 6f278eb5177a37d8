import type { Point } from '../../monitoring/judge.js';

export interface ProgressChartInput {
  start?: Point;
  target?: Point;
  /** Measurements, oldest first. */
  points: readonly Point[];
  /** First and last year of the plan: the x axis spans at least these. */
  period: { start: number; end: number };
  /** Title and description for screen readers; the figure's caption repeats the values. */
  title: string;
  description: string;
  /** Formats an axis value in the plan's language. */
  format: (value: number) => string;
  colour: string;
  /** Unique per chart in one document: ids of title, description. */
  id: string;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number): string => (Math.round(v * 10) / 10).toString();

const WIDTH = 360;
const HEIGHT = 150;
const LEFT = 46;
const RIGHT = 14;
const TOP = 12;
const BOTTOM = 26;

/**
 * A small line chart of one indicator: the path from start to target (dashed), the target
 * (a ring), the start (a square) and the measurements (dots joined by a line). Shapes differ,
 * not only colours, so it reads in black and white. Deterministic: the same input gives the
 * same bytes.
 */
export function progressChartSvg(input: ProgressChartInput): string {
  const { start, target, points, period } = input;
  const all = [...(start ? [start] : []), ...(target ? [target] : []), ...points];
  const years = [period.start, period.end, ...all.map((p) => p.year)];
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const values = all.map((p) => p.value);
  let lo = values.length > 0 ? Math.min(...values) : 0;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  // Counts start at zero so that a small change does not look like a big one.
  if (lo >= 0 && lo <= hi * 0.5) lo = 0;
  const span = hi === lo ? Math.max(1, Math.abs(hi) * 0.1) : hi - lo;
  const pad = span * 0.08;
  const yLo = lo === 0 ? 0 : lo - (hi === lo ? span : pad);
  const yHi = hi + (hi === lo ? span : pad);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (year: number): number => LEFT + (x1 === x0 ? plotW / 2 : ((year - x0) / (x1 - x0)) * plotW);
  const y = (value: number): number => TOP + plotH - ((value - yLo) / (yHi - yLo)) * plotH;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" font-family="sans-serif">`,
    `<title id="${input.id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${input.id}-desc">${escapeXml(input.description)}</desc>`,
    `<line x1="${LEFT}" y1="${TOP + plotH}" x2="${WIDTH - RIGHT}" y2="${TOP + plotH}" stroke="#666" stroke-width="0.8"/>`,
    `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + plotH}" stroke="#666" stroke-width="0.8"/>`,
  ];
  for (const v of lo === hi ? [lo] : [lo, hi]) parts.push(`<text x="${LEFT - 5}" y="${n(y(v) + 4)}" text-anchor="end" font-size="10" fill="#333">${escapeXml(input.format(Math.round(v * 10) / 10))}</text>`);
  for (let year = x0; year <= x1; year++) {
    parts.push(`<line x1="${n(x(year))}" y1="${TOP + plotH}" x2="${n(x(year))}" y2="${TOP + plotH + 4}" stroke="#666" stroke-width="0.8"/>`);
    parts.push(`<text x="${n(x(year))}" y="${HEIGHT - 8}" text-anchor="middle" font-size="10" fill="#333">${year}</text>`);
  }
  if (start && target) parts.push(`<line x1="${n(x(start.year))}" y1="${n(y(start.value))}" x2="${n(x(target.year))}" y2="${n(y(target.value))}" stroke="#777" stroke-width="1.2" stroke-dasharray="4 3"/>`);
  if (target) parts.push(`<circle cx="${n(x(target.year))}" cy="${n(y(target.value))}" r="5" fill="#fff" stroke="${input.colour}" stroke-width="2"/>`);
  if (start) parts.push(`<rect x="${n(x(start.year) - 4)}" y="${n(y(start.value) - 4)}" width="8" height="8" fill="#777"/>`);
  if (points.length > 1) parts.push(`<polyline points="${points.map((p) => `${n(x(p.year))},${n(y(p.value))}`).join(' ')}" fill="none" stroke="${input.colour}" stroke-width="1.8"/>`);
  for (const p of points) parts.push(`<circle cx="${n(x(p.year))}" cy="${n(y(p.value))}" r="3.5" fill="${input.colour}"/>`);
  parts.push('</svg>');
  return parts.join('');
}
