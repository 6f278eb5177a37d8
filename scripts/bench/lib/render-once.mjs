// Child of scripts/bench/pdf.mjs: renders one plan to PDF through the built engine
// (dist/render/pdf) with engine options from argv[3] (JSON, e.g. {"joinRuns":false}), to
// time a speed piece off against all on in a fresh process. Writes nothing.
import { checkPlan } from '../../../dist/check-plan.js';
import { documentView } from '../../../dist/render/render-plan.js';
import { documentDefinition } from '../../../dist/render/pdf/document-definition.js';
import { fontAliases, fontDictionary, fontFamily, fontFolders, fontStore, svgFontFamily } from '../../../dist/render/pdf/fonts.js';
import { renderDefinition } from '../../../dist/render/pdf/pdfmake-engine.js';

const [dir, optionsJson] = process.argv.slice(2);
const check = await checkPlan(dir);
if (!check.model) throw new Error(`${dir}: not a valid plan`);
const font = check.model.plan.style?.font ?? 'sans';
const definition = documentDefinition(documentView(check.model, null), {
  logo: null,
  creationDate: new Date(Date.UTC(2025, 0, 1, 12)),
  fontFamily: fontFamily(font),
  svgFontFamily: svgFontFamily(font),
});
const folders = fontFolders();
await renderDefinition(definition, {
  fonts: fontDictionary(),
  files: fontStore,
  mayRead: (path) => folders.some((folder) => path.startsWith(folder)),
  fontAliases: fontAliases(),
  ...JSON.parse(optionsJson ?? '{}'),
});
