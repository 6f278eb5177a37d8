import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editFile as edit, examplesDir, fixturesDir, listFiles, runPlan, withTempPlan } from '../helpers/cli.js';
import { norm, readPdf } from '../helpers/pdf.js';

const base = join(fixturesDir, 'base');
const withPlan = <T>(overrides: Record<string, string>, run: (dir: string) => Promise<T>): Promise<T> => withTempPlan(base, run, overrides);

describe('plan render', () => {
  it('writes plan.html and plan.md into <dir>/out by default', async () => {
    await withPlan({}, async (dir) => {
      const result = await runPlan(['render', dir]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(await listFiles(join(dir, 'out'))).toEqual(['plan.html', 'plan.md']);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl-BE">/);
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toContain('<h2 id="hoofdstuk-1"><span class="number">1</span> Conclusie lokale omgevingsanalyse</h2>');
      expect(html).toContain('<h5 id="doel-1-1"><span class="number">1.1</span> Scholen werken preventief</h5>');
      const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
      expect(md).toContain('## 3 Doelstellingen 2024-2027');
      expect(md).toContain('| Preventiedienst | **T** |  |  |');
    });
  });

  it('renders the agreements between partners in every format', async () => {
    await withTempPlan(join(examplesDir, 'gemeente-x'), async (dir) => {
      const result = await runPlan(['render', dir, '--pdf']);
      expect(result.status).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toContain('<h3 id="samenwerkingsafspraken">Samenwerkingsafspraken</h3>');
      expect(html).toMatch(/<h4>Convenant Veilig Uitgaan<\/h4>\n<dl class="work-meta">\n<dt>Vorm<\/dt><dd>Protocol<\/dd>\n<dt>Partners<\/dt><dd>Burgemeester van X; /);
      expect(html).toContain('<dt>Datum</dt><dd>1 september 2024</dd>');
      const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
      expect(md).toMatch(/### Samenwerkingsafspraken\n\n#### Convenant Veilig Uitgaan\n\n- \*\*Vorm:\*\* Protocol\n- \*\*Partners:\*\* Burgemeester van X; .*\n- \*\*Datum:\*\* 1 september 2024\n\nOndernemers hanteren/);
      const pdf = await readPdf(new Uint8Array(await readFile(join(dir, 'out', 'plan.pdf'))));
      const text = norm(pdf.pages.flat().join(' '));
      expect(text).toMatch(/Samenwerkingsafspraken Convenant Veilig Uitgaan Vorm: Protocol · Partners: Burgemeester van X; .* · Datum: 1 september 2024 Ondernemers hanteren/);
    });
  });

  it('says a coordinator\'s role once when it only repeats the name, in every format', async () => {
    await withTempPlan(join(examplesDir, 'brugge'), async (dir) => {
      // Brugge names the function, not the person: name "Coördinator drugbeleid", role "coördinator drugbeleid".
      const result = await runPlan(['render', dir, '--pdf']);
      expect(result.status).toBe(0);
      const once = 'Coördinator drugbeleid, Preventie & Samenleven, Stad Brugge';
      expect(await readFile(join(dir, 'out', 'plan.html'), 'utf8')).toContain(`<strong>Coördinator:</strong> ${once.replace('&', '&amp;')}</p>`);
      expect(await readFile(join(dir, 'out', 'plan.md'), 'utf8')).toContain(`**Coördinator:** ${once}\n`);
      const pdf = await readPdf(new Uint8Array(await readFile(join(dir, 'out', 'plan.pdf'))));
      expect(pdf.pages.at(-1)).toContain(once);
    });
  });

  it('renders despite warnings, and points to plan validate instead of listing them', async () => {
    await withPlan({}, async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace(/^introduction: \|\n.*$/m, 'introduction: "TODO: schrijf de inleiding"'));
      const result = await runPlan(['render', dir, '--format', 'html']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^0 fouten, 1 waarschuwing, 0 info — `plan validate .+` toont ze\.\nGeschreven:\n/);
      expect(result.stdout).not.toContain('[placeholders/');
    });
  });

  it('writes only the formats asked for, into --out', async () => {
    await withPlan({}, async (dir) => {
      const out = join(dir, 'elders');
      const result = await runPlan(['render', dir, '--out', out, '--format', 'md']);
      expect(result.status).toBe(0);
      expect(await listFiles(out)).toEqual(['plan.md']);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  });

  it('prints validation errors like plan validate, exits 1 and writes nothing', async () => {
    await withPlan({}, async (dir) => {
      await edit(dir, 'goals.yaml', (t) => t.replace('owner: preventiedienst', 'owner: preventie-dienst'));
      const render = await runPlan(['render', dir]);
      const validate = await runPlan(['validate', dir]);
      expect(render.status).toBe(1);
      expect(render.stdout).toBe(validate.stdout);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  });

  it('leaves an earlier output untouched when the new render fails', async () => {
    await withPlan({}, async (dir) => {
      expect((await runPlan(['render', dir])).status).toBe(0);
      const before = await readFile(join(dir, 'out', 'plan.html'));
      await edit(dir, 'plan.yaml', (t) => t.replace(/^title: .*$/m, 'title: 12: x: y'));
      expect((await runPlan(['render', dir])).status).toBe(1);
      expect(await readFile(join(dir, 'out', 'plan.html'))).toEqual(before);
      expect(await listFiles(join(dir, 'out'))).toEqual(['plan.html', 'plan.md']);
    });
  });

  it('shows <script> and {{…}} in a text field as text, never as markup', async () => {
    await withPlan({}, async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace(/^introduction: \|\n.*$/m, 'introduction: "Zie <script>alert(1)</script> en {{labels.title}} en [link](javascript:alert(1))"'));
      const result = await runPlan(['render', dir]);
      expect(result.status).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('{{labels.title}}');
      expect(html).not.toMatch(/href="javascript:/);
      const md = await readFile(join(dir, 'out', 'plan.md'), 'utf8');
      expect(md).toContain('&lt;script>alert(1)&lt;/script>');
      expect(md).toContain('{{labels.title}}');
    });
  });

  it('replaces a shipped partial with the one in --templates', async () => {
    await withPlan({}, async (dir) => {
      const templates = join(dir, 'huisstijl');
      await mkdir(join(templates, 'html'), { recursive: true });
      await writeFile(join(templates, 'html', 'styles.hbs'), 'h2 { color: {{primaryColor}}; font-family: Georgia, serif; }\n');
      const result = await runPlan(['render', dir, '--templates', templates, '--format', 'html']);
      expect(result.status).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toContain('h2 { color: #1d4f91; font-family: Georgia, serif; }');
      expect(html).not.toContain('.cover .logo');
    });
  });

  it('names the template file and line of a syntax error in an override, and writes nothing', async () => {
    await withPlan({}, async (dir) => {
      const templates = join(dir, 'huisstijl');
      await mkdir(join(templates, 'html'), { recursive: true });
      await writeFile(join(templates, 'html', 'cover.hbs'), '<header>\n<h1>{{title}}</h1>\n{{#if logo}}\n</header>\n');
      const result = await runPlan(['render', dir, '--templates', templates]);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/huisstijl\/html\/cover\.hbs:\d+:\d+ fout het sjabloon 'cover' sluit een blok niet af \[template-syntax\]/);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  });

  it('reports a misspelt field in an override with the file it is in', async () => {
    await withPlan({}, async (dir) => {
      const templates = join(dir, 'huisstijl');
      await mkdir(join(templates, 'markdown'), { recursive: true });
      await writeFile(join(templates, 'markdown', 'cover.hbs'), '# {{title}}\n\n{{periode}}\n');
      const result = await runPlan(['render', dir, '--templates', templates]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('huisstijl/markdown/cover.hbs:3:');
      expect(result.stdout).toContain("het sjabloon 'cover' gebruikt het veld 'periode', dat hier niet bestaat");
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  });

  it('reports an override that matches no shipped partial, with a suggestion', async () => {
    await withPlan({}, async (dir) => {
      const templates = join(dir, 'huisstijl');
      await mkdir(join(templates, 'html'), { recursive: true });
      await writeFile(join(templates, 'html', 'cover-page.hbs'), '<header></header>\n');
      const result = await runPlan(['render', dir, '--templates', templates]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain("er bestaat geen meegeleverde partial 'cover-page' voor html — bedoelt u 'cover'?");
    });
  });

  it('embeds a logo from the plan folder and refuses one outside it', async () => {
    await withPlan({}, async (dir) => {
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
      await writeFile(join(dir, 'logo.png'), png);
      await edit(dir, 'plan.yaml', (t) => `${t}style:\n  logo: logo.png\n`);
      expect((await runPlan(['render', dir, '--format', 'html'])).status).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      // Handlebars writes '=' as '&#x3D;' in attributes; a browser reads it back as '='.
      const src = `data:image/png;base64,${png.toString('base64')}`.replace(/=/g, '&#x3D;');
      expect(html).toContain(`<img class="logo" src="${src}" alt="Gemeente Testgem">`);

      await edit(dir, 'plan.yaml', (t) => t.replace('logo: logo.png', 'logo: ../../etc/passwd'));
      const outside = await runPlan(['render', dir]);
      expect(outside.status).toBe(1);
      expect(outside.stdout).toMatch(/plan\.yaml:\d+:\d+ fout het logo '\.\.\/\.\.\/etc\/passwd' ligt buiten de map van het plan \[logo-outside-plan\]/);

      await writeFile(join(dir, 'nep.png'), 'geen afbeelding');
      await edit(dir, 'plan.yaml', (t) => t.replace('logo: ../../etc/passwd', 'logo: nep.png'));
      expect((await runPlan(['render', dir])).stdout).toContain('[logo-not-image]');
      await edit(dir, 'plan.yaml', (t) => t.replace('logo: nep.png', 'logo: weg.png'));
      expect((await runPlan(['render', dir])).stdout).toContain('[logo-missing]');

      // An SVG with no size of its own cannot be placed in the PDF: say so, never crash.
      await writeFile(join(dir, 'vorm.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
      await edit(dir, 'plan.yaml', (t) => t.replace('logo: weg.png', 'logo: vorm.svg'));
      const unsized = await runPlan(['render', dir, '--pdf']);
      expect(unsized.status).toBe(1);
      expect(unsized.stdout).toContain("het SVG-logo 'vorm.svg' heeft geen afmetingen [logo-svg-size]");
      await writeFile(join(dir, 'vorm.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle r="4"/></svg>');
      expect((await runPlan(['render', dir, '--pdf'])).status).toBe(0);
    });
  });

  it('takes chapter titles from the plan language and from the plan\'s own labels', async () => {
    await withPlan({}, async (dir) => {
      await edit(dir, 'plan.yaml', (t) => `${t.replace('language: nl-BE', 'language: en')}labels:\n  analysis: Local situation\n`);
      const result = await runPlan(['render', dir, '--format', 'html']);
      expect(result.status, result.stdout).toBe(0);
      const html = await readFile(join(dir, 'out', 'plan.html'), 'utf8');
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<h2 id="inhoud">Contents</h2>');
      expect(html).toContain('<span class="number">1</span> Local situation</h2>');
      expect(html).toContain('<span class="number">2</span> Mission and vision</h2>');
    });
  });

  it('exits 2 with a plain message for an unknown format', async () => {
    const result = await runPlan(['render', base, '--format', 'docx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Onbekend formaat 'docx'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the output folder cannot be written, and says so plainly', async () => {
    await withPlan({}, async (dir) => {
      const blocker = join(dir, 'bestand');
      await writeFile(blocker, 'x');
      const result = await runPlan(['render', dir, '--out', join(blocker, 'out')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Kan ');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect((await stat(blocker)).isFile()).toBe(true);
    });
  });
});
