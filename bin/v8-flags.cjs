// V8 flags by command, set by bin/plan before anything else is compiled.
//
// `plan validate` lives for a fraction of a second: V8's optimising compiler costs more
// (compiling on a second thread of a small machine) than the code it optimises can win
// back in that time. Rendering runs long enough to profit from it, so only validate opts out.
// Other commands (a render takes half a second to a few seconds) let a function run twice
// as long before V8 considers optimising it: fewer functions are compiled twice, and a
// Brugge PDF takes about 10% less time (npm run bench); longer renders are not slower.
//
// scripts/code-cache.mjs makes each command's code cache under these same flags: V8
// refuses a cache made under other flags.
'use strict';

const commandFlags = { validate: '--max-opt=1', other: '--interrupt-budget=135168' };

module.exports = { commandFlags };
