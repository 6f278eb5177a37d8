import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The end-to-end tests run the built CLI: build once before any test runs. `.ci/run` has
 * built already (`npm ci` runs the build) and runs vitest three times over the same build,
 * so it sets PLAN_TEST_BUILT=1 to skip building again each time.
 */
export default function setup(): void {
  if (process.env.PLAN_TEST_BUILT === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
