/**
 * A real plan shape (#15): the Gent drugbeleidsplan 2020-2025, written in our YAML in
 * test/fixtures/shape-gent/ with no field misused — five pillars of its own, four priority
 * themes carrying the goals chapter (`structure: { themeLevel: 2 }`), actions numbered 1..n
 * straight through the themes (`actionNumbers: continuous`), a steering group chaired by the
 * mayor (a chair who is not a partner), three thematic working groups, an open meeting of 170
 * field workers, about €2.5 million a year plus €75,000 a year, a 2019 advisory note and the
 * council's adoption in September 2020. The real CLI validates it without a word and renders
 * it; each feature is read back from plan.html, plan.md and plan.pdf (through pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, HANG_MS, removeDir, runPlan } from '../helpers/cli.js';

const fixture = join(fixturesDir, 'shape-gent');

const goalsChapter = "3 Prioritaire thema's en acties";
const themes = [
  'Jongeren en middelengebruik',
  'Uitgaan en nachtleven',
  'Problematisch gebruik in de publieke ruimte',
  'Herstel en re-integratie',
];
/** Actions per theme in goals.yaml: 4, 3, 4 and 3, so 1..14 when numbered straight through. */
const actionsPerTheme = [4, 3, 4, 3];
const actionCount = actionsPerTheme.reduce((a, b) => a + b, 0);
const oneToN = Array.from({ length: actionCount }, (_, i) => i + 1);
/** The first action of each theme, with the number it gets when numbering runs on. */
const firstActions: Array<[number, string]> = [
  [1, 'Elke secundaire school ondersteunen bij een eigen drugbeleid'],
  [5, 'Een charter veilig uitgaan met horeca en organisatoren'],
  [8, 'Een outreachend team van straathoekwerk en MSOC in het stadscentrum'],
  [12, 'Housing First voor dakloze gebruikers'],
];

