#!/usr/bin/env node
// What each start-up piece of bin/plan saves: the CLI run as bin/plan runs it, with and
// without V8's code cache (bin/load-bundle.cjs, scripts/code-cache.mjs) and with and without
// the V8 flags of bin/v8-flags.cjs, for `plan validate`, `plan render` (HTML and Markdown)
// and `plan render --pdf` on the Brugge example. Each variant runs in a copy of the package
// of its own, with a code cache made under its own flags (V8 refuses a cache made under
// other flags), so a build during the run changes nothing here. Runs interleaved so that a
// busy machine slows all alike; besides the wall time it shows the CPU time (user + system,
// all threads), which a busy machine disturbs less.
// Usage: node scripts/bench/pieces.mjs [runs] (default 9). Figures only, no pass or fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 9);
const { v8Flags } = createRequire(import.meta.url)('../../bin/v8-flags.cjs');
const work = mkdtempSync(join(tmpdir(), 'plan-bench-pieces-'));
const brugge = join(work, 'brugge');
cpSync(join(source, 'examples', 'brugge'), brugge, { recursive: true, filter: (f) => !/\/out(\/|$)/.test(f) });
const out = join(work, 'out');
const env = { ...process.env, NO_COLOR: '1' };

/** A copy of the package as bin/plan sees it, without the build's code caches. */
function packageCopy(name) {
  const root = join(work, name);
  for (const part of ['bin', 'dist/bundle', 'schemas', 'templates', 'package.json']) cpSync(join(source, part), join(root, part), { recursive: true, filter: (f) => !f.endsWith('.cache') });
  symlinkSync(join(source, 'node_modules'), join(root, 'node_modules'));
  return root;
}

// A child that runs the CLI bundle of a package copy as bin/plan does, under the given flags,
// and reports its CPU time on its last line of standard error.
const runner = `
  const [flags, root, ...args] = process.argv.slice(1);
  if (flags) require('node:v8').setFlagsFromString(flags);
  const loader = require(root + '/bin/load-bundle.cjs');
  process.argv = [process.argv[0], root + '/bin/plan', ...args];
  process.on('exit', () => { const { user, system } = process.cpuUsage(); process.stderr.write('cpu ' + (user + system) / 1000 + '\\n'); });
  if (process.env.BENCH_WRITE_CACHE) process.once('beforeExit', () => {
    for (const { file, script } of loader.loadedScripts()) require('node:fs').writeFileSync(loader.cacheFileOf(file), script.createCachedData());
  });
  loader.loadBundle(root + '/dist/bundle/plan.cjs');`;

function run(flags, root, args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', runner, '--', flags, root, ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: Number(/cpu ([\d.]+)\n$/.exec(result.stderr)[1]) };
}

const commands = {
  validate: ['validate', brugge],
  'render (html, md)': ['render', brugge, '--out', out],
  'render --pdf': ['render', brugge, '--pdf', '--out', out],
};
const variants = [];
for (const [command, args] of Object.entries(commands)) {
  for (const [name, flags, cached] of [['no flags, no code cache', '', false], ['no flags, code cache', '', true], ['flags, code cache (as bin/plan)', v8Flags, true]]) {
    const root = packageCopy(`v${variants.length}`);
    // The cache as scripts/code-cache.mjs makes it: after a run of this command under these flags.
    if (cached) run(flags, root, args, { BENCH_WRITE_CACHE: '1' });
    variants.push({ command, name, flags, root, args });
  }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
try {
  const samples = variants.map(() => []);
  variants.forEach((v) => run(v.flags, v.root, v.args));
  for (let i = 0; i < runs; i++) variants.forEach((v, k) => samples[k].push(run(v.flags, v.root, v.args)));
  console.log(`${runs} runs each, interleaved; Brugge example; flags: ${v8Flags}\n`);
  console.log('| command | variant | wall median ms | wall min ms | cpu median ms |');
  console.log('|---|---|---:|---:|---:|');
  variants.forEach((v, k) => {
    const wall = samples[k].map((s) => s.wall);
    console.log(`| ${v.command} | ${v.name} | ${median(wall).toFixed(0)} | ${Math.min(...wall).toFixed(0)} | ${median(samples[k].map((s) => s.cpu)).toFixed(0)} |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
