// V8 flags by command, set by bin/plan before anything else is compiled.
//
// `plan validate` lives for a fraction of a second: V8's optimising compiler costs more
// (compiling on a second thread of a small machine) than the code it optimises can win
// back in that time. Rendering runs long enough to profit from it, so only validate opts out.
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

const commandFlags = { validate: '--max-opt=1', other: '--interrupt-budget=270336 --max-inlined-bytecode-size=230' };

module.exports = { commandFlags };
