import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { examplesDir, fixturesDir, repoRoot, runPlan } from '../helpers/cli.js';
import { launchChromium } from '../helpers/browser.js';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const screenshotDir = join(repoRoot, 'test', 'output', 'screenshots');

const plans = [
  { name: 'base', dir: join(fixturesDir, 'base') },
  ...(existsSync(examplesDir) ? readdirSync(examplesDir, { withFileTypes: true }) : [])
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, dir: join(examplesDir, e.name) })),
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(screenshotDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(plans)('the HTML of $name in headless Chromium', ({ name, dir }) => {
  it('loads without console errors, passes axe without serious or critical violations, and prints on A4', async () => {
    const out = await mkdtemp(join(tmpdir(), `plan-html-${name}-`));
    const render = await runPlan(['render', dir, '--out', out, '--format', 'html']);
    expect(render.status, render.stdout + render.stderr).toBe(0);

    const page = await browser.newPage({ viewport: { width: 1024, height: 1400 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    // A self-contained file asks for nothing beyond itself.
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`external request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(out, 'plan.html')).href, { waitUntil: 'load' });
    expect(problems).toEqual([]);

    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toMatch(/^(nl-BE|nl-NL|en)$/);
    // Heading levels never skip one on the way down.
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    levels.reduce((previous, level) => {
      expect(level - previous, `heading level jumps from h${previous} to h${level}`).toBeLessThanOrEqual(1);
      return level;
    });
    // Every link in the table of contents lands on a heading.
    const missing = await page.$$eval('nav.toc a', (links) => links.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
    expect(missing).toEqual([]);

    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    })) as AxeViolation[];
    // Serious and critical ones, and landmark-unique (moderate): two regions of one name cannot be told apart.
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique');
    expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.screenshot({ path: join(screenshotDir, `${name}-first-page.png`) });

    // The title names the period once ("Drugbeleidsplan 2021-2025", not "… 2021-2025 2021-2025";
    // a one-year action plan "Actieplan 2026", not "… 2026 2026-2026").
    const title = await page.title();
    const period = /\b\d{4}(?:-\d{4})?\b/.exec(title)?.[0];
    expect(period, title).toBeDefined();
    expect(title.split(period!).length - 1, title).toBe(1);
    expect((await page.locator('.cover').innerText()).split(period!).length - 1).toBe(1);

    // On a phone (390 px wide) the page never scrolls sideways: a wide table scrolls in its own box,
    // which takes keyboard focus so that it can be scrolled without a mouse; axe checks it there too.
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      tablesOutsideABox: Array.from(document.querySelectorAll('table')).filter((table) => {
        const box = table.parentElement!;
        return table.getBoundingClientRect().right > document.documentElement.clientWidth && getComputedStyle(box).overflowX !== 'auto';
      }).length,
    }));
    expect(phone.scrollWidth).toBeLessThanOrEqual(phone.clientWidth);
    expect(phone.tablesOutsideABox).toBe(0);
    const phoneViolations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    })) as AxeViolation[];
    expect(phoneViolations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, `${name}-phone.png`) });
    await page.setViewportSize({ width: 1024, height: 1400 });

    // The print stylesheet: A4 pages, the cover alone on the first.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(3);
    await page.close();
  });
});

describe('the progress report of the Brugge example in headless Chromium', () => {
  it('loads on its own, passes axe without serious or critical violations, and reads in heading order', async () => {
    const out = await mkdtemp(join(tmpdir(), 'plan-report-html-'));
    const render = await runPlan(['report', join(examplesDir, 'brugge'), '--year', '2023', '--out', out, '--format', 'html']);
    expect(render.status, render.stdout + render.stderr).toBe(0);

    const page = await browser.newPage({ viewport: { width: 1024, height: 1400 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`external request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(out, 'report-2023.html')).href, { waitUntil: 'load' });
    expect(problems).toEqual([]);

    expect(await page.locator('h1').textContent()).toBe('Voortgangsrapport 2023');
    expect(await page.getAttribute('html', 'lang')).toBe('nl-BE');
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    levels.reduce((previous, level) => {
      expect(level - previous, `heading level jumps from h${previous} to h${level}`).toBeLessThanOrEqual(1);
      return level;
    });
    // Every indicator has its chart, named for screen readers.
    const charts = await page.$$eval('figure svg', (svgs) => svgs.map((svg) => svg.getAttribute('role') === 'img' && (svg.querySelector('title')?.textContent ?? '') !== ''));
    expect(charts.length).toBe(28);
    expect(charts.every(Boolean)).toBe(true);
    const summary = await page.locator('section[aria-labelledby="samenvatting"]').innerText();
    expect(summary).toContain('Acties per pijler');

    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    })) as AxeViolation[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'brugge-report-first-page.png') });
    await page.close();
  });
});
