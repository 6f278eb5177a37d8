import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { approvedHtml, stylesheetFromFileText, stylesheetOf } from '../../scripts/lib/approved-form.mjs';
import { examplesDir, fixturesDir, removeDir, repoRoot, runPlan } from '../helpers/cli.js';

// Each file in test/approved/ was read and approved by a person (see scripts/approve.mjs).
// A difference here means the output changed: read the diff, then approve it or fix the code.
// plan.html is approved for its structure and text; the stylesheet once, in stylesheet.css
// (scripts/lib/approved-form.mjs).
const approvedDir = join(repoRoot, 'test', 'approved');
const plans = [
  { name: 'base', dir: join(fixturesDir, 'base') },
  ...(existsSync(examplesDir) ? readdirSync(examplesDir, { withFileTypes: true }) : []).filter((e) => e.isDirectory()).map((e) => ({ name: e.name, dir: join(examplesDir, e.name) })),
];
const approve = (name: string) => `run \`npm run approve -- ${name}\`, read \`git diff test/approved\`, and commit it`;

/** plan.html and plan.md of a render of `dir`, and the stylesheet of its plan.html. */
async function rendered(dir: string): Promise<{ html: string; md: string; stylesheet: string | undefined }> {
  const out = await mkdtemp(join(tmpdir(), 'plan-approved-'));
  try {
    const result = await runPlan(['render', dir, '--out', out, '--format', 'html,md']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const html = await readFile(join(out, 'plan.html'), 'utf8');
    return { html, md: await readFile(join(out, 'plan.md'), 'utf8'), stylesheet: stylesheetOf(html) };
  } finally {
    await removeDir(out);
  }
}

// The stylesheet as rendered now, which the plans' HTML is compared in: a change to the CSS
// fails the one test of the stylesheet, not every plan.
let sharedCss: string;
beforeAll(async () => {
  sharedCss = (await rendered(join(fixturesDir, 'base'))).stylesheet!;
});

it('the stylesheet matches test/approved/stylesheet.css', async () => {
  expect(sharedCss, `the stylesheet changed: ${approve('base')}`).toBe(stylesheetFromFileText(await readFile(join(approvedDir, 'stylesheet.css'), 'utf8')));
});

describe.each(plans)('the rendered $name plan', ({ name, dir }) => {
  it('matches the approved plan.html and plan.md', async () => {
    for (const file of ['plan.html', 'plan.md']) expect(existsSync(join(approvedDir, name, file)), `no approved ${file} for ${name}: ${approve(name)}`).toBe(true);
    const actual = await rendered(dir);
    expect(approvedHtml(actual.html, sharedCss), `plan.html of ${name}: ${approve(name)}`).toBe(await readFile(join(approvedDir, name, 'plan.html'), 'utf8'));
    expect(actual.md, `plan.md of ${name}: ${approve(name)}`).toBe(await readFile(join(approvedDir, name, 'plan.md'), 'utf8'));
  });
});

describe('the approved form', () => {
  it('still fails on a changed word, heading level or style rule, and shows the changed style line', async () => {
    const approved = await readFile(join(approvedDir, 'base', 'plan.html'), 'utf8');
    // A real render of the base plan with another word in its introduction and another house colour.
    const work = await mkdtemp(join(tmpdir(), 'plan-approved-change-'));
    try {
      const dir = join(work, 'plan');
      await cp(join(fixturesDir, 'base'), dir, { recursive: true });
      const plan = await readFile(join(dir, 'plan.yaml'), 'utf8');
      await writeFile(join(dir, 'plan.yaml'), `${plan.replace('Een korte inleiding.', 'Een lange inleiding.')}\nstyle:\n  primaryColor: '#123456'\n`);
      const html = approvedHtml((await rendered(dir)).html, sharedCss);
      expect(html).toContain('Een lange inleiding.');
      expect(html).toContain('/* line 1: */ :root { --primary: #123456;');
      expect(html.replace('lange', 'korte').replace(/\/\* line 1: \*\/ .*\n/, '').replaceAll('#123456', '#1d4f91')).toBe(approved);
    } finally {
      await removeDir(work);
    }
    // The approved file put back together is the rendered file; a change anywhere shows.
    const full = approved.replace('/* test/approved/stylesheet.css */', sharedCss);
    const form = (html: string) => approvedHtml(html, sharedCss);
    expect(form(full)).toBe(approved);
    expect(form(full.replace('<h2', '<h3'))).not.toBe(approved);
    const second = sharedCss.split('\n')[1]!;
    expect(form(full.replace(second, `${second} .extra { color: red; }`))).toContain(`/* line 2: */ ${second} .extra { color: red; }`);
    expect(form(full.replace(`${second}\n`, `${second}\n.extra { color: red; }\n`))).toContain('/* not test/approved/stylesheet.css: ');
  });
});
