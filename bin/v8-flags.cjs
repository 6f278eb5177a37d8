// The V8 flags bin/plan sets before anything else is compiled, the same for every command
// (scripts/code-cache.mjs makes the code cache under them: V8 refuses a cache made under
// other flags). They tune V8's optimising compiler for a short process:
//   --interrupt-budget=270336         a function runs four times as long as by default before
//                                     V8 considers optimising it, so fewer functions are
//                                     compiled twice;
//   --max-inlined-bytecode-size=230   half the default: smaller optimised functions, which are
//                                     ready sooner.
// `npm run bench -- pieces` shows what they save per command (about a fifth of the CPU time
// of validate and render on Brugge, measured 2026-12-07, docs in README.md "Start-up").
// Flags tried and left out for no gain or a loss: --maglev, --always-sparkplug,
// --no-lazy-feedback-allocation, larger or fixed semi-spaces, --single-threaded-gc;
// --concurrent-sparkplug crashes Node 20.
'use strict';

// V8 12 (Node.js 22) replaced --interrupt-budget with invocation counts
// (--invocation-count-for-turbofan …), which mean something else; setting the old flag there
// prints an error. The measured tuning is for V8 11 (Node.js 20), so on newer V8 only the
// inlining limit stays.
const v8Major = Number(process.versions.v8.split('.')[0]);
const v8Flags = v8Major >= 12 ? '--max-inlined-bytecode-size=230' : '--interrupt-budget=270336 --max-inlined-bytecode-size=230';

module.exports = { v8Flags };
