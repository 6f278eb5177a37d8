// Writes V8's code cache for the bundles of dist/bundle/ (scripts/bundle-cli.mjs),
// `<bundle>.<command>.cache`, one for each set of V8 flags bin/plan uses (bin/v8-flags.cjs);
// bin/load-bundle.cjs reads them. Each is written after a real run of the CLI on the Brugge example, in a fresh
// process under the flags bin/plan sets for that command, so that the functions a run needs
// are compiled and in the cache: V8 refuses a cache made under other flags or by another
// Node.js, and then compiles as usual, so a cache only ever speeds up, never changes, what runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { cacheFileOf, loadBundle, loadedScripts } = require('../bin/load-bundle.cjs');
const { commandFlags } = require('../bin/v8-flags.cjs');
const cli = join(root, 'dist', 'bundle', 'plan.cjs');
const example = join(root, 'examples', 'brugge');

function writeAtomically(file, data) {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

if (process.argv[2] === '--warm') {
  // Child: one CLI run under the command's flags, then the caches of what it compiled.
  const [, , , command, ...args] = process.argv;
  if (commandFlags[command]) v8.setFlagsFromString(commandFlags[command]);
  process.argv = [process.argv[0], join(root, 'bin', 'plan'), ...args];
  // Compiled without a cache (an old one would not have the new code); the CLI loads the
  // libraries bundle through this same loader, so both are in loadedScripts() at the end.
  loadBundle(cli);
  process.once('beforeExit', () => {
    for (const { file, script } of loadedScripts()) writeAtomically(cacheFileOf(file, command), script.createCachedData());
  });
} else {
  const out = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
  try {
    const warm = (command, args) => execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--warm', command, ...args], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    warm('validate', ['validate', example]);
    warm('other', ['render', example, '--pdf', '--out', out]);
    // Which V8 made the caches: another one refuses them (test/e2e/start-modules.test.ts).
    writeAtomically(join(root, 'dist', 'bundle', 'code-cache.json'), `${JSON.stringify({ node: process.version, v8: process.versions.v8 })}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
