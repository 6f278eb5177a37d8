/**
 * The PDF never silently loses content: every word of the document view is in the PDF's
 * text (test/helpers/completeness.ts), for every example and for plans made hard on the PDF,
 * both as our engine draws it and as stock pdfmake draws the same document definition.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathologicalPlan } from '../../scripts/lib/pathological-plan.mjs';
import { fixturesDir, removeDir, repoRoot } from '../helpers/cli.js';
import { missingWords, pdfPages } from '../helpers/completeness.js';
import { pdfOf, viewOf } from '../helpers/pdf.js';
import { stockPdf } from '../helpers/stock-pdfmake.js';

const base = join(fixturesDir, 'base');
const folders = [...['brugge', 'gemeente-x', 'kempen'].map((e) => join(repoRoot, 'examples', e)), join(fixturesDir, 'pdf-rich')];

async function expectComplete(dir: string): Promise<void> {
  const view = await viewOf(dir);
  expect(missingWords(view, await pdfOf(dir)), 'words missing from our PDF').toEqual([]);
  expect(missingWords(view, await stockPdf(view)), 'words missing from stock pdfmake’s PDF').toEqual([]);
}

async function withPlan(options: Parameters<typeof pathologicalPlan>[1], run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await pathologicalPlan(base, options);
  try {
    await run(dir);
  } finally {
    await removeDir(dir);
  }
}

describe('the PDF holds every word of the plan', () => {
  it.each(folders)('%s', async (dir) => {
    await expectComplete(dir);
  }, 120_000);

  it('with a word of 3,000 characters in a target group, a partner name and an indicator name (a pasted URL)', async () => {
    await withPlan({ word: 3000 }, async (dir) => {
      await expectComplete(dir);
      // The operational goal the target group belongs to is there, with what follows it.
      const text = pdfPages(await pdfOf(dir)).join('');
      expect(text).toContain('Scholenwerkenpreventief');
      expect(text).toContain('Handhavingbijevenementen');
    });
  }, 120_000);

  it('with an indicator name of 20,000 characters: all of it, not the first page of its row', async () => {
    await withPlan({ word: 20_000 }, async (dir) => {
      await expectComplete(dir);
    });
  }, 180_000);

  it('with a Markdown table of ten columns (2015–2022 and a source): every column, and more columns split into parts', async () => {
    await withPlan({ years: 8 }, async (dir) => {
      await expectComplete(dir);
    });
    await withPlan({ years: 20 }, async (dir) => {
      await expectComplete(dir);
    });
  }, 120_000);

  it('with lists nested 45 deep, just below the limit of the Markdown reader', async () => {
    await withPlan({ depth: 45 }, async (dir) => {
      await expectComplete(dir);
    });
  }, 120_000);
});
