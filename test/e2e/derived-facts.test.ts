import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, runPlan, type RunResult } from '../helpers/cli.js';
import { norm, readPdf } from '../helpers/pdf.js';

/**
 * The derived facts of one plan in every output: `pillars: []` under a strategic goal on
 * preventie (counts for preventie), a pillar name too long for the chart's old label column,
 * and a plan with both operational goals and theme actions (two partner matrices).
 */
const fixture = join(fixturesDir, 'derived-facts');
let out: string;
let render: RunResult;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'plan-derived-'));
  render = await runPlan(['render', fixture, '--out', out, '--format', 'html,md,pdf']);
});

describe('pillars: [] in the CLI and the rendered plan', () => {
  it('plan validate warns at the empty list with its place, what it counts for and how to rewrite it', async () => {
    const result = await runPlan(['validate', fixture]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `goals.yaml:18:18 waarschuwing "pillars: []" bij operationele doelstelling 1.1 'Scholen werken preventief' noemt geen pijlers: ze telt daarom mee voor de pijlers erboven (Preventie) [pillar-balance/pillars-empty-list]`,
    );
    expect(result.stdout).toContain('laat de regel "pillars: []" dan weg; bedoelt u andere, noem ze, bv. pillars: [signalering].');
    const en = await runPlan(['validate', fixture, '--lang', 'en']);
    expect(en.stdout).toContain(`"pillars: []" on operational goal 1.1 'Scholen werken preventief' names no pillars, so it counts for the pillars above it (Preventie)`);
  });

  it('the chart counts the goal and its action for preventie in HTML, Markdown and PDF', async () => {
    expect(render.status, render.stdout + render.stderr).toBe(0);
    const html = await readFile(join(out, 'plan.html'), 'utf8');
    expect(html).toContain('<figcaption>Evenwicht over de pijlers: Preventie 1 / 2; Signalering, advies en ondersteuning 1 / 0; Repressie 0 / 1 (doelstellingen / acties)</figcaption>');
    expect(html).toContain('<desc id="pb-desc">Preventie: 1 doelstellingen, 2 acties; Signalering, advies en ondersteuning: 1 doelstellingen, 0 acties; Repressie: 0 doelstellingen, 1 acties</desc>');
    const md = await readFile(join(out, 'plan.md'), 'utf8');
    expect(md).toContain('| Preventie | 1 | 2 |\n| Signalering, advies en ondersteuning | 1 | 0 |\n| Repressie | 0 | 1 |');
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'plan.pdf'))));
    const text = norm(pdf.pages.flat().join(' '));
    // The tagged PDF's alternative text for the chart says every count.
    expect(execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(out, 'plan.pdf'), '-'], { encoding: 'latin1', maxBuffer: 1 << 28 })).toMatch(/Preventie: 1 [^;]*2 [^;]*;/);
    expect(text).toContain('Evenwicht over de pijlers');
  });
});

describe('the pillar chart keeps long names whole', () => {
  it('in the PDF, every word of the long label lies inside the page margin, left of the bars', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', join(out, 'plan.pdf'), '-'], { encoding: 'utf8' });
    const pages = bbox.split('<page ').slice(1);
    const page = pages.find((p) => p.includes('>Evenwicht<'))!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: m[3]! }));
    const margin = words.find((w) => w.text === 'Evenwicht')!.xMin;
    // The chart's legend starts where the bars do, right of every other "doelstellingen" on the page.
    const bars = Math.max(...words.filter((w) => w.text === 'doelstellingen').map((w) => w.xMin));
    for (const word of ['Signalering,', 'advies', 'ondersteuning', 'Preventie', 'Repressie']) {
      const found = words.find((w) => w.text === word);
      expect(found, word).toBeDefined();
      expect(found!.xMin, word).toBeGreaterThanOrEqual(margin - 0.5);
      expect(found!.xMax, word).toBeLessThan(bars);
    }
  });
});

describe('partner matrices say what their columns are and never mix kinds', () => {
  it('in HTML: one matrix of operational goals, one of actions, each with its own heading and intro', async () => {
    const html = await readFile(join(out, 'plan.html'), 'utf8');
    const goals = html.slice(html.indexOf('<h3 id="partnermatrix">'), html.indexOf('<h3 id="partnermatrix-acties">'));
    const actions = html.slice(html.indexOf('<h3 id="partnermatrix-acties">'), html.indexOf('</section>', html.indexOf('<h3 id="partnermatrix-acties">')));
    expect(goals).toContain('Partners en doelstellingen</h3>\n<p>Wie trekt (T) en wie werkt mee (P) aan welke doelstelling.</p>');
    expect([...goals.matchAll(/<abbr title="([^"]*)">([^<]*)<\/abbr>/g)].map((m) => `${m[2]} ${m[1]}`)).toEqual(['1.1 Scholen werken preventief', '2.1 Doorverwijzing verloopt vlot']);
    expect(actions).toContain('Partners en acties</h3>\n<p>Wie trekt (T) en wie werkt mee (P) aan welke actie. De kolommen zijn de genummerde acties.</p>');
    expect([...actions.matchAll(/<abbr title="([^"]*)">([^<]*)<\/abbr>/g)].map((m) => `${m[2]} ${m[1]}`)).toEqual(['1 Controles bij evenementen', '2 Begeleiding van fuiven']);
  });

  it('in Markdown', async () => {
    const md = await readFile(join(out, 'plan.md'), 'utf8');
    expect(md).toContain('### Partners en doelstellingen\n\nWie trekt (T) en wie werkt mee (P) aan welke doelstelling.\n\n| Partners | 1.1 | 2.1 |\n');
    expect(md).toContain('### Partners en acties\n\nWie trekt (T) en wie werkt mee (P) aan welke actie. De kolommen zijn de genummerde acties.\n\n| Partners | 1 | 2 |\n');
  });

  it('in the PDF', async () => {
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'plan.pdf'))));
    const text = norm(pdf.pages.flat().join(' '));
    expect(text).toMatch(/Partners en doelstellingen Wie trekt \(T\) en wie werkt mee \(P\) aan welke doelstelling\. T = trekker, P = partner\. Partners 1\.1 2\.1 Preventiedienst T/);
    expect(text).toMatch(/Partners en acties Wie trekt \(T\) en wie werkt mee \(P\) aan welke actie\. De kolommen zijn de genummerde acties\. T = trekker, P = partner\. Partners 1 2 Lokale politie T/);
  });
});
