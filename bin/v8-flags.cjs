// V8 flags by command, set by bin/plan before anything else is compiled.
//
// `plan validate` lives for a fraction of a second: V8's optimising compiler costs more
// (compiling on a second thread of a small machine) than the code it optimises can win
// back in that time. Rendering runs long enough to profit from it, so only validate opts out,
// and only for a plan of ordinary size: past 256 KB of YAML the parse runs long enough to
// profit too (best of 5, unbundled: 200 KB 212 ms either way; 700 KB 333 ms without the
// optimising compiler, 265 ms with it; a 1 MB line 5.1 s against 2.1 s).
// Other commands (a render takes a third of a second to a few seconds) tune the optimising
// compiler for a short life:
//   --interrupt-budget=270336         a function runs four times as long as by default before
//                                     V8 considers optimising it, so fewer functions are
//                                     compiled twice;
//   --max-inlined-bytecode-size=230   half the default: smaller optimised functions, which are
//                                     ready sooner.
// Measured with alternated cold runs of `plan render --format pdf` (medians of 13): Brugge
// 399 ms with the earlier --interrupt-budget=135168 alone, 365 ms with these two; the plan
// twenty times its size 1820 ms → 1771 ms. Flags tried and left out for no gain or a loss:
// --maglev, --always-sparkplug, --no-lazy-feedback-allocation, larger or fixed semi-spaces,
// --single-threaded-gc; --concurrent-sparkplug crashes Node 20.
//
// scripts/code-cache.mjs makes each command's code cache under these same flags: V8
// refuses a cache made under other flags.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');

// V8 12 (Node.js 22) replaced --interrupt-budget with invocation counts
// (--invocation-count-for-turbofan …), which mean something else; setting the old flag there
// prints an error. The measured tuning is for V8 11 (Node.js 20), so on newer V8 only the
// inlining limit stays.
const v8Major = Number(process.versions.v8.split('.')[0]);
const otherFlags = v8Major >= 12 ? '--max-inlined-bytecode-size=230' : '--interrupt-budget=270336 --max-inlined-bytecode-size=230';
const commandFlags = { validate: '--max-opt=1', other: otherFlags };

/** The files of a plan folder (src/load/plan-files.ts), and the size past which validate optimises. */
const planFileNames = ['plan.yaml', 'analysis.yaml', 'stakeholders.yaml', 'mission.yaml', 'goals.yaml'];
const LARGE_PLAN_BYTES = 256 * 1024;

/** Options of `plan validate` that take a value (src/cli/index.ts). */
const optionsWithValue = new Set(['--format', '--lang']);

/**
 * The plan folders of a `plan validate` command line, as commander will read them: every
 * argument that is neither an option nor an option's value; `['.']` when there is none.
 */
function validateDirs(args) {
  const dirs = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      dirs.push(...args.slice(i + 1));
      break;
    }
    if (optionsWithValue.has(arg)) i++;
    else if (!arg.startsWith('-')) dirs.push(arg);
  }
  return dirs.length > 0 ? dirs : ['.'];
}

/** The first plan folder of a `plan validate` command line. */
function validateDir(args) {
  return validateDirs(args)[0];
}

/**
 * Which set of flags (and code cache) a command line runs with: `validate` for a validate of
 * one ordinary plan, `other` for everything else — also a validate of several folders or a
 * pattern (`plannen/*`), which runs long enough for the optimising compiler to pay. A wrong
 * guess only costs time.
 */
function flagsVariant(argv) {
  if (argv[2] !== 'validate') return 'other';
  const dirs = validateDirs(argv.slice(3));
  if (dirs.length > 1 || /[*?]/.test(dirs[0])) return 'other';
  let bytes = 0;
  for (const name of planFileNames) {
    try {
      bytes += statSync(join(dirs[0], name)).size;
    } catch {
      // A missing file is reported by validate itself.
    }
  }
  return bytes > LARGE_PLAN_BYTES ? 'other' : 'validate';
}

module.exports = { commandFlags, flagsVariant, planFileNames, validateDir, validateDirs };
