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
import { editFile as edit, fixturesDir, hasMkfifo, isRoot, runPlan, stackTrace, withTempPlan, type RunResult } from '../helpers/cli.js';
import { pngClaiming, pngFile } from '../helpers/images.js';
import { snapshot } from '../helpers/tree.js';

const base = join(fixturesDir, 'base');
const withPlan = (run: (dir: string) => Promise<void>): Promise<void> => withTempPlan(base, run);
const planFiles = ['plan.yaml', 'analysis.yaml', 'stakeholders.yaml', 'mission.yaml', 'goals.yaml'];


function render(dir: string, args: string[] = []): Promise<RunResult> {
  return runPlan(['render', '.', ...args], { cwd: dir, timeoutMs: 60_000 });
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

  it('does not keep javascript: links from a text field in plan.md', async () => {
    await withPlan(async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace(/^introduction: \|\n.*$/m, 'introduction: "Zie [hier](javascript:alert(1))."'));
      expect((await render(dir, ['--format', 'md'])).status).toBe(0);
      expect(await readFile(join(dir, 'out', 'plan.md'), 'utf8')).not.toContain('](javascript:');
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
    });
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
