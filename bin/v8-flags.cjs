// The V8 flags bin/plan sets before anything else is compiled, the same for every command
// (scripts/code-cache.mjs makes the code cache under them: V8 refuses a cache made under
// other flags). They tune V8's optimising compiler for a short process:
//   --interrupt-budget=270336         a function runs four times as long as by default before
//                                     V8 considers optimising it, so fewer functions are
//                                     compiled twice;
//   --max-inlined-bytecode-size=230   half the default: smaller optimised functions, which are
//                                     ready sooner.
// `npm run bench -- pieces` shows what they save. Brugge, CPU medians of 11 interleaved runs
// with the code cache, Node 20: validate 164 → 133 ms, render (HTML, Markdown) 669 → 518 ms,
// render --pdf 1941 → 1539 ms, a fifth of each. The validate-only set used before
// (--max-opt=1: 127 ms for validate, but 1724 ms for render --pdf) saved validate 5% more
// than this one: not worth a second set, a second code cache and an argument parser here.
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
