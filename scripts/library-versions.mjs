// The versions of pdfmake, PDFKit and fontkit that src/render/pdf hooks into (pdfmake's
// LayoutBuilder and Renderer, PDFKit's document: see src/render/pdf/tagging.ts and
// pdfmake-engine.ts). These are not the libraries' documented interfaces: another version may
// rename what the hooks override, and the PDF would silently lose its tags. So the build
// stops when the installed versions differ; after an upgrade, read the hooks against the new
// code, run the tests (test/unit/pdf-engine.test.ts fails when a hook is not called), and
// change the versions here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const hookedVersions = { pdfmake: '0.3.11', pdfkit: '0.19.1', fontkit: '2.0.4' };

/** The differences between the installed versions (under `root`/node_modules) and hookedVersions. */
export function versionMismatches(root, expected = hookedVersions) {
  const mismatches = [];
  for (const [name, version] of Object.entries(expected)) {
    let installed;
    try {
      installed = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      installed = 'not installed';
    }
    if (installed !== version) mismatches.push({ name, expected: version, installed });
  }
  return mismatches;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const mismatches = versionMismatches(root);
  if (mismatches.length > 0) {
    for (const { name, expected, installed } of mismatches) {
      console.error(`${name} ${installed} is installed, but the PDF renderer's hooks were written for ${name} ${expected}.`);
    }
    console.error('Install those versions (npm ci), or read the hooks in src/render/pdf against the new code and update scripts/library-versions.mjs.');
    process.exit(1);
  }
}
