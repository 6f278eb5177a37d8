#!/usr/bin/env node
// What each start-up piece of bin/plan saves: the CLI bundle run with and without V8's code
// cache, and with and without the V8 flags of bin/v8-flags.cjs, for `plan validate` and
// `plan render` (HTML and Markdown, and the PDF) on the Brugge example. Each variant gets a
// code cache made under its own flags (V8 refuses a cache made under other flags), written
// beside the bundles as `<bundle>.bench-<n>.cache`, in a copy of the package made for the
// run (so that a build during the run changes nothing here). Runs interleaved so that a busy machine slows all alike.
// Usage: node scripts/bench/pieces.mjs [runs] (default 9). Figures only, no pass or fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 9);
const work = mkdtempSync(join(tmpdir(), 'plan-bench-pieces-'));
// The package as bin/plan sees it, without the build's own code caches.
const root = join(work, 'package');
for (const part of ['bin', 'dist/bundle', 'schemas', 'templates', 'package.json']) cpSync(join(source, part), join(root, part), { recursive: true, filter: (f) => !f.endsWith('.cache') });
symlinkSync(join(source, 'node_modules'), join(root, 'node_modules'));
const brugge = join(work, 'brugge');
cpSync(join(source, 'examples', 'brugge'), brugge, { recursive: true, filter: (f) => !/\/out(\/|$)/.test(f) });
const out = join(work, 'out');
const flagsFile = join(root, 'bin', 'v8-flags.cjs');
const flagSets = existsSync(flagsFile) ? (await import(flagsFile)).default.commandFlags : {};

const cli = join(root, 'dist', 'bundle', 'plan.cjs');

// A child that runs the CLI bundle as bin/plan does, under the given flags and cache.
const runner = `
  const v8 = require('node:v8');
  const [flags, cache, bundle, ...args] = process.argv.slice(1);
  if (flags) v8.setFlagsFromString(flags);
  const loader = require(${JSON.stringify(join(root, 'bin', 'load-bundle.cjs'))});
  if (cache) loader.useCacheVariant(cache);
  process.argv = [process.argv[0], 'plan', ...args];
  // The CPU time of all its threads, for the parent: less disturbed by a busy machine than the wall time.
  process.on('exit', () => { const { user, system } = process.cpuUsage(); process.stderr.write('cpu ' + (user + system) / 1000 + '\\n'); });
  loader.loadBundle(bundle);`;

/** Writes the cache `cache` of each bundle after one run of `args` under `flags` (as scripts/code-cache.mjs does). */
function warm(flags, cache, args) {
  const script = `${runner}
    process.once('beforeExit', () => {
      for (const { file, script } of loader.loadedScripts()) require('node:fs').writeFileSync(loader.cacheFileOf(file, '${cache}'), script.createCachedData());
    });`;
  execFileSync(process.execPath, ['-e', script, '--', flags, '', cli, ...args], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
}

const commands = {
  validate: ['validate', brugge],
  'render (html, md)': ['render', brugge, '--out', out],
  'render --pdf': ['render', brugge, '--pdf', '--out', out],
};
// Each command without flags, without and with the code cache; then with each flag set (and
// a code cache made under it), to show what each set does to every command.
const flagVariants = { 'no flags': '', ...Object.fromEntries(Object.entries(flagSets).map(([name, flags]) => [`flags of ${name} (${flags})`, flags])) };
const variants = [];
for (const [command, args] of Object.entries(commands)) {
  for (const [flagName, flags] of Object.entries(flagVariants)) {
    const cache = `bench-${variants.length}`;
    warm(flags, cache, args);
    if (!flags) variants.push({ command, name: `${flagName}, no code cache`, flags, cache: '', args });
    variants.push({ command, name: `${flagName}, code cache`, flags, cache, args });
  }
}

function time({ flags, cache, args }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', runner, '--', flags, cache, cli, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: Number(/cpu ([\d.]+)\n$/.exec(result.stderr.toString())[1]) };
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

try {
  const samples = variants.map(() => []);
  variants.forEach((v) => time(v));
  for (let i = 0; i < runs; i++) variants.forEach((v, k) => samples[k].push(time(v)));
  console.log(`${runs} runs each, interleaved; Brugge example. CPU: user + system time of the process, all threads.\n`);
  console.log('| command | variant | wall median ms | wall min ms | cpu median ms |');
  console.log('|---|---|---:|---:|---:|');
  variants.forEach((v, k) => {
    const wall = samples[k].map((s) => s.wall);
    const cpu = samples[k].map((s) => s.cpu);
    console.log(`| ${v.command} | ${v.name} | ${median(wall).toFixed(0)} | ${Math.min(...wall).toFixed(0)} | ${median(cpu).toFixed(0)} |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
