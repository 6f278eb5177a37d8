/**
 * The bad-input corpus for `plan render`: hostile text in every field, broken template
 * overrides, output folders that cannot be written, and logos that must not be read.
 * Every failing case first renders the good plan, then checks that the failed render left
 * that earlier output byte-identical and wrote nothing anywhere else in the plan folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editFile as edit, fixturesDir, HANG_MS, hasMkfifo, isRoot, runPlan, stackTrace, withTempPlan, type RunResult } from '../helpers/cli.js';
import { pngClaiming, pngFile } from '../helpers/images.js';
import { snapshot } from '../helpers/tree.js';
import { htmlLinks, isAllowed, markdownLinks, pdfLinks } from '../helpers/links.js';
import MarkdownIt from 'markdown-it';
import { planFileNames } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const withPlan = (run: (dir: string) => Promise<void>): Promise<void> => withTempPlan(base, run);
const planFiles = planFileNames;


function render(dir: string, args: string[] = []): Promise<RunResult> {
  return runPlan(['render', '.', ...args], { cwd: dir, timeoutMs: HANG_MS });
}

function expectClean(result: RunResult): void {
  expect(result.timedOut, 'render finished in time').toBe(false);
  expect(result.stdout + result.stderr).not.toMatch(stackTrace);
}

// ---------------------------------------------------------------------------------------
// Hostile text in every text field.

/** What someone might paste into a plan, or put there on purpose. */
const payload =
  '<script>alert(1)</script> <img src=x onerror=alert(2)> {{constructor.constructor "return 1"}} {{{raw}}} {{> cover}} {{#each this}}x{{/each}}' +
  ' [klik](javascript:alert(3)) <a href="javascript:alert(4)">a</a> <!-- --> ]]> &amp; <iframe src=//x> | cel | `code` **vet**';

/** Every free text of the plan (names, titles, texts, list items) gets the payload; ids, choices, years and dates keep their value. */
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return /[A-Z ]/.test(value) && key !== 'language' ? `${value} ${payload}` : value;
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

/**
 * Tags and attributes that would run or load something. Text never holds a real tag (a "<"
 * in text is written as &lt;), so every "<" followed by a letter starts markup.
 */
function activeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<[A-Za-z][^>]*>/g)) {
    if (/^<(script|iframe|object|embed)\b/i.test(tag) || /\son[a-z]+\s*=|\s(href|src)\s*=\s*"?\s*javascript:/i.test(tag)) found.push(tag);
  }
  return found;
}

