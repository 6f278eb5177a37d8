import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

const brugge = join(examplesDir, 'brugge');
const temps: string[] = [];
const tempDir = async (name: string): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), `plan-report-${name}-`));
  temps.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(temps.map(removeDir));
});

describe('plan report on the Brugge example', () => {
  let out: string;
  let pages: string[][];
  beforeAll(async () => {
    out = await tempDir('brugge');
    const result = await runPlan(['report', brugge, '--year', '2023', '--pdf', '--out', out]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    pages = (await readPdf(new Uint8Array(await readFile(join(out, 'report-2023.pdf'))))).pages;
  });

  it('writes HTML, Markdown and PDF and names them', async () => {
    expect((await readdir(out)).sort()).toEqual(['report-2023.html', 'report-2023.md', 'report-2023.pdf']);
  });

  it('says on its first page that the data is invented, as the data itself says', () => {
    const first = pages[0]!.join(' ');
    expect(first).toContain('Voortgangsrapport 2023');
    expect(first).toContain('Drugbeleidsplan 2021-2025');
    expect(first).toContain('Voorbeeldgegevens');
  });

  it('gives the council its summary on one page: actions by status per pillar and per goal, indicators by judgement', () => {
    const summary = pages[1]!.join('\n');
    expect(pages[1]![1]).toBe('Samenvatting voor de raad');
    expect(summary).toContain('Acties per pijler');
    expect(summary).toContain('Preventie 2 17 0 1 0 0 20');
    expect(summary).toContain('Acties per strategische doelstelling');
    expect(summary).toContain('Totaal 2 29 0 2 1 0 34');
    // Hand-counted from examples/brugge/monitoring/2023.yaml: 4 reached, 12 on track, 8 off, 4 not judged.
    expect(summary).toContain('4 12 8 4 28');
    expect(summary).toContain('geen begrotingslijnen');
    expect(pages[2]!.join(' ')).toContain('Indicatoren');
  });

  it('judges the decreasing waiting time on track: 4 weeks where the path from 7 (2021) to 3 (2025) expects 5', () => {
    const text = pages.map((p) => p.join(' ')).join(' ');
    const at = text.indexOf('Gemiddelde wachttijd tot een eerste gesprek');
    expect(at).toBeGreaterThan(0);
    const block = text.slice(at, at + 600);
    expect(block).toContain('Beoordeling: op koers');
    expect(block).toContain('Richting: dalen');
    expect(block).toContain('Verwacht volgens het pad: 5');
  });

  it('lists what changed since 2022', () => {
    const text = pages.map((p) => p.join(' ')).join(' ');
    expect(text).toContain('Wat veranderde sinds 2022');
    // The row wraps: its title runs on below the two statuses.
    const at = text.indexOf('1.7.2 De BOB-campagnes', text.indexOf('Wat veranderde sinds 2022'));
    expect(text.slice(at, at + 120)).toMatch(/lopend afgerond/);
  });

  it('gives the same bytes on a second run', async () => {
    const again = await tempDir('brugge-again');
    const result = await runPlan(['report', brugge, '--year', '2023', '--format', 'html,md,pdf', '--out', again]);
    expect(result.status).toBe(0);
    for (const file of ['report-2023.html', 'report-2023.md', 'report-2023.pdf']) expect(await readFile(join(again, file))).toEqual(await readFile(join(out, file)));
  });

  it('takes the latest monitoring year when --year is left out', async () => {
    const latest = await tempDir('brugge-latest');
    const result = await runPlan(['report', brugge, '--out', latest]);
    expect(result.status).toBe(0);
    expect((await readdir(latest)).sort()).toEqual(['report-2023.html', 'report-2023.md']);
  });

  it('has a PDF whose text pdftotext reads too', () => {
    if (!existsSync('/usr/bin/pdftotext')) return;
    const text = execFileSync('pdftotext', ['-layout', join(out, 'report-2023.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Samenvatting voor de raad');
  });
});

describe('plan report on a Dutch plan with money and a decreasing indicator (gemeente-x)', () => {
  let markdown: string;
  beforeAll(async () => {
    const dir = await tempPlan(join(examplesDir, 'gemeente-x'));
    temps.push(dir);
    await cp(join(fixturesDir, 'monitoring-x', 'monitoring'), join(dir, 'monitoring'), { recursive: true });
    const out = await tempDir('x');
    const result = await runPlan(['report', dir, '--year', '2025', '--out', out, '--format', 'md']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    // The indicators the fixture leaves out are reported, but do not stop the report.
    expect(result.stdout).toMatch(/waarschuwing/);
    markdown = await readFile(join(out, 'report-2025.md'), 'utf8');
  });

  it('judges the decreasing indicator off track: 22 where the path from 27 (2023) to 15 (2027) expects 21', () => {
    const block = markdown.slice(markdown.indexOf('### Meldingen'), markdown.indexOf('### Meldingen') + 700);
    expect(block).toContain('**Beoordeling:** niet op koers');
    expect(block).toContain('**Verwacht volgens het pad:** 21');
    expect(block).toContain('**Richting:** dalen (afgeleid uit nulmeting en streefwaarde)');
  });

  it('sets money spent against the action budgets, this year and to date', () => {
    expect(markdown).toContain('| Begrotingslijn | Begroot | Uitgegeven in 2025 | Uitgegeven tot en met 2025 |');
    expect(markdown).toMatch(/\| Oudercursus[^|]*\| €\u00a09\.000 \| €\u00a03\.500 \| €\u00a06\.500 \|/);
  });

  it('shows the change of judgement since 2024 and the explanation of a delay', () => {
    expect(markdown).toContain('## Wat veranderde sinds 2024');
    expect(markdown).toMatch(/\| Ouders die de cursus volledig volgden \| niet op koers \| op koers \|/);
    expect(markdown).toMatch(/\| vertraagd \| De trainer viel uit\. \|/);
  });
});

describe('plan report with bad input', () => {
  it('exits 1 and writes nothing when the year has no monitoring file, naming the years that have one', async () => {
    const out = await tempDir('missing');
    const result = await runPlan(['report', brugge, '--year', '2030', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('monitoring/2030.yaml');
    expect(result.stdout).toContain('er is geen monitoringbestand voor 2030');
    expect(result.stdout).toContain('2021, 2022, 2023 (bv. --year 2023)');
    expect(await readdir(out)).toEqual([]);
  });

  it('exits 2 on a year that is not a year', async () => {
    const result = await runPlan(['report', brugge, '--year', 'vorig-jaar']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("'vorig-jaar' is geen jaartal");
  });

  it('exits 1 with the problem at its line when a monitoring file is wrong', async () => {
    const dir = await tempPlan(brugge);
    temps.push(dir);
    const file = join(dir, 'monitoring', '2023.yaml');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, (await readFile(file, 'utf8')).replace('status: dropped', 'status: gestopt'));
    const out = await tempDir('bad');
    const result = await runPlan(['report', dir, '--year', '2023', '--out', out, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/monitoring\/2023\.yaml:\d+:13 error/);
    expect(await readdir(out)).toEqual([]);
  });
});
