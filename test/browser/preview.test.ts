/**
 * `plan preview` in Chromium, against the real server: the page follows the files on disk.
 * Edit a text and it appears where the reader was; break the YAML and the overlay names the
 * file and line over the last good document; fix it and the overlay goes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { examplesDir, fixturesDir, listFiles, removeDir, tempPlan } from '../helpers/cli.js';
import { startPreview } from '../helpers/preview.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the page to show a document newer than `version`; returns the new version. */
async function nextVersion(page: Page, version: number): Promise<number> {
  await page.waitForFunction((v) => Number(document.documentElement.getAttribute('data-plan-version')) > v, version, { timeout: 30_000 });
  return Number(await page.getAttribute('html', 'data-plan-version'));
}

describe('plan preview in Chromium', () => {
  it('shows each save, keeps the scroll position, and shows and hides the problems overlay', async () => {
    const dir = await tempPlan(join(examplesDir, 'brugge'));
    const files = await listFiles(dir);
    const preview = await startPreview([dir]);
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    // Bounded, local-only traffic: nothing but the preview's own address.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.goto(preview.url);
      let version = await nextVersion(page, 0);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('Drugbeleidsplan');
      const overlay = page.locator('plan-preview .panel');
      expect(await overlay.isHidden()).toBe(true);

      // 1. A new sentence in the mission appears, and the reader stays where they were.
      await page.evaluate(() => window.scrollTo(0, 3000));
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(2000);
      const mission = await readFile(join(dir, 'mission.yaml'), 'utf8');
      await writeFile(join(dir, 'mission.yaml'), mission.replace('Stad Brugge voert een blijvend', 'Stad Brugge voert een nieuw en blijvend'));
      version = await nextVersion(page, version);
      expect(await page.getByText('Stad Brugge voert een nieuw en blijvend').count()).toBe(1);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

      // 2. An unclosed quote in goals.yaml: the overlay names the file and line.
      const goals = await readFile(join(dir, 'goals.yaml'), 'utf8');
      const lines = goals.split('\n');
      const line = lines.findIndex((l, i) => i > 5 && l.trim().startsWith('title:'));
      lines[line] = lines[line]!.replace('title: ', 'title: "');
      await writeFile(join(dir, 'goals.yaml'), lines.join('\n'));
      await overlay.waitFor({ state: 'visible', timeout: 30_000 });
      const location = overlay.locator('.problem.error .location').first();
      expect(await location.textContent()).toMatch(new RegExp(`goals\\.yaml:${line + 1}:\\d+$`));
      expect(await overlay.locator('.frame').first().textContent()).toContain(`${line + 1} |`);
      expect(await overlay.locator('.hint').first().textContent()).toMatch(/^tip: /);
      expect(await overlay.textContent()).toContain('laatste versie zonder fouten');
      // The last good document stays underneath.
      expect(await page.getByText('Stad Brugge voert een nieuw en blijvend').count()).toBe(1);
      expect(Number(await page.getAttribute('html', 'data-plan-version'))).toBe(version);
      // The terminal says the same.
      await preview.waitForOutput(new RegExp(`goals\\.yaml:${line + 1}:\\d+ fout`));

      // 3. Fixed: the overlay goes by itself and the document follows.
      await writeFile(join(dir, 'goals.yaml'), goals);
      await overlay.waitFor({ state: 'hidden', timeout: 30_000 });
      version = await nextVersion(page, version);
      expect(await page.locator('plan-preview .badge').isHidden()).toBe(true);

      expect(pageErrors).toEqual([]);
      expect(requests.every((url) => url.startsWith(preview.url))).toBe(true);
      expect(await listFiles(dir)).toEqual(files);
    } finally {
      await page.close();
      const ended = await preview.stop();
      await removeDir(dir);
      expect([0, 130]).toContain(ended.status);
    }
  });

  it('starts on a broken plan with the overlay alone, in English with --lang en, and shows the plan once it is fixed', async () => {
    const dir = await tempPlan(join(fixturesDir, 'base'));
    const good = await readFile(join(dir, 'plan.yaml'), 'utf8');
    await writeFile(join(dir, 'plan.yaml'), `${good}\ntitle: twice\n`);
    const preview = await startPreview([dir, '--lang', 'en']);
    const page = await browser.newPage();
    try {
      await page.goto(preview.url);
      const overlay = page.locator('plan-preview .panel');
      await overlay.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await overlay.locator('.location').first().textContent()).toMatch(/plan\.yaml:\d+:\d+$/);
      expect(await overlay.textContent()).toContain('There is no version without errors yet');
      expect(await page.getAttribute('html', 'data-plan-version')).toBe('0');

      await writeFile(join(dir, 'plan.yaml'), good);
      await nextVersion(page, 0);
      await overlay.waitFor({ state: 'hidden', timeout: 30_000 });
      expect(await page.locator('main h2').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
      await preview.stop();
      await removeDir(dir);
    }
  });
});
