#!/usr/bin/env node
// Re-renders the approved output files in test/approved/ after a person has read the change.
// Usage: npm run approve [-- <name> …]   (names: base, or a folder of examples/)
// Then read `git diff test/approved` line by line before committing: that diff is the review.
//
// test/approved/stylesheet.css holds the stylesheet once (the base fixture's, with the
// default house colour); each plan.html holds its structure and text, and of its stylesheet
// only the lines that differ (scripts/lib/approved-form.mjs). The stylesheet is written on
// every run, so a CSS change shows in that one file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { approvedHtml, stylesheetFileText, stylesheetOf } from './lib/approved-form.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const approvedDir = join(root, 'test', 'approved');
const plans = { base: join(root, 'test', 'fixtures', 'base') };
const examples = join(root, 'examples');
if (existsSync(examples)) for (const e of readdirSync(examples, { withFileTypes: true })) if (e.isDirectory()) plans[e.name] = join(examples, e.name);
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in plans));
if (unknown.length > 0) {
  console.error(`approve: no plan named ${unknown.join(', ')}; the names are ${Object.keys(plans).join(', ')}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'plan-approve-'));
try {
  const render = (name) => {
    const out = join(work, name);
    execFileSync(process.execPath, [join(root, 'bin', 'plan'), 'render', plans[name], '--out', out, '--format', 'html,md'], { stdio: ['ignore', 'ignore', 'inherit'] });
    return { html: readFileSync(join(out, 'plan.html'), 'utf8'), md: readFileSync(join(out, 'plan.md'), 'utf8') };
  };
  const base = render('base');
  const shared = stylesheetOf(base.html);
  if (shared === undefined) throw new Error('the base plan.html has no <style> block');
  writeFileSync(join(approvedDir, 'stylesheet.css'), stylesheetFileText(shared));
  for (const name of Object.keys(plans)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const { html, md } = name === 'base' ? base : render(name);
    mkdirSync(join(approvedDir, name), { recursive: true });
    writeFileSync(join(approvedDir, name, 'plan.html'), approvedHtml(html, shared));
    writeFileSync(join(approvedDir, name, 'plan.md'), md);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
