// Writes V8's code cache for the bundles of dist/bundle/ (scripts/bundle-cli.mjs),
// `<bundle>.cache`, which bin/load-bundle.cjs reads. One cache per bundle, made under the
// V8 flags bin/plan sets for every command (bin/v8-flags.cjs): V8 refuses a cache made under
// other flags or by another Node.js, and then compiles as usual, so a cache only ever speeds
// up, never changes, what runs. It is written after real runs of the CLI on the Brugge
// example, in fresh processes, so that the functions a run needs are compiled and in it:
// first `plan validate`, then `plan render --pdf`, which starts from the first run's cache
// and adds what rendering compiles. What it saves (`npm run bench -- pieces`; Brugge, CPU
// medians of 11 interleaved runs, Node 20, without V8 flags): validate 206 → 164 ms,
// render (HTML, Markdown) 750 → 669 ms, render --pdf 2111 → 1941 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { cacheFileOf, loadBundle, loadedScripts } = require('../bin/load-bundle.cjs');
const { v8Flags } = require('../bin/v8-flags.cjs');
const bundleDir = join(root, 'dist', 'bundle');
const bundles = ['plan.cjs', 'libraries.cjs'].map((name) => join(bundleDir, name));
const example = join(root, 'examples', 'brugge');

function writeAtomically(file, data) {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

if (process.argv[2] === '--warm') {
  // Child: one CLI run under bin/plan's flags, then the caches of what it compiled.
  v8.setFlagsFromString(v8Flags);
  process.argv = [process.argv[0], join(root, 'bin', 'plan'), ...process.argv.slice(3)];
  // The CLI loads the libraries bundle through this same loader, so both are in loadedScripts() at the end.
  loadBundle(bundles[0]);
  process.once('beforeExit', () => {
    for (const { file, script } of loadedScripts()) writeAtomically(cacheFileOf(file), script.createCachedData());
  });
} else {
  // A cache of an earlier build would not hold the new code (and one of another name is no
  // longer read): start without any.
  for (const name of readdirSync(bundleDir)) if (name.endsWith('.cache')) rmSync(join(bundleDir, name));
  const out = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
  try {
    const warm = (args) => execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--warm', ...args], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    warm(['validate', example]);
    warm(['render', example, '--pdf', '--out', out]);
    // Which V8 made the caches: another one refuses them (test/e2e/start-modules.test.ts).
    writeAtomically(join(bundleDir, 'code-cache.json'), `${JSON.stringify({ node: process.version, v8: process.versions.v8 })}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
