// Child of scripts/bench/pdf.mjs: the same plan's document definition rendered by stock
// pdfmake (node_modules, through its documented createPdf), to show what driving pdfmake's
// modules ourselves (src/render/pdf/pdfmake-engine.ts) gains. Prints JSON: the time to load
// pdfmake and the time from createPdf to the finished buffer, in one fresh process.
// Checking the plan and building the definition are not counted; the logo is left out.
// Tagged like ours, as far as pdfmake goes: PDF 1.7 with PDFKit's PDF/UA options (marked,
// language, DisplayDocTitle, XMP), though pdfmake makes no structure tree.
import { createRequire } from 'node:module';
import { checkPlan } from '../../../dist/check-plan.js';
import { documentView } from '../../../dist/render/render-plan.js';
import { documentDefinition } from '../../../dist/render/pdf/document-definition.js';
import { fontDictionary, fontFamily, fontStore, svgFontFamily } from '../../../dist/render/pdf/fonts.js';

const require = createRequire(import.meta.url);
const dir = process.argv[2];
const check = await checkPlan(dir);
if (!check.model) throw new Error(`${dir}: not a valid plan`);
const font = check.model.plan.style?.font ?? 'sans';
const definition = documentDefinition(documentView(check.model, null), {
  logo: null,
  creationDate: new Date(Date.UTC(2025, 0, 1, 12)),
  fontFamily: fontFamily(font),
  svgFontFamily: svgFontFamily(font),
});

Object.assign(definition, { version: '1.7', subset: 'PDF/UA', tagged: true, displayTitle: true });

const t0 = performance.now();
const pdfmake = require('pdfmake');
const t1 = performance.now();
const dictionary = fontDictionary();
for (const family of Object.values(dictionary)) {
  for (const name of Object.values(family)) if (fontStore.existsSync(name)) pdfmake.virtualfs.writeFileSync(name, fontStore.readFileSync(name));
}
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);
pdfmake.setFonts(dictionary);
await pdfmake.createPdf(definition).getBuffer();
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, renderMs: t2 - t1 }));
