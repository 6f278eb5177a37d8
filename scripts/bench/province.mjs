#!/usr/bin/env node
// A province: 300 plan folders made from the examples, checked by one `plan validate plannen/*`
// against a shell-style loop of one `plan validate <dir>` per folder; and a smaller set
// rendered to PDF by one `plan render` (a worker thread per core) against a loop.
// Usage: node scripts/bench/province.mjs [plans] [pdfPlans] (default 300 and 12). Figures only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const count = Number(process.argv[2] ?? 300);
const pdfCount = Number(process.argv[3] ?? 12);
const bin = join(root, 'bin', 'plan');
const env = { ...process.env, NO_COLOR: '1' };
const examples = readdirSync(join(root, 'examples')).sort();

const work = mkdtempSync(join(tmpdir(), 'plan-province-'));
const plans = join(work, 'plannen');
const names = Array.from({ length: count }, (_, i) => `p${String(i + 1).padStart(3, '0')}-${examples[i % examples.length]}`);
names.forEach((name, i) => cpSync(join(root, 'examples', examples[i % examples.length]), join(plans, name), { recursive: true, filter: (src) => !/[\/]out([\/]|$)/.test(src) }));

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`plan ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const seconds = (ms) => (ms / 1000).toFixed(1);

try {
  // One warm-up (file cache), then each way once: the loop alone takes tens of seconds.
  time(['validate', `plannen/${names[0]}`]);
  const oneValidate = time(['validate', 'plannen/*']);
  let loopValidate = 0;
  for (const name of names) loopValidate += time(['validate', `plannen/${name}`]);

  const pdfNames = names.slice(0, pdfCount);
  const oneRender = time(['render', ...pdfNames.map((n) => `plannen/${n}`), '--pdf', '--out', 'out-one']);
  let loopRender = 0;
  for (const name of pdfNames) loopRender += time(['render', `plannen/${name}`, '--pdf', '--out', `out-loop/${name}`]);

  console.log(`${count} plans (from ${examples.join(', ')}); ${pdfCount} of them rendered with --pdf; ${availableParallelism()} cores\n`);
  console.log('| what | one process s | loop of processes s | ratio |');
  console.log('|---|---:|---:|---:|');
  console.log(`| plan validate, ${count} plans | ${seconds(oneValidate)} | ${seconds(loopValidate)} | ${(loopValidate / oneValidate).toFixed(1)}× |`);
  console.log(`| plan render --pdf, ${pdfCount} plans | ${seconds(oneRender)} | ${seconds(loopRender)} | ${(loopRender / oneRender).toFixed(1)}× |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
