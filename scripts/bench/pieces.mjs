#!/usr/bin/env node
// What each start-up piece of bin/plan saves: the CLI bundle run with and without V8's code
// cache, and with and without the V8 flags of bin/v8-flags.cjs, for `plan validate` and
// `plan render` (HTML and Markdown, and the PDF) on the Brugge example. Each variant gets a
// code cache made under its own flags (V8 refuses a cache made under other flags), written
// beside the bundles as `<bundle>.bench-<n>.cache` and removed at the end. Runs interleaved so that a busy machine slows all alike.
// Usage: node scripts/bench/pieces.mjs [runs] (default 9). Figures only, no pass or fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 9);
const brugge = join(root, 'examples', 'brugge');
const work = mkdtempSync(join(tmpdir(), 'plan-bench-pieces-'));
const out = join(work, 'out');
const flagsFile = join(root, 'bin', 'v8-flags.cjs');
const flagSets = existsSync(flagsFile) ? (await import(flagsFile)).default.commandFlags : {};

const bundleDir = join(root, 'dist', 'bundle');
const cli = join(bundleDir, 'plan.cjs');

// A child that runs the CLI bundle as bin/plan does, under the given flags and cache.
const runner = `
  const v8 = require('node:v8');
  const [flags, cache, bundle, ...args] = process.argv.slice(1);
  if (flags) v8.setFlagsFromString(flags);
  const loader = require(${JSON.stringify(join(root, 'bin', 'load-bundle.cjs'))});
  if (cache) loader.useCacheVariant(cache);
  process.argv = [process.argv[0], 'plan', ...args];
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
const variants = [];
for (const [command, args] of Object.entries(commands)) {
  const own = command === 'validate' ? flagSets.validate : flagSets.other;
  const sets = { 'no flags': '', ...(own ? { [`flags ${own}`]: own } : {}) };
  for (const [flagName, flags] of Object.entries(sets)) {
    const cache = `bench-${variants.length}`;
    warm(flags, cache, args);
    variants.push({ command, name: `${flagName}, no code cache`, flags, cache: '', args });
    variants.push({ command, name: `${flagName}, code cache`, flags, cache, args });
  }
}

function time({ flags, cache, args }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', runner, '--', flags, cache, cli, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

try {
  const samples = variants.map(() => []);
  variants.forEach((v) => time(v));
  for (let i = 0; i < runs; i++) variants.forEach((v, k) => samples[k].push(time(v)));
  console.log(`${runs} runs each, interleaved; Brugge example\n`);
  console.log('| command | variant | median ms | min ms |');
  console.log('|---|---|---:|---:|');
  variants.forEach((v, k) => {
    const sorted = samples[k].sort((a, b) => a - b);
    console.log(`| ${v.command} | ${v.name} | ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} | ${sorted[0].toFixed(0)} |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
  for (const name of readdirSync(bundleDir)) if (/\.bench-\d+\.cache$/.test(name)) rmSync(join(bundleDir, name));
}
