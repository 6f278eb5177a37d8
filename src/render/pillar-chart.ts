import type { PillarCount } from '../model/pillar-balance.js';

export interface ChartText {
  title: string;
  goals: string;
  actions: string;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ROW = 44;
const BAR = 16;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

/**
 * Horizontal bars of goals and actions per pillar. Goals are solid, actions hatched, and every
 * bar carries its number, so the chart reads the same in black and white.
 */
export function pillarChartSvg(counts: readonly PillarCount[], text: ChartText, colour: string, idPrefix = 'pb'): string {
  const max = Math.max(1, ...counts.flatMap((c) => [c.goals, c.actions]));
  const legendY = 14;
  const top = 34;
  const height = top + counts.length * ROW + 8;
  const scale = (n: number): number => (n / max) * BAR_WIDTH;
  const rows = counts.map((c, i) => {
    const y = top + i * ROW;
    const goalsWidth = scale(c.goals);
    const actionsWidth = scale(c.actions);
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR + 2}" text-anchor="end" font-size="12" fill="#222">${escapeXml(c.name)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${goalsWidth.toFixed(1)}" height="${BAR}" fill="${colour}" stroke="#222" stroke-width="0.8"/>`,
      `<text x="${(LABEL_WIDTH + goalsWidth + 5).toFixed(1)}" y="${y + 12}" font-size="11" fill="#222">${c.goals}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + BAR + 2}" width="${actionsWidth.toFixed(1)}" height="${BAR}" fill="url(#${idPrefix}-hatch)" stroke="#222" stroke-width="0.8"/>`,
      `<text x="${(LABEL_WIDTH + actionsWidth + 5).toFixed(1)}" y="${y + BAR + 14}" font-size="11" fill="#222">${c.actions}</text>`,
    ].join('');
  });
  const description = counts.map((c) => `${c.name}: ${c.goals} ${text.goals}, ${c.actions} ${text.actions}`).join('; ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="sans-serif">`,
    `<title id="${idPrefix}-title">${escapeXml(text.title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<defs><pattern id="${idPrefix}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#222" stroke-width="2"/></pattern></defs>`,
    `<rect x="${LABEL_WIDTH}" y="${legendY - 10}" width="14" height="10" fill="${colour}" stroke="#222" stroke-width="0.8"/>`,
    `<text x="${LABEL_WIDTH + 20}" y="${legendY}" font-size="11" fill="#222">${escapeXml(text.goals)}</text>`,
    `<rect x="${LABEL_WIDTH + 120}" y="${legendY - 10}" width="14" height="10" fill="url(#${idPrefix}-hatch)" stroke="#222" stroke-width="0.8"/>`,
    `<text x="${LABEL_WIDTH + 140}" y="${legendY}" font-size="11" fill="#222">${escapeXml(text.actions)}</text>`,
    ...rows,
    '</svg>',
  ].join('');
}
