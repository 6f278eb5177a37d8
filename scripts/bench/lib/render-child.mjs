// One measurement, in its own process so that timings start cold and peak memory is this
// render's alone: `node render-child.mjs pdf|html <plan folder> <output file>`.
// Prints one JSON line: { ms, cpuMs, maxRssKb, bytes }.
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const start = performance.now();
const [format, dir, out] = process.argv.slice(2);
const { renderPlan } = await import('../../../dist/render/render-plan.js');
const result = await renderPlan(dir, { formats: [format], outDir: dirname(out), cwd: process.cwd(), sourceDateEpoch: '1735732800' });
const file = result.files[0];
if (!file) {
  console.error(`cannot render ${dir}: ${result.diagnostics.map((d) => d.code).join(', ')}`);
  process.exit(1);
}
await writeFile(out, file.data);
const ms = performance.now() - start;
const usage = process.resourceUsage();
console.log(JSON.stringify({ ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS, bytes: file.data.length }));
