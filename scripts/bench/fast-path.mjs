#!/usr/bin/env node
// What the js-yaml fast path (src/load/fast-parse.ts) saves `plan validate`: the five files
// of the Brugge example read by the fast path, and by the full parse with positions (the
// yaml library) that a clean plan skips, each in a fresh process, as once per run of the
// CLI (cold: the parser's own code compiled and optimised within the run). Imports dist/:
// run `npm run build` first. Compare with `plan validate`'s time in scripts/bench/pieces.mjs.
// Usage: node scripts/bench/fast-path.mjs [runs] (default 15). Figures only, no pass or fail.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 15);
const dist = (path) => JSON.stringify(pathToFileURL(join(root, 'dist', ...path.split('/'))).href);

const child = `
  const { readFileSync } = await import('node:fs');
  const { planFileNames } = await import(${dist('load/plan-files.js')});
  const { fastParse } = await import(${dist('load/fast-parse.js')});
  const { parseWithPositions } = await import(${dist('load/load-plan.js')});
  const { normalizeText, parseSource } = await import(${dist('load/source-file.js')});
  const [path, dir] = process.argv.slice(1);
  const texts = planFileNames.map((name) => [name, readFileSync(dir + '/' + name, 'utf8')]);
  // Load each path's library first (the slow path loads the yaml library on first use),
  // so that only the reading is timed.
  fastParse(normalizeText('a: 1\\n'));
  parseWithPositions(parseSource('x.yaml', 'a: 1\\n'));
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const [name, text] of texts) {
    const data = path === 'fast' ? fastParse(normalizeText(text)).data : parseWithPositions(parseSource(name, text)).data;
    if (!data) throw new Error(name + ': no data on the ' + path + ' path');
  }
  const { user, system } = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (user + system) / 1000 }));`;

const dir = join(root, 'examples', 'brugge');
const time = (path) => {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, '--', path, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
};
const samples = { fast: [], slow: [] };
for (let i = 0; i < runs; i++) for (const path of ['fast', 'slow']) samples[path].push(time(path));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${runs} runs each, interleaved, one fresh process per run; the five files of examples/brugge; CPU: user + system, all threads\n`);
console.log('| path | wall median ms | wall min ms | cpu median ms |');
console.log('|---|---:|---:|---:|');
for (const [path, name] of [['fast', 'js-yaml fast path (fastParse)'], ['slow', 'yaml with positions (parseWithPositions)']]) {
  const wall = samples[path].map((s) => s.wall);
  console.log(`| ${name} | ${median(wall).toFixed(1)} | ${Math.min(...wall).toFixed(1)} | ${median(samples[path].map((s) => s.cpu)).toFixed(1)} |`);
}
