import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';
import { norm, readPdf } from '../helpers/pdf.js';

const base = join(fixturesDir, 'base');

/**
 * The base plan with what the rendering bugs of #15 need: partners whose names hold commas, a
 * body that says when it meets and what it does, an action with a budget, a renamed budget
 * chapter and renamed actions.
 */
async function plan(): Promise<string> {
  const dir = await tempPlan(base);
  const edit = async (name: string, change: (text: string) => string): Promise<void> => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, name), change(await readFile(join(dir, name), 'utf8')));
  };
  await edit('stakeholders.yaml', (t) =>
    t
      .replace('    name: Lokale politie\n', '    name: Politie, afdeling jeugd\n')
      .replace('    name: CGG\n', '    name: CGG, team preventie\n')
      .replace('    members: [lokale-politie, cgg, ervaringsdeskundigen]\n', '    members: [lokale-politie, cgg, ervaringsdeskundigen]\n    meets: viermaal per jaar\n    tasks: Volgt het plan op en *beslist* over bijsturing.\n'),
  );
  await edit('goals.yaml', (t) => t.replace('            end: 2025\n', '            end: 2025\n            budget: { amount: 2500 }\n'));
  await edit('plan.yaml', (t) => `${t.trimEnd()}\nbudget:\n  items:\n    - { label: Werking, amount: 2500 }\nlabels:\n  budget: Financiën\n  actions: Activiteiten\n  action: Activiteit\n`);
  return dir;
}

describe('the rendering bugs of the traditions issue, in HTML, Markdown and PDF', () => {
  let dir: string;
  let html: string;
  let md: string;
  let pdf: string;

  beforeAll(async () => {
    dir = await plan();
    const result = await runPlan(['render', dir, '--pdf']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
    md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
    pdf = norm((await readPdf(new Uint8Array(await readFile(join(dir, 'out', 'plan.pdf'))))).pages.flat().join(' '));
  }, 120_000);

  afterAll(() => removeDir(dir));

  it('joins member names that hold commas with semicolons, so each name stays whole', () => {
    const members = 'Politie, afdeling jeugd; CGG, team preventie; Groep ervaringsdeskundigen';
    expect(html).toContain(`<td>${members}</td>`);
    expect(md).toContain(`| ${members} |`);
    // The PDF's table puts the chair's column between, so its lines read across columns.
    expect(pdf).toContain('Politie, afdeling jeugd; CGG, team preventie; Groep');
  });

  it("shows a body's meetings and tasks in every format", () => {
    expect(html).toMatch(/<th scope="row">Stuurgroep drugbeleid<br><small>viermaal per jaar<\/small><div class="body-tasks"><p>Volgt het plan op en <em>beslist<\/em> over bijsturing.<\/p>\n<\/div><\/th>/);
    expect(md).toContain('**Stuurgroep drugbeleid** — viermaal per jaar\n\nVolgt het plan op en *beslist* over bijsturing.');
    expect(pdf).toContain('viermaal per jaar');
    expect(pdf).toContain('Volgt het plan op en beslist over bijsturing.');
  });

  it('keeps "Budget" on an action when the budget chapter is renamed', () => {
    // Amounts keep a no-break space after the euro sign.
    expect(html).toContain('<dt>Budget</dt><dd>€\u00a02.500</dd>');
    expect(html).not.toContain('<dt>Financiën</dt>');
    expect(md).toContain('- **Budget:** €\u00a02.500');
    expect(pdf).toContain('Budget: € 2.500');
    for (const text of [html, md, pdf]) expect(text).toContain('Financiën');
  });

  it('renames the actions', () => {
    expect(html).toContain('Activiteit 1.1.1: Vorming voor leerkrachten');
    expect(md).toContain('Activiteit 1.1.1: Vorming voor leerkrachten');
    expect(pdf).toContain('Activiteiten');
    expect(pdf).not.toMatch(/\bActies\b/);
    expect(html).not.toMatch(/\bActie 1/);
  });
});
