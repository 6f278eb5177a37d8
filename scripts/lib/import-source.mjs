// Imports a module of src/ from its TypeScript source, for the build scripts that run before
// tsc (scripts/generate-validators.mjs) or must not depend on its output
// (scripts/bundle-cli.mjs): a list such as the plan files (src/load/plan-files.ts) then has
// one home, in src/, for the code and the build alike. Meant for small modules of data; the
// module is bundled with what it imports, so keep those imports few.
import { build } from 'esbuild';

/** The exports of `file`, a TypeScript module. */
export async function importSource(file) {
  const { outputFiles } = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
