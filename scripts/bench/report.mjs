#!/usr/bin/env node
// Time of `plan report` on the Brugge example (three monitoring years) for HTML and Markdown,
// and with the PDF, beside `plan validate` with and without its monitoring folder, run
// interleaved so that a busy machine slows all alike.
// Usage: node scripts/bench/report.mjs [runs] (default 5). Figures only, no pass or fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 5);
const brugge = join(root, 'examples', 'brugge');
const work = mkdtempSync(join(tmpdir(), 'plan-bench-report-'));
const bare = join(work, 'without-monitoring');
cpSync(brugge, bare, { recursive: true });
rmSync(join(bare, 'monitoring'), { recursive: true, force: true });
rmSync(join(bare, 'out'), { recursive: true, force: true });
const out = join(work, 'out');
const plan = join(root, 'bin', 'plan');
const commands = {
  'plan validate brugge (3 monitoring years)': [plan, 'validate', brugge],
  'plan validate brugge without monitoring/': [plan, 'validate', bare],
  'plan report brugge --year 2023 (html, md)': [plan, 'report', brugge, '--year', '2023', '--out', out],
  'plan report brugge --year 2023 --pdf': [plan, 'report', brugge, '--year', '2023', '--pdf', '--out', out],
};

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (const args of Object.values(commands)) time(args);
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));
console.log(`${runs} runs each, interleaved\n`);
console.log('| command | median ms | min ms |');
console.log('|---|---:|---:|');
for (const [name, list] of Object.entries(samples)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`| ${name} | ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} | ${sorted[0].toFixed(0)} |`);
}
rmSync(work, { recursive: true, force: true });
