// Child of scripts/bench/pdf.mjs: renders one plan to PDF through the built engine
// (dist/render/pdf) with engine options from argv[3] (JSON, e.g. {"joinRuns":false}), to
// time a speed piece off against all on in a fresh process. Writes nothing.
import { benchDefinition } from './bench-definition.mjs';
import { fontAliases, fontDictionary, fontFolders, fontStore } from '../../../dist/render/pdf/fonts.js';
import { renderDefinition } from '../../../dist/render/pdf/pdfmake-engine.js';

const [dir, optionsJson] = process.argv.slice(2);
const definition = await benchDefinition(dir);
const folders = fontFolders();
await renderDefinition(definition, {
  fonts: fontDictionary(),
  files: fontStore,
  mayRead: (path) => folders.some((folder) => path.startsWith(folder)),
  fontAliases: fontAliases(),
  ...JSON.parse(optionsJson ?? '{}'),
});
