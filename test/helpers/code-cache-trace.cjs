// Preloaded (NODE_OPTIONS=--require) by test/e2e/start-modules.test.ts: records the V8 flags
// bin/plan sets, and for each script compiled with vm.Script (the bundles, by
// bin/load-bundle.cjs) whether it came with a code cache and whether V8 took it; written as
// JSON to $PLAN_CACHE_TRACE when the process ends.
'use strict';
const { writeFileSync } = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');

const scripts = [];
const flags = [];
const { Script } = vm;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    scripts.push({ file: options?.filename, cached: options?.cachedData !== undefined, rejected: this.cachedDataRejected === true });
  }
};
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (value) => {
  flags.push(value);
  setFlags(value);
};
process.on('exit', () => writeFileSync(process.env.PLAN_CACHE_TRACE, JSON.stringify({ flags, scripts })));