const entities: Record<string, string> = { '&amp;': '&', '&#x27;': "'", '&quot;': '"', '&#x3D;': '=', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };
const decode = (s: string): string => s.replace(/&(amp|#x27|quot|#x3D|lt|gt|nbsp);/g, (e) => entities[e] ?? e);
/** Text of a piece of HTML: tags out, entities decoded, white space (also no-break) collapsed. */
const textOf = (html: string): string => squash(decode(html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ')));
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const noSpace = (s: string): string => s.replace(/\s+/gu, '');

let out = '';
let html = '';
let md = '';
/** pdftotext -layout, page by page. */
let pdfLayoutPages: string[] = [];
/** pdftotext -raw of the whole PDF, without any white space. */
let pdfFlat = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'shape-gent-'));
  const result = await runPlan(['render', fixture, '--pdf', '--out', out], { timeoutMs: HANG_MS });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  html = await readFile(join(out, 'plan.html'), 'utf8');
  md = await readFile(join(out, 'plan.md'), 'utf8');
  const pdf = join(out, 'plan.pdf');
  pdfLayoutPages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
  pdfFlat = noSpace(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
}, HANG_MS + 30_000);

afterAll(async () => {
  if (out) await removeDir(out);
});

/** The PDF's pages after the printed contents, as lines. */
const pdfBodyLines = (): string[] => {
  const contents = pdfLayoutPages.findIndex((page) => /^\s*Inhoud\s*$/m.test(page));
  return pdfLayoutPages.slice(contents + 1).join('\n').split('\n');
};

describe('plan validate test/fixtures/shape-gent', () => {
  it('exits 0 with no errors, warnings or notes, also with --strict', async () => {
    const stylish = await runPlan(['validate', fixture], { timeoutMs: HANG_MS });
    expect(stylish.status, stylish.stdout + stylish.stderr).toBe(0);
    expect(stylish.stdout).toContain('Geen problemen gevonden.');
    expect(stylish.stdout + stylish.stderr).not.toMatch(/\b(fout|waarschuwing|info)\b/);

    const json = await runPlan(['validate', fixture, '--format', 'json', '--strict'], { timeoutMs: HANG_MS });
    expect(json.status, json.stdout + json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { plans: Array<{ summary: Record<string, number>; diagnostics?: unknown[] }> };
    expect(report.plans[0]!.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(report.plans[0]!.diagnostics ?? []).toEqual([]);
  }, 2 * HANG_MS);
});

describe('the four priority themes stand straight under the goals chapter in the contents', () => {
  it('in HTML', () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    // The goals chapter's own list of entries: from its link to the end of its <ol>.
    const goalsAt = toc.indexOf(goalsChapter.replace("'", '&#x27;').replace(/^3 /, '3</span> '));
    expect(goalsAt, 'the goals chapter in the contents').toBeGreaterThan(0);
    const goalsEntries = toc.slice(goalsAt, toc.indexOf('</ol>', goalsAt));
    for (const [i, theme] of themes.entries()) {
      expect(goalsEntries, theme).toContain(`<a href="#thema-${i + 1}">`);
      expect(textOf(goalsEntries), theme).toContain(theme);
    }
    // And each theme is a section of the chapter: an <h3>, as the chapter's other sections.
    for (const theme of themes) expect(html).toMatch(new RegExp(`<h3 id="thema-\\d+">(<span class="number">[^<]*</span> )?${theme}</h3>`));
  });

  it('in Markdown', () => {
    const toc = md.slice(md.indexOf('## Inhoud'), md.indexOf('\n## ', md.indexOf('## Inhoud') + 1)).split('\n');
    const goalsLine = toc.findIndex((line) => line.startsWith(`- [${goalsChapter}]`));
    expect(goalsLine, 'the goals chapter in the contents').toBeGreaterThan(0);
    const next = toc.findIndex((line, i) => i > goalsLine && line.startsWith('- '));
    const under = toc.slice(goalsLine + 1, next);
    for (const theme of themes) expect(under.some((line) => /^ {2}- \[/.test(line) && line.includes(`${theme}]`)), theme).toBe(true);
    for (const theme of themes) expect(md).toMatch(new RegExp(`^### ([\\d.]+ )?${theme}$`, 'm'));
  });

  it('in the PDF (printed contents), after the goals chapter and before the next one', () => {
    const contents = pdfLayoutPages.find((page) => /^\s*Inhoud\s*$/m.test(page))!;
    const lines = contents.split('\n');
    const goalsLine = lines.findIndex((line) => line.trimStart().startsWith(goalsChapter));
    const nextChapter = lines.findIndex((line, i) => i > goalsLine && /^\d+ \S/.test(line));
    expect(goalsLine, 'the goals chapter in the printed contents').toBeGreaterThan(0);
    for (const theme of themes) {
      const at = lines.findIndex((line) => line.includes(theme));
      expect(at, `${theme} in the printed contents`).toBeGreaterThan(goalsLine);
      expect(at, `${theme} before the next chapter`).toBeLessThan(nextChapter);
      expect(lines[at], `${theme} indented under the chapter, with its page number`).toMatch(/^\s+\S.*\s\d+\s*$/);
    }
  });
});

describe(`actions are numbered 1..${actionCount} straight through the themes`, () => {
  it('in HTML', () => {
    const numbers = [...html.matchAll(/<h4 id="actie-(\d+)">Actie (\d+): /g)].map(([, id, n]) => {
      expect(id).toBe(n);
      return Number(n);
    });
    expect(numbers).toEqual(oneToN);
    for (const [n, title] of firstActions) expect(decode(html)).toContain(`Actie ${n}: ${title}</h4>`);
    // Each theme holds its own run of numbers, in the order of the themes.
    const sections = html.split(/<h3 id="thema-\d+">/).slice(1);
    let next = 1;
    for (const [i, count] of actionsPerTheme.entries()) {
      const inTheme = [...sections[i]!.matchAll(/<h4 id="actie-(\d+)">/g)].map(([, n]) => Number(n));
      expect(inTheme, themes[i]).toEqual(oneToN.slice(next - 1, next - 1 + count));
      next += count;
    }
  });

  it('in Markdown', () => {
    expect([...md.matchAll(/^#### Actie (\d+): /gm)].map(([, n]) => Number(n))).toEqual(oneToN);
    for (const [n, title] of firstActions) expect(md).toContain(`#### Actie ${n}: ${title}\n`);
  });

  it('in the PDF', () => {
    const body = pdfBodyLines();
    const from = body.findIndex((line) => line.includes(themes[0]!));
    const to = body.findIndex((line, i) => i > from && /^\s*Overlegstructuur\s*$/.test(line));
    // The action tables: a row starts with the action's number, then its title.
    const numbers = body.slice(from, to).flatMap((line) => /^\s{0,2}(\d{1,2})\s{3,}\S/.exec(line)?.[1] ?? []).map(Number);
    expect(numbers).toEqual(oneToN);
    for (const [n, title] of firstActions) {
      const row = body.find((line) => new RegExp(`^\\s{0,2}${n}\\s{3,}\\S`).test(line))!;
      expect(noSpace(title).startsWith(noSpace(row.replace(/^\s*\d+\s+/, '').split(/\s{3,}/)[0]!)), `${n}: ${title}`).toBe(true);
    }
  });
});

describe('the steering group is chaired by the mayor, who is not a partner', () => {
  const chair = 'Burgemeester van Gent (bevoegd voor politie en openbare orde)';
  it('in HTML', () => {
    const row = /<tr><th scope="row">Stuurgroep drugbeleid[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(textOf(row)).toContain(chair);
  });
  it('in Markdown', () => {
    expect(md).toMatch(new RegExp(`^\\| Stuurgroep drugbeleid \\| ${chair.replace(/[()]/g, '\\$&')} \\|`, 'm'));
  });
  it('in the PDF', () => {
    const row = pdfBodyLines().find((line) => /^\s*Stuurgroep drugbeleid\s{2,}/.test(line));
    expect(row).toMatch(/Stuurgroep drugbeleid\s{2,}Burgemeester van Gent\s{2,}/);
    expect(pdfFlat).toContain(noSpace('Burgemeester van Gent'));
  });
});

describe('the open meeting counts 170 field workers', () => {
  it('in HTML', () => {
    const row = /<tr><th scope="row">Open drugoverleg[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(textOf(row)).toContain('veldwerkers (170, uit preventie');
  });
  it('in Markdown', () => {
    expect(md).toMatch(/^\| Open drugoverleg \|.*\| veldwerkers \(170, uit preventie/m);
  });
  it('in the PDF', () => {
    const row = pdfBodyLines().find((line) => /^\s*Open drugoverleg\s{2,}/.test(line));
    expect(row).toContain('veldwerkers (170,');
  });
});

describe('the three thematic working groups and the coordinator', () => {
  const groups = ['Werkgroep jongeren en middelen', 'Werkgroep nachtleven', 'Werkgroep gebruik in de publieke ruimte'];
  it.each(['html', 'md', 'pdf'] as const)('in %s', (format) => {
    const text = format === 'html' ? noSpace(textOf(html)) : format === 'md' ? noSpace(md) : pdfFlat;
    for (const group of groups) expect(text).toContain(noSpace(group));
    expect(text).toContain(noSpace('Drugcoördinator Stad Gent'));
  });
  // Each working group names the theme it carries (stakeholders.yaml `theme:`), once dropped from every output.
  it.each(['html', 'md', 'pdf'] as const)('with the theme each group carries, in %s', (format) => {
    const text = format === 'html' ? noSpace(textOf(html)) : format === 'md' ? noSpace(md) : pdfFlat;
    for (const theme of ['Jongeren en middelengebruik', 'Uitgaan en nachtleven', 'Problematisch gebruik in de publieke ruimte']) {
      expect(text).toContain(noSpace(`Thema: ${theme}`));
    }
  });
});

describe('the yearly budget, the 2019 advisory note and the September 2020 adoption', () => {
  const expected: Array<[string, string]> = [
    ['the €2.5 million shown per year, over the six years', '€ 2.500.000 per jaar × 6 jaar'],
    ['the €75,000 extra shown per year', '€ 75.000 per jaar × 6 jaar'],
    ['the total over the period', '€ 15.450.000'],
    ['an action budget per year', '€ 25.000 per jaar = € 150.000'],
    ['the precursors part', 'Voorgaande documenten'],
    ['the advisory note with its kind and year', 'Adviesnota drugbeleid Gent (adviesnota), Stuurgroep drugbeleid, voorbereid door de drugcoördinator, 2019'],
    ['the adoption by the council', 'gemeenteraad, 21 september 2020'],
  ];
  describe.each(['html', 'md', 'pdf'] as const)('in %s', (format) => {
    it.each(expected)('shows %s', (_what, text) => {
      const haystack = format === 'html' ? noSpace(textOf(html)) : format === 'md' ? noSpace(md.replace(/\\|\*\*/g, '')) : pdfFlat;
      expect(haystack).toContain(noSpace(text));
    });
  });
});
