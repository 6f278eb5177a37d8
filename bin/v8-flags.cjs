// V8 flags by command, set by bin/plan before anything else is compiled.
//
// `plan validate` lives for a fraction of a second: V8's optimising compiler costs more
// (compiling on a second thread of a small machine) than the code it optimises can win
// back in that time. Rendering runs long enough to profit from it, so only validate opts out.
//
// scripts/code-cache.mjs makes each command's code cache under these same flags: V8
// refuses a cache made under other flags.
'use strict';

const commandFlags = { validate: '--max-opt=1', other: '' };

module.exports = { commandFlags };
