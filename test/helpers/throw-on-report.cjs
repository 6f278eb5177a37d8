// Preloaded (NODE_OPTIONS=--require) by test/e2e/bug-report.test.ts: the first write to
// standard output throws, as a bug in plan would, so that the test sees the "this is a bug"
// report of the real CLI. Standard error, where the report goes, is left alone.
'use strict';
process.stdout.write = () => {
  throw new TypeError('a bug planted by test/helpers/throw-on-report.cjs');
};
