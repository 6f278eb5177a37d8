/**
 * The render corpus for what the PDF must not lose (issue "Trust the output", class 3),
 * through the real CLI: `plan render --format pdf` on plans with a pasted URL of thousands of
 * characters in a target group, an indicator name of 20,000 characters, a partner name of
 * 12,000, and a Markdown table of ten columns. Each renders, and plan.pdf holds every word
 * (test/helpers/completeness.ts). Deep Markdown nesting is refused before rendering: see
 * test/corpus/markdown-too-deep. Time is measured in `npm run bench`, never asserted here.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathologicalPlan } from '../../scripts/lib/pathological-plan.mjs';
import { fixturesDir, removeDir, runPlan, stackTrace } from '../helpers/cli.js';
import { missingWords, pdfPages } from '../helpers/completeness.js';
import { viewOf } from '../helpers/pdf.js';

const base = join(fixturesDir, 'base');

const cases: Array<{ name: string; options: Parameters<typeof pathologicalPlan>[1]; holds?: string[] }> = [
  // Lost the rest of operational goal 1.1 (the facts after the URL, its indicator table) before.
  { name: 'a URL of 2,600 characters in a target group, partner name and indicator', options: { word: 2600 }, holds: ['Scholenwerkenpreventief', 'Settings:onderwijs', 'Handhavingbijevenementen'] },
  // Kept 9 of the 1,539 repetitions in the indicator's table row before, and ran out of memory.
  { name: 'an indicator name of 20,000 characters', options: { word: 20_000 } },
  // Took 17 s and 2.3 GB before.
  { name: 'a partner name of 12,000 characters', options: { word: 12_000 } },
  // Lost its last four columns before.
  { name: 'a Markdown table of ten columns (2015–2022 and a source)', options: { years: 8 }, holds: ['2022', 'Bron', 'VAD-leerlingenbevraging', 'Nadetabelendelijstvolgtnogeenslotzin.'] },
];

describe('plan render --format pdf keeps every word', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = await pathologicalPlan(base, c.options);
      try {
        const result = await runPlan(['render', '.', '--format', 'pdf'], { cwd: dir, timeoutMs: 120_000 });
        expect(result.timedOut).toBe(false);
        expect(result.stdout + result.stderr).not.toMatch(stackTrace);
        expect(result.status, result.stderr).toBe(0);
        const pdf = new Uint8Array(await readFile(join(dir, 'out', 'plan.pdf')));
        expect(missingWords(await viewOf(dir), pdf)).toEqual([]);
        const text = pdfPages(pdf).join('');
        for (const words of c.holds ?? []) expect(text).toContain(words);
      } finally {
        await removeDir(dir);
      }
    }, 180_000);
  }
});
