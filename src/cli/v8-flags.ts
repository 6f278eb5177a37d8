/**
 * V8 flags for `plan validate`, set by bin/plan before anything else loads. It lives for a
 * fraction of a second: the optimising compiler costs more (compiling on a second thread
 * of a small machine) than the code it optimises can win back in that time.
 *
 * scripts/code-cache.mjs makes the code cache of the generated bundles under these same
 * flags: V8 refuses a cache made under other flags.
 */
export const validateV8Flags = '--max-opt=1';
