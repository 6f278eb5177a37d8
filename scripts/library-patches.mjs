// Patches to the source of library files, applied by esbuild as it bundles them
// (scripts/bundle-cli.mjs): only what bundling itself needs.
//
// Each edit must match exactly `count` times: an upgrade of a library that moves the code
// fails the build instead of bundling the file unpatched.
import { readFileSync } from 'node:fs';

export const patches = [
  {
    // pdfkit reads the metrics of the standard PDF fonts from its own folder at run time,
    // which in the bundle is not where __dirname points.
    file: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/,
    edits: [{ from: "__dirname + '/data/", to: "require('node:path').dirname(require.resolve('pdfkit')) + '/data/", count: 14 }],
  },
];

export function applyEdits(path, text, edits) {
  for (const { from, to, count } of edits) {
    const found = typeof from === 'string' ? text.split(from).length - 1 : (text.match(from) ?? []).length;
    if (found !== count) throw new Error(`${path}: expected ${count} × ${from}, found ${found}; check the patch in scripts/library-patches.mjs`);
    text = typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
  }
  return text;
}

export const patchLibraries = {
  name: 'patch-libraries',
  setup(b) {
    for (const { file, edits } of patches) {
      b.onLoad({ filter: file }, (args) => ({ contents: applyEdits(args.path, readFileSync(args.path, 'utf8'), edits), loader: 'js' }));
    }
  },
};
