import { fileURLToPath } from 'node:url';

/**
 * The root folder of the installed package (where package.json, schemas/, templates/, bin/
 * and dist/ are), found from this module's own URL. It is two levels below the root in every
 * form the code runs in: src/package/ (tests, through vitest), dist/package/ (tsc's output)
 * and dist/bundle/ (scripts/bundle-cli.mjs bundles it into plan.cjs and render-worker.cjs,
 * with import.meta.url set to the bundle's own file). Every other module asks here, so the
 * depth is written down once.
 */
export const packageRoot: URL = new URL('../../', import.meta.url);

/** A path inside the package, such as packagePath('schemas/') or packagePath('bin', 'load-bundle.cjs'). */
export function packagePath(...parts: string[]): string {
  return fileURLToPath(new URL(parts.join('/'), packageRoot));
}