describe('plan render with hostile text in every field', () => {
  it('prints <script>, HTML and {{…}} as text in plan.html and plan.md, and the PDF renders', async () => {
    await withPlan(async (dir) => {
      for (const file of planFiles) await edit(dir, file, (t) => stringify(poison(parse(t))));
      const result = await render(dir, ['--pdf']);
      expectClean(result);
      expect(result.status, result.stdout).toBe(0);

      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(activeMarkup(html)).toEqual([]);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      // Handlebars never saw the text as a template: the braces are still there, as text.
      expect(html).toContain('{{constructor.constructor &quot;return 1&quot;}}');
      expect(html).toContain('{{&gt; cover}}');

      const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
      expect(md).not.toMatch(/<(script|img|iframe|a)\b/i);
      expect(md).toContain('&lt;script>alert(1)&lt;/script>');
      expect(md).toContain('{{constructor.constructor "return 1"}}');
      expect(md).toContain('{{> cover}}');

      const pdf = await readFile(join(dir, 'out', 'plan.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  });

  it('writes plan text through {{trusted …}} in an override escaped; only the renderer\'s chart stays markup', async () => {
    await withPlan(async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace(/^title: .*$/m, 'title: "<script>alert(1)</script>"'));
      const args = await override(dir, 'html', 'pillar-balance', '<figure>{{trusted svg}}</figure>\n<p>{{trusted @root.title}}</p>\n<div>{{svg}}</div>\n');
      const result = await render(dir, args);
      expectClean(result);
      expect(result.status, result.stdout).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
      expect(activeMarkup(html)).toEqual([]);
      expect(html).toMatch(/<figure><svg [^>]*>/);
      expect(html).toMatch(/<div><svg [^>]*>/);
    });
  });

  // Weaknesses this corpus found in the renderers, now handled (src/render/clean-view.ts,
  // src/render/markdown-text.ts).
  it('keeps a line break in a title from breaking the Markdown heading and its contents link', async () => {
    await withPlan(async (dir) => {
      await edit(dir, 'analysis.yaml', (t) => t.replace('title: Gepercipieerde norm', 'title: "Gepercipieerde norm\\n\\n# Nep-hoofdstuk"'));
      const result = await render(dir, ['--format', 'md']);
      expect(result.status).toBe(0);
      const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
      expect(md).not.toMatch(/^# Nep-hoofdstuk/m);
    });
  });

  it('keeps control characters of a text field (NUL, ESC) out of plan.html and plan.md', async () => {
    await withPlan(async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace('name: An Peeters', 'name: "An\\0 Peeters\\e[2J"'));
      const result = await render(dir);
      expect(result.status).toBe(0);
      for (const file of ['plan.html', 'plan.md']) expect(await readFile(join(dir, 'out', file), 'utf8')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    });
  });

});

// ---------------------------------------------------------------------------------------
// Links: no destination but http, https, mailto or #… in any output; no remote image.

/** Every link and image of the three outputs that goes anywhere it must not (the logo, embedded or beside the plan, excepted). */
async function badLinks(dir: string, logoPath?: string): Promise<Record<string, unknown[]>> {
  const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
  const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
  const pdf = await readFile(join(dir, 'out', 'plan.pdf'));
  const logo = logoPath === undefined ? undefined : new MarkdownIt().normalizeLink(logoPath);
  return {
    md: markdownLinks(md).filter((l) => (l.kind === 'image' ? l.href !== logo : l.kind === 'html' || !isAllowed(l.href))),
    html: htmlLinks(html).filter((l) => (l.kind === 'image' ? !l.href.startsWith('data:image/') : !isAllowed(l.href))),
    pdf: pdfLinks(pdf).filter((uri) => !/^(https?:\/\/|mailto:)/i.test(uri)),
  };
}

const noBadLinks = { md: [], html: [], pdf: [] };

/** Hostile link forms in a Markdown text, each of which once reached plan.md as a javascript: link. */
const linkCases: Array<{ name: string; introduction: string; title?: string }> = [
  { name: 'a backslash in the scheme', introduction: 'Zie [hier](javascript\\:alert(1)).' },
  { name: 'an entity for the colon', introduction: 'Zie [hier](javascript&#58;alert(1)).' },
  { name: 'a named entity for the colon', introduction: 'Zie [hier](javascript&colon;alert(1)).' },
  { name: 'the destination on the next line', introduction: 'Zie [hier](\njavascript:alert(1)).' },
  { name: 'a reference definition', introduction: 'Zie [hier][a].\n\n[a]: javascript:alert(1)' },
  { name: 'a reference used in another text', introduction: '[a]: javascript:alert(1)', title: 'Plan [a]' },
  { name: 'a title that ends in "[x" before a text that starts with "](…)"', introduction: '](javascript:alert(1)) verder', title: 'Plan [x' },
  { name: 'a plain title holding a whole link', introduction: 'Een inleiding.', title: 'Plan [klik](javascript:alert(1))' },
  { name: 'an autolink', introduction: 'Zie <javascript:alert(1)>.' },
  { name: 'a file: link', introduction: 'Zie [wachtwoorden](file:///etc/passwd).' },
  { name: 'a data: link', introduction: 'Zie [hier](data:text/html,<script>alert(1)</script>).' },
];

describe('plan render keeps dangerous links out of plan.md, plan.html and plan.pdf', () => {
  for (const c of linkCases) {
    it(`${c.name}`, async () => {
      await withPlan(async (dir) => {
        await edit(dir, 'plan.yaml', (t) => {
          const data = parse(t) as Record<string, unknown>;
          data.introduction = c.introduction;
          if (c.title) data.title = c.title;
          return stringify(data);
        });
        const result = await render(dir, ['--pdf']);
        expectClean(result);
        expect(result.status, result.stdout).toBe(0);
        expect(await badLinks(dir)).toEqual(noBadLinks);
      });
    });
  }

  it('writes a remote image as its alt text linked to its address: nothing is loaded from elsewhere', async () => {
    await withPlan(async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace(/^introduction: \|\n.*$/m, 'introduction: "Kijk ![de grafiek](https://example.org/pixel.png) aan."'));
      const result = await render(dir, ['--pdf']);
      expect(result.status, result.stdout).toBe(0);
      expect(await badLinks(dir)).toEqual(noBadLinks);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toContain('Kijk <a href="https://example.org/pixel.png">de grafiek</a> aan.');
      expect(markdownLinks(await readFile(join(dir, 'out', 'plan.md'), 'utf8'))).toContainEqual({ kind: 'link', href: 'https://example.org/pixel.png' });
      expect(pdfLinks(await readFile(join(dir, 'out', 'plan.pdf')))).toContain('https://example.org/pixel.png');
    });
  });

  it('writes a logo path with spaces and parentheses as <…> in plan.md, so the image stays whole', async () => {
    await withPlan(async (dir) => {
      await writeFile(join(dir, 'mijn logo (2024).png'), png);
      await logo(dir, 'mijn logo (2024).png');
      const result = await render(dir);
      expect(result.status, result.stdout).toBe(0);
      const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
      expect(md).toContain('(<../mijn logo (2024).png>)');
      expect(markdownLinks(md).filter((l) => l.kind === 'image')).toEqual([{ kind: 'image', href: new MarkdownIt().normalizeLink('../mijn logo (2024).png') }]);
    });
  });

  it('keeps a logo named like a javascript: link from becoming one when plan.md lies beside it', async () => {
    await withPlan(async (dir) => {
      await writeFile(join(dir, 'javascript:alert(1).png'), png);
      await logo(dir, 'javascript:alert(1).png');
      const result = await render(dir, ['--out', '.', '--format', 'md']);
      expect(result.status, result.stdout).toBe(0);
      const md = await readFile(join(dir, 'plan.md'), 'utf8');
      expect(markdownLinks(md).filter((l) => l.kind === 'image').map((l) => l.href)).toEqual(['./javascript:alert(1).png']);
    });
  });
});

// ---------------------------------------------------------------------------------------
// Renders that must fail, table-driven.

interface FailingCase {
  name: string;
  /** Turns the plan (already rendered once into out/) into the case; returns extra arguments. */
  build: (dir: string) => Promise<string[]>;
  exit: number;
  /** On stdout for exit 1 (diagnostics), on stderr for exit 2. */
  says: RegExp;
  skip?: boolean;
}

/** A one-pixel PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function override(dir: string, format: 'html' | 'markdown', partial: string, text: string | null): Promise<string[]> {
  const folder = join(dir, 'huisstijl', format);
  await mkdir(folder, { recursive: true });
  if (text !== null) await writeFile(join(folder, `${partial}.hbs`), text);
  return ['--templates', 'huisstijl'];
}

async function logo(dir: string, path: string): Promise<string[]> {
  await edit(dir, 'plan.yaml', (t) => `${t}style:\n  logo: '${path}'\n`);
  return [];
}

/** An SVG logo around `body`, after an optional prolog. */
async function svgLogo(dir: string, body: string, prolog = '', size = 'viewBox="0 0 100 40"'): Promise<string[]> {
  await writeFile(join(dir, 'logo.svg'), `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${size}>${body}</svg>`);
  return logo(dir, 'logo.svg');
}

const failing: FailingCase[] = [
  // Template overrides: syntax errors name the file and the line; nothing is written.
  { name: 'template: unclosed block', build: (d) => override(d, 'html', 'cover', '<header>\n<h1>{{title}}</h1>\n{{#if logo}}\n</header>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:3:1 fout het sjabloon 'cover' sluit een blok niet af \[template-syntax\]/ },
  { name: 'template: unclosed block after a closed one, indented', build: (d) => override(d, 'html', 'cover', '<header>\n{{#each municipalities}}<b>{{name}}</b>{{/each}}\n  {{#unless logo}}\n</header>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:3:3 fout het sjabloon 'cover' sluit een blok niet af \[template-syntax\]/ },
  { name: 'template: broken mustache on line 2', build: (d) => override(d, 'html', 'cover', '<header>\n<h1>{{title}</h1>\n</header>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:2:1 fout .* ongeldige \{\{…\}\}-uitdrukking \[template-syntax\]/ },
  { name: 'template: {{#if}} closed by {{/each}}', build: (d) => override(d, 'markdown', 'cover', '# {{title}}\n{{#if subtitle}}\n{{/each}}\n'), exit: 1, says: /huisstijl\/markdown\/cover\.hbs:2:4 .*\[template-syntax\]/ },
  { name: 'template: unclosed comment', build: (d) => override(d, 'html', 'toc', '<nav>\n{{!-- inhoud\n</nav>\n'), exit: 1, says: /huisstijl\/html\/toc\.hbs:2:1 .*\[template-syntax\]/ },
  { name: 'template: misspelt field (strict mode)', build: (d) => override(d, 'html', 'cover', '<h1>{{title}}</h1>\n<p>{{periode}}</p>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:2:\d+ fout het sjabloon 'cover' gebruikt het veld 'periode'/ },
  { name: 'template: unknown partial', build: (d) => override(d, 'html', 'cover', '{{> voorblad}}\n'), exit: 1, says: /roept de partial 'voorblad' op, die niet bestaat \[template-error\]/ },
  { name: 'template: unknown helper', build: (d) => override(d, 'html', 'cover', '{{upper title}}\n'), exit: 1, says: /\[template-error\]/ },
  { name: 'template: prototype access', build: (d) => override(d, 'html', 'cover', '{{title.constructor.name}}\n'), exit: 1, says: /\[template-error\]/ },
  { name: 'template: a folder named cover.hbs', build: async (d) => { const args = await override(d, 'html', 'cover', null); await mkdir(join(d, 'huisstijl', 'html', 'cover.hbs')); return args; }, exit: 1, says: /huisstijl\/html\/cover\.hbs fout het sjabloon 'cover' is geen gewoon bestand .*\[template-unreadable\]/ },
  { name: 'template: a link to /dev/zero', skip: !existsSync('/dev/zero'), build: async (d) => { const args = await override(d, 'html', 'cover', null); await symlink('/dev/zero', join(d, 'huisstijl', 'html', 'cover.hbs')); return args; }, exit: 1, says: /\[template-unreadable\]/ },
  { name: 'template: a named pipe', skip: !hasMkfifo, build: async (d) => { const args = await override(d, 'html', 'cover', null); execFileSync('mkfifo', [join(d, 'huisstijl', 'html', 'cover.hbs')]); return args; }, exit: 1, says: /\[template-unreadable\]/ },
  // A partial that includes itself aborted V8 (exit 134); raw output passed plan text into the HTML.
  { name: 'template: a partial that includes itself', build: (d) => override(d, 'html', 'cover', '<header>\n  {{> cover}}\n</header>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:2:3 fout het sjabloon 'cover' roept de partial 'cover' op, die weer bij 'cover' uitkomt: dat stopt nooit \[template-recursion\]/ },
  { name: 'template: two partials that include each other', build: async (d) => { await override(d, 'html', 'toc', '<nav>{{> cover}}</nav>\n'); return override(d, 'html', 'cover', '<header>{{> toc}}</header>\n'); }, exit: 1, says: /huisstijl\/html\/cover\.hbs:1:9 .*\[template-recursion\][\s\S]*huisstijl\/html\/toc\.hbs:1:6 .*\[template-recursion\]/ },
  { name: 'template: a partial that includes itself inside {{#if}}', build: (d) => override(d, 'html', 'cover', '<header>{{#if title}}{{> cover}}{{/if}}</header>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs fout het sjabloon 'cover' roept partials eindeloos in elkaar op \[template-error\]/ },
  { name: 'template: an inline partial that includes itself', build: (d) => override(d, 'html', 'cover', '{{#*inline "x"}}{{> x}}{{/inline}}{{> x}}\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs fout het sjabloon 'cover' roept partials eindeloos in elkaar op \[template-error\]/ },
  { name: 'template: {{log title}} (printed plan text among the messages)', build: (d) => override(d, 'html', 'cover', '<h1>{{log title}}</h1>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs fout het sjabloon 'cover' gebruikt de helper 'log', die niet bestaat \[template-error\]/ },
  { name: 'template: {{{title}}} in an HTML override', build: (d) => override(d, 'html', 'cover', '<header>\n<h1>{{{title}}}</h1>\n</header>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:2:5 fout het sjabloon 'cover' schrijft een waarde onbeschermd met \{\{\{…\}\}\} of \{\{&…\}\} \[template-raw-output\]/ },
  { name: 'template: {{& title}} in an HTML override', build: (d) => override(d, 'html', 'cover', '<h1>{{& title}}</h1>\n'), exit: 1, says: /huisstijl\/html\/cover\.hbs:1:5 .*\[template-raw-output\]/ },
  { name: 'template: --templates names a file', build: async () => ['--templates', 'plan.yaml'], exit: 1, says: /de sjablonenmap 'plan\.yaml' is een bestand, geen map \[templates-folder-missing\]/ },
  { name: 'template: --templates names nothing', build: async () => ['--templates', 'bestaat-niet'], exit: 1, says: /de sjablonenmap 'bestaat-niet' bestaat niet \[templates-folder-missing\]/ },

  // Output folders that cannot be written: exit 2, a plain message, no partial file.
  { name: 'output: --out is a file', build: async () => ['--out', 'plan.yaml'], exit: 2, says: /Kan 'plan\.yaml\/plan\.html' niet schrijven/ },
  { name: 'output: --out below a file', build: async () => ['--out', 'plan.yaml/out'], exit: 2, says: /Kan 'plan\.yaml\/out\/plan\.html' niet schrijven/ },
  {
    name: 'output: a folder where plan.md goes (plan.html must not change alone)',
    build: async (d) => {
      await rm(join(d, 'out', 'plan.md'));
      await mkdir(join(d, 'out', 'plan.md'));
      await edit(d, 'plan.yaml', (t) => t.replace(/^title: .*$/m, 'title: Een nieuwe titel'));
      return [];
    },
    exit: 2,
    says: /Kan 'out\/plan\.md' niet schrijven \(er staat een map met die naam, EISDIR\)/,
  },
  { name: 'output: a folder in /proc (mkdir -p would loop for ever)', skip: !existsSync('/proc/self'), build: async () => ['--out', '/proc/plan-render-test'], exit: 2, says: /niet schrijven \(de map bestaat niet en kan niet gemaakt worden, ENOENT\)/ },
  { name: 'output: --out /dev/null', skip: !existsSync('/dev/null'), build: async () => ['--out', '/dev/null'], exit: 2, says: /Kan '.*dev\/null\/plan\.html' niet schrijven/ },
  {
    name: 'output: a read-only folder (skipped as root)',
    skip: isRoot,
    build: async (d) => {
      await mkdir(join(d, 'alleen-lezen'));
      await chmod(join(d, 'alleen-lezen'), 0o555);
      return ['--out', 'alleen-lezen'];
    },
    exit: 2,
    says: /Kan 'alleen-lezen\/plan\.html' niet schrijven \(EACCES\)/,
  },

  // Logos: only image files inside the plan folder are read.
  { name: 'logo: outside the plan folder', build: (d) => logo(d, '../logo.png'), exit: 1, says: /plan\.yaml:26:9 fout het logo '\.\.\/logo\.png' ligt buiten de map van het plan \[logo-outside-plan\]/ },
  { name: 'logo: an absolute path', build: (d) => logo(d, '/etc/hostname'), exit: 1, says: /\[logo-outside-plan\]/ },
  { name: 'logo: a link inside the plan to a file outside', build: async (d) => { await symlink('/etc/hostname', join(d, 'logo.png')); return logo(d, 'logo.png'); }, exit: 1, says: /\[logo-outside-plan\]/ },
  { name: 'logo: a link to /dev/zero', skip: !existsSync('/dev/zero'), build: async (d) => { await symlink('/dev/zero', join(d, 'logo.png')); return logo(d, 'logo.png'); }, exit: 1, says: /\[logo-outside-plan\]/ },
  { name: 'logo: missing', build: (d) => logo(d, 'logo.png'), exit: 1, says: /het logo 'logo\.png' bestaat niet \[logo-missing\]/ },
  { name: 'logo: a URL', build: (d) => logo(d, 'https://example.org/logo.png'), exit: 1, says: /\[logo-missing\]/ },
  { name: 'logo: a text file called .png', build: async (d) => { await writeFile(join(d, 'logo.png'), 'geen afbeelding'); return logo(d, 'logo.png'); }, exit: 1, says: /is geen PNG-, JPEG- of SVG-afbeelding \[logo-not-image\]/ },
  { name: 'logo: a folder', build: async (d) => { await mkdir(join(d, 'logo.png')); return logo(d, 'logo.png'); }, exit: 1, says: /\[logo-not-image\]/ },
  { name: 'logo: a named pipe', skip: !hasMkfifo, build: async (d) => { execFileSync('mkfifo', [join(d, 'logo.png')]); return logo(d, 'logo.png'); }, exit: 1, says: /\[logo-not-image\]/ },
  { name: 'logo: a link loop', build: async (d) => { await symlink('logo.png', join(d, 'logo.png')); return logo(d, 'logo.png'); }, exit: 1, says: /het logo 'logo\.png' is een koppeling die in een kring naar zichzelf terugverwijst \[logo-link-loop\]/ },

  // SVG logos: nothing they refer to outside themselves is read, and nothing hostile reaches the PDF.
  { name: 'svg logo: <image href> to an absolute path', build: (d) => svgLogo(d, '<image href="/etc/hostname" width="10" height="10"/>'), exit: 1, says: /plan\.yaml:26:9 fout het SVG-logo 'logo\.svg' verwijst naar een bestand of adres buiten het logo \(regel 1, kolom \d+: <image href="\/etc\/hostname">\) \[logo-svg-external\]/ },
  { name: 'svg logo: <image xlink:href> to a PNG beside it', build: async (d) => { await writeFile(join(d, 'foto.png'), png); return svgLogo(d, '<image xlink:href="foto.png" width="10" height="10"/>'); }, exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: <image href> to /dev/zero', build: (d) => svgLogo(d, '<image href="file:///dev/zero" width="10" height="10"/>'), exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: <image href> to a URL', build: (d) => svgLogo(d, '<image href="https://example.org/pixel.png" width="10" height="10"/>'), exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: <use href> into another file', build: (d) => svgLogo(d, '<use href="ander.svg#vorm"/>'), exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: url() to a file in a style', build: (d) => svgLogo(d, '<rect width="5" height="5" style="fill: url(\'/etc/passwd#x\')"/>'), exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: url() hidden by a CSS escape in <style>', build: (d) => svgLogo(d, '<style>.a { fill: \\75 rl(https://example.org/x.svg#a) }</style><rect class="a" width="5" height="5"/>'), exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: @import in <style>', build: (d) => svgLogo(d, '<style>@import "https://example.org/a.css";</style>'), exit: 1, says: /\[logo-svg-external\]/ },
  { name: 'svg logo: an external entity', build: (d) => svgLogo(d, '<text>&x;</text>', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), exit: 1, says: /\[logo-svg-dtd\]/ },
  { name: 'svg logo: entities that expand each other (billion laughs)', build: (d) => svgLogo(d, '<text>&b;</text>', '<!DOCTYPE svg [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'), exit: 1, says: /\[logo-svg-dtd\]/ },
  { name: 'svg logo: <a href="javascript:…">', build: (d) => svgLogo(d, '<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'), exit: 1, says: /bevat een link die niet naar een webadres of e-mailadres gaat .*\[logo-svg-link\]/ },
  { name: 'svg logo: <a xlink:href="file:…"> with an entity in the scheme', build: (d) => svgLogo(d, '<a xlink:href="&#102;ile:///etc/passwd"><rect width="5" height="5"/></a>'), exit: 1, says: /\[logo-svg-link\]/ },
  { name: 'svg logo: 2,000 nested groups', build: (d) => svgLogo(d, `${'<g>'.repeat(2000)}<rect width="1" height="1"/>${'</g>'.repeat(2000)}`), exit: 1, says: /is te diep genest of verwijst te vaak naar zichzelf .*\[logo-svg-too-complex\]/ },
  { name: 'svg logo: 2,000 <use> in a chain', build: (d) => svgLogo(d, `<defs><rect id="u0" width="1" height="1"/>${Array.from({ length: 2000 }, (_, i) => `<use id="u${i + 1}" href="#u${i}"/>`).join('')}</defs><use href="#u2000"/>`), exit: 1, says: /\[logo-svg-too-complex\]/ },
  { name: 'svg logo: ten uses of ten uses of … (expands like the billion laughs)', build: (d) => svgLogo(d, `<defs><rect id="l0" width="1" height="1"/>${Array.from({ length: 9 }, (_, i) => `<g id="l${i + 1}">${`<use href="#l${i}"/>`.repeat(10)}</g>`).join('')}</defs><use href="#l9"/>`), exit: 1, says: /\[logo-svg-too-complex\]/ },
  { name: 'svg logo: viewBox="0 0 1e-300 1e-300"', build: (d) => svgLogo(d, '<rect width="1" height="1"/>', '', 'viewBox="0 0 1e-300 1e-300"'), exit: 1, says: /heeft geen bruikbare afmetingen \(viewBox="0 0 1e-300 1e-300"\) \[logo-svg-size\]/ },
  { name: 'svg logo: transform="scale(1e300)"', build: (d) => svgLogo(d, '<g transform="scale(1e300)"><rect width="1" height="1"/></g>'), exit: 1, says: /is getekend met getallen die te groot zijn .*\[logo-svg-too-complex\]/ },
  { name: 'svg logo: nested scales that multiply past any page', build: (d) => svgLogo(d, `${'<g transform="scale(1000)">'.repeat(8)}<rect width="1" height="1"/>${'</g>'.repeat(8)}`), exit: 1, says: /\[logo-svg-too-complex\]/ },
  { name: 'svg logo: not well-formed', build: (d) => svgLogo(d, '<rect width="1" height="1">'), exit: 1, says: /is geen geldige XML .*\[logo-svg-malformed\]/ },

  // Template partials: the plan files' rule, a regular file inside the templates folder.
  { name: 'template: a link to a file outside the templates folder', build: async (d) => { const args = await override(d, 'html', 'cover', null); await symlink(join(d, 'plan.yaml'), join(d, 'huisstijl', 'html', 'cover.hbs')); return args; }, exit: 1, says: /het sjabloon 'cover' is een koppeling naar een bestand buiten de sjablonenmap .*\[template-unreadable\]/ },
  { name: 'template: a link to /proc/self/environ', skip: !existsSync('/proc/self/environ'), build: async (d) => { const args = await override(d, 'markdown', 'cover', null); await symlink('/proc/self/environ', join(d, 'huisstijl', 'markdown', 'cover.hbs')); return args; }, exit: 1, says: /buiten de sjablonenmap .*\[template-unreadable\]/ },
  { name: 'template: a link loop', build: async (d) => { const args = await override(d, 'html', 'cover', null); await symlink('cover.hbs', join(d, 'huisstijl', 'html', 'cover.hbs')); return args; }, exit: 1, says: /het sjabloon 'cover' is een koppeling die in een kring naar zichzelf terugverwijst \[template-unreadable\]/ },
  { name: 'template: a broken link', build: async (d) => { const args = await override(d, 'html', 'cover', null); await symlink('weg.hbs', join(d, 'huisstijl', 'html', 'cover.hbs')); return args; }, exit: 1, says: /het sjabloon 'cover' is een koppeling naar een bestand dat niet bestaat \[template-unreadable\]/ },
  { name: 'logo: over 5 MB', build: async (d) => { await writeFile(join(d, 'logo.png'), Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)])); return logo(d, 'logo.png'); }, exit: 1, says: /\[logo-too-large\]/ },
  // Raster logos are checked before anything decodes them (src/render/logo-raster.ts).
  { name: 'logo: a small PNG claiming 20,000 × 20,000 pixels (took 6.4 GB)', build: async (d) => { await writeFile(join(d, 'logo.png'), pngClaiming(20_000, 20_000)); return logo(d, 'logo.png'); }, exit: 1, says: /plan\.yaml:26:9 fout het logo 'logo\.png' is 20000 × 20000 pixels; meer dan 16 miljoen pixels \(zoals 4000 × 4000\) wordt niet ingelezen \[logo-too-many-pixels\]/ },
  { name: 'logo: a truncated PNG (was a stack trace)', build: async (d) => { await writeFile(join(d, 'logo.png'), png.subarray(0, png.length - 16)); return logo(d, 'logo.png'); }, exit: 1, says: /plan\.yaml:26:9 fout het logo 'logo\.png' is onvolledig: het bestand houdt te vroeg op .*\[logo-broken\]/ },
  { name: 'logo: a PNG with a broken zlib stream (killed Node with exit 1)', build: async (d) => { await writeFile(join(d, 'logo.png'), pngFile({ width: 4, height: 4, idat: Buffer.from('789c0000ffff0123456789', 'hex') })); return logo(d, 'logo.png'); }, exit: 1, says: /plan\.yaml:26:9 fout het logo 'logo\.png' is een PNG waarvan de beeldgegevens beschadigd zijn \[logo-broken\]/ },
  { name: 'logo: a JPEG of zeros (was a stack trace)', build: async (d) => { await writeFile(join(d, 'logo.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(4096)])); return logo(d, 'logo.jpg'); }, exit: 1, says: /plan\.yaml:26:9 fout het logo 'logo\.jpg' is een beschadigde JPEG \[logo-broken\]/ },
];

/** Everything but out/: the plan folder as the user keeps it. */
async function planSnapshot(dir: string): Promise<Record<string, string>> {
  const all = await snapshot(dir);
  return Object.fromEntries(Object.entries(all).filter(([path]) => !path.startsWith('out/')));
}

describe.concurrent('plan render that must fail', () => {
  for (const c of failing) {
    it.skipIf(c.skip)(`${c.name}: exit ${c.exit}, a clear message, earlier output untouched`, async () => {
      await withPlan(async (dir) => {
        expect((await render(dir)).status).toBe(0);
        const args = await c.build(dir);
        const earlier = await snapshot(join(dir, 'out'));
        const before = await planSnapshot(dir);

        const result = await render(dir, args);
        expectClean(result);
        expect(result.status, result.stdout + result.stderr).toBe(c.exit);
        expect(c.exit === 2 ? result.stderr : result.stdout).toMatch(c.says);

        expect(await snapshot(join(dir, 'out')), 'the earlier output is byte-identical').toEqual(earlier);
        expect(await planSnapshot(dir), 'nothing written into the plan folder').toEqual(before);
        // No temporary file left behind next to any output.
        const leftovers = (await readdir(join(dir, 'out'))).filter((name) => name.endsWith('.tmp'));
        expect(leftovers).toEqual([]);
      });
      // Two renders, side by side with the other cases: room for both (test/helpers/cli.ts).
    }, 2 * HANG_MS + 30_000);
  }
});

describe('plan render with an SVG logo that holds a script', () => {
  it('embeds it as an image, where scripts do not run, and writes no <script> into the page', async () => {
    await withPlan(async (dir) => {
      await writeFile(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><rect width="1" height="1"/></svg>');
      await logo(dir, 'logo.svg');
      const result = await render(dir);
      expectClean(result);
      expect(result.status).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toMatch(/<img class="logo" src="data:image\/svg\+xml;base64,/);
      expect(activeMarkup(html)).toEqual([]);
    });
  });
});

describe('plan render with an SVG logo as Illustrator writes it', () => {
  it('accepts the internal DTD subset without expanding entities past their one value, and draws the logo in the PDF', async () => {
    await withPlan(async (dir) => {
      await writeFile(join(dir, 'logo.svg'), await readFile(join(fixturesDir, 'logos', 'illustrator.svg')));
      await logo(dir, 'logo.svg');
      const result = await render(dir, ['--pdf']);
      expectClean(result);
      expect(result.status, result.stdout).toBe(0);
      // The logo's text, inside Illustrator's <switch>, is drawn on the cover.
      expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'out', 'plan.pdf'), '-'], { encoding: 'utf8' })).toContain('Logo & co');
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      const embedded = Buffer.from(/<img class="logo" src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)![1]!, 'base64').toString('utf8');
      expect(embedded).not.toContain('<!DOCTYPE');
      expect(embedded).toContain('xmlns:i="http://ns.adobe.com/AdobeIllustrator/10.0/"');
    });
  });
});
