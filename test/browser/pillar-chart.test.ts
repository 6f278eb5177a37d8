import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { fixturesDir, runPlan } from '../helpers/cli.js';
import { launchChromium } from '../helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the pillar chart in headless Chromium', () => {
  it('draws a long pillar name whole, inside the chart and left of the bars', async () => {
    const out = await mkdtemp(join(tmpdir(), 'plan-chart-'));
    const render = await runPlan(['render', join(fixturesDir, 'derived-facts'), '--out', out, '--format', 'html']);
    expect(render.status, render.stdout + render.stderr).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1024, height: 1400 } });
    await page.goto(pathToFileURL(join(out, 'plan.html')).href, { waitUntil: 'load' });
    // In the chart's own units: each label's box as this browser's sans-serif draws it, and where the bars start.
    const { labels, barStart } = await page.$eval('#pijlerbalans ~ figure svg, section[aria-labelledby="pijlerbalans"] svg', (svg) => {
      const texts = Array.from(svg.querySelectorAll<SVGTextElement>('text[text-anchor="end"]'));
      const bar = svg.querySelector('rect[height="16"]') as SVGRectElement;
      return {
        labels: texts.map((t) => {
          const box = t.getBBox();
          return { text: t.textContent ?? '', left: box.x, right: box.x + box.width };
        }),
        barStart: bar.x.baseVal.value,
      };
    });
    await page.close();
    expect(labels.map((l) => l.text).join(' ')).toBe('Preventie Signalering, advies en ondersteuning Repressie');
    for (const label of labels) {
      expect(label.left, label.text).toBeGreaterThanOrEqual(0);
      expect(label.right, label.text).toBeLessThanOrEqual(barStart);
    }
  });
});
