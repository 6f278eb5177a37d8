import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontPaths } from '../../src/fonts/shipped-fonts.js';
import { textWidth, wrapText } from '../../src/render/chart-text.js';
import { pillarChartSvg } from '../../src/render/pillar-chart.js';

// fontkit (through PDFKit) lays out the PDF's text, so its widths are the oracle.
interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(buffer: Buffer): FontkitFont };

/** The fonts a chart label may be drawn in: the PDF's, and the sans-serifs browsers fall back on (when installed). */
const fonts = [
  fontPaths('sans').normal,
  fontPaths('serif').normal,
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
].filter((file) => existsSync(file));

const names = [
  'Signalering, advies en ondersteuning',
  'Preventie',
  'Handhaving en repressie',
  'Zorg en herstel',
  'Vraagbeperking',
  'Schadebeperking (harm reduction)',
  'Vroeginterventie & doorverwijzing',
  'Sécurité, santé et bien-être',
  'WWWWW MMMMM 1234567890',
];

const ours = (text: string): number => textWidth(text, 12);
const measured = (font: FontkitFont, text: string): number => (font.layout(text).advanceWidth / font.unitsPerEm) * 12;

/** The label lines of a chart and their right edges, read from the SVG. */
function labels(svg: string): Array<{ x: number; text: string }> {
  return [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
}
const barStart = (svg: string): number => Number(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="16"/.exec(svg)![1]);

describe('chart text widths', () => {
  it('finds at least the PDF fonts to compare with', () => {
    expect(fonts.length).toBeGreaterThanOrEqual(2);
  });

  it.each(fonts.map((f) => [f.split('/').pop()!, f]))('are never narrower than %s draws them', (_name, file) => {
    const font = fontkit.create(readFileSync(file));
    for (const text of names) expect(ours(text), text).toBeGreaterThanOrEqual(measured(font, text) - 0.01);
  });

  it('wrap at spaces, keep a too-long word whole and lose no text', () => {
    expect(wrapText('Signalering, advies en ondersteuning', 182, 12)).toEqual(['Signalering, advies en', 'ondersteuning']);
    expect(wrapText('Preventie', 182, 12)).toEqual(['Preventie']);
    const long = 'Drugsgerelateerdeoverlastbestrijdingsmaatregelen';
    expect(wrapText(`${long} en zo`, 182, 12)).toEqual([long, 'en zo']);
  });
});

describe('pillarChartSvg', () => {
  const text = { title: 'Evenwicht over de pijlers', goals: 'doelstellingen', actions: 'acties' };
  const count = (name: string, goals = 2, actions = 3) => ({ id: name, name, goals, actions });

  it('keeps every label line inside the chart and left of the bars, with the whole name', () => {
    const counts = [count('Preventie'), count('Signalering, advies en ondersteuning'), count('Drugsgerelateerdeoverlastbestrijdingsmaatregelen in de uitgaanssector'), count('Een heel lange naam van een pijler die over drie regels of meer moet lopen in de grafiek')];
    const svg = pillarChartSvg(counts, text, '#205493');
    const lines = labels(svg);
    const start = barStart(svg);
    for (const line of lines) {
      expect(line.x - ours(line.text), line.text).toBeGreaterThanOrEqual(0);
      expect(line.x, line.text).toBeLessThan(start);
    }
    expect(lines.map((l) => l.text).join(' ')).toBe(counts.map((c) => c.name).join(' '));
    // The viewBox is as wide as the widened label column plus the bars.
    expect(Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1])).toBeGreaterThan(start + 300);
  });

  it('gives a row with three label lines room, so rows never overlap', () => {
    const svg = pillarChartSvg([count('Een heel lange naam van een pijler die over drie regels of meer moet lopen'), count('Preventie')], text, '#205493');
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" text-anchor="end"/g)].map((m) => Number(m[1]));
    expect(ys.length).toBeGreaterThanOrEqual(4);
    // Line gaps within a label are 14; the next pillar's label starts well below the last line.
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="16"/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys.slice(0, -1))).toBeGreaterThanOrEqual(34 + 10);
    expect(bars[2]! - (bars[1]! + 16)).toBeGreaterThanOrEqual(10);
  });

  it('draws short names exactly as before: the 190 wide label column', () => {
    const svg = pillarChartSvg([count('Preventie'), count('Hulpverlening'), count('Repressie')], text, '#205493');
    expect(barStart(svg)).toBe(190);
    expect(labels(svg).map((l) => l.x)).toEqual([182, 182, 182]);
    expect(svg).toContain('viewBox="0 0 550 174"');
  });
});
