#!/usr/bin/env node
// Start-up time of `plan validate` against a bare `node -e 0`, run interleaved so that
// a busy machine slows both alike. Target: the ratio of medians at most 2×.
// Usage: node scripts/bench/start.mjs [runs] (default 30). Figures only, no pass or fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 30);
// The full Brugge example (about 65 KB of YAML) and the minimal fixture: the first shows
// the cost of parsing a real plan, the second the cost of starting at all.
const plans = [join(root, 'examples', 'brugge'), join(root, 'test', 'fixtures', 'base')].filter((dir) => existsSync(join(dir, 'plan.yaml')));
const env = { ...process.env, NO_COLOR: '1' };

const commands = { 'node -e 0': [process.execPath, ['-e', '0']] };
for (const plan of plans) commands[`plan validate ${relative(root, plan)}`] = [process.execPath, [join(root, 'bin', 'plan'), 'validate', plan]];

function time([file, args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));

// One warm-up each (file cache), then interleaved runs.
for (const command of Object.values(commands)) time(command);
for (let i = 0; i < runs; i++) for (const [name, command] of Object.entries(commands)) samples[name].push(time(command));

const medians = {};
console.log(`${runs} runs each, interleaved\n`);
console.log('| command | median ms | p90 ms | min ms |');
console.log('|---|---:|---:|---:|');
for (const [name, list] of Object.entries(samples)) {
  const sorted = [...list].sort((a, b) => a - b);
  medians[name] = quantile(sorted, 0.5);
  console.log(`| ${name} | ${medians[name].toFixed(1)} | ${quantile(sorted, 0.9).toFixed(1)} | ${sorted[0].toFixed(1)} |`);
}
const [bare, ...validates] = Object.values(medians);
console.log('');
Object.keys(medians).slice(1).forEach((name, i) => console.log(`ratio of medians, ${name}: ${(validates[i] / bare).toFixed(2)}× (target ≤ 2×)`));
