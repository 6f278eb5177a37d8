// Child of scripts/bench/pdf.mjs: the same plan's document definition rendered by stock
// pdfmake (node_modules, through its documented createPdf), to show what driving pdfmake's
// modules ourselves (src/render/pdf/pdfmake-engine.ts) gains. Prints JSON: the time to load
// pdfmake and the time from createPdf to the finished buffer, in one fresh process.
// Checking the plan and building the definition are not counted; the logo is left out.
// Tagged like ours, as far as pdfmake goes: PDF 1.7 with PDFKit's PDF/UA options (marked,
// language, DisplayDocTitle, XMP), though pdfmake makes no structure tree.
import { createRequire } from 'node:module';
import { benchDefinition } from './bench-definition.mjs';
import { fontDictionary, fontStore } from '../../../dist/render/pdf/fonts.js';

const require = createRequire(import.meta.url);
const dir = process.argv[2];
const definition = await benchDefinition(dir);

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
