import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { norm, pdfOf, readPdf, type ReadPdf } from '../helpers/pdf.js';

/**
 * Agreements whose one-paragraph texts run 30 to 70 words, so that some titles fall at the foot
 * of a page. Kept with its facts line alone, the title of agreements 38 and 46 ended a page and
 * their text began on the next.
 */
function agreements(count: number): string {
  const lines = ['agreements:'];
  for (let n = 1; n <= count; n++) {
    const id = String(n).padStart(2, '0');
    const words = Array.from({ length: 30 + ((n * 13) % 40) }, (_, i) => `woord${i}`).join(' ');
    lines.push(`  - id: afspraak-${id}`, `    title: Afspraak nummer ${id}`, '    partners: [cgg, lokale-politie]', '    text: |', `      Begin van afspraak ${id}. ${words}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('an agreement in the PDF', () => {
  let dir: string;
  let pdf: ReadPdf;
  const count = 50;

  beforeAll(async () => {
    dir = await tempPlan(join(fixturesDir, 'base'));
    await appendFile(join(dir, 'stakeholders.yaml'), agreements(count));
    pdf = await readPdf(await pdfOf(dir));
  }, 120_000);

  afterAll(() => removeDir(dir));

  const pageOf = (predicate: (line: string) => boolean): number => pdf.pages.findIndex((lines) => lines.some((line) => predicate(norm(line))));

  it('keeps its title on the page where its text begins', () => {
    const split: string[] = [];
    for (let n = 1; n <= count; n++) {
      const id = String(n).padStart(2, '0');
      const title = pageOf((line) => line === `Afspraak nummer ${id}`);
      const text = pageOf((line) => line.includes(`Begin van afspraak ${id}.`));
      expect(title, `title ${id}`).toBeGreaterThan(-1);
      expect(text, `text ${id}`).toBeGreaterThan(-1);
      if (title !== text) split.push(`${id}: title on page ${title + 1}, text on page ${text + 1}`);
    }
    expect(split).toEqual([]);
  });
});
