// Pathological plans: what a careless paste or a hostile plan costs the PDF. A plan with a
// word of 20,000 characters (in a partner's name, a target group and an indicator), a Markdown
// table of 22 columns, lists nested 45 deep and a PNG logo of 4000 × 4000 pixels with
// transparency; then each of these alone, and the long word at 2k, 5k, 12k and 20k characters,
// which must cost time and memory in proportion to its length. Rendered by the real CLI
// (`plan render --format pdf`) in a fresh process each, with wall time, CPU time and peak memory.
// Figures only: nothing passes or fails on time. BENCH_RUNS sets the runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathologicalPlan } from '../lib/pathological-plan.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plan = join(root, 'bin', 'plan');
const base = join(root, 'test', 'fixtures', 'base');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const work = mkdtempSync(join(tmpdir(), 'bench-pathological-'));

if (!existsSync(join(root, 'dist', 'bundle', 'plan.cjs'))) {
  console.log('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const pagesOf = (file) => (readFileSync(file, 'latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** One PDF render in a fresh process; a plan the tool refuses (exit 1) is reported as such, not as a failure. */
function renderOnce(dir) {
  const out = mkdtempSync(join(work, 'out-'));
  const t0 = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, plan, 'render', dir, '--format', 'pdf', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1735732800' },
    timeout: 600_000,
  });
  const wall = performance.now() - t0;
  const [rss, user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  const pdf = join(out, 'plan.pdf');
  const pages = existsSync(pdf) ? pagesOf(pdf) : null;
  rmSync(out, { recursive: true, force: true });
  return { status: result.status, wall, cpuMs: (user + system) * 1000, maxRssKb: rss, pages, stderr: result.stderr };
}

/** Stock pdfmake on the same document definition (lib/stock-pdfmake.mjs; without the logo), in a fresh process. */
function stockOnce(dir) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'lib', 'stock-pdfmake.mjs'), dir], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) return null;
  const { loadMs, renderMs } = JSON.parse(result.stdout);
  return loadMs + renderMs;
}

async function measure(name, options, { stock = false } = {}) {
  const dir = await pathologicalPlan(base, options);
  try {
    const all = Array.from({ length: runs }, () => renderOnce(dir));
    const ok = all.filter((r) => r.status === 0);
    if (ok.length === 0) return { name, refused: all[0].stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${all[0].status}` };
    return {
      name,
      pages: ok[0].pages,
      wall: Math.min(...ok.map((r) => r.wall)),
      cpu: Math.min(...ok.map((r) => r.cpuMs)),
      rss: Math.max(...ok.map((r) => r.maxRssKb)) / 1024,
      stock: stock ? Math.min(...Array.from({ length: runs }, () => stockOnce(dir) ?? Infinity)) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [
  await measure('pathological (all below)', { word: 20_000, years: 20, depth: 45, logo: 4000 }, { stock: true }),
  await measure('longest word: 20,000 characters ×3', { word: 20_000 }, { stock: true }),
  await measure('widest table: 22 columns', { years: 20 }, { stock: true }),
  await measure('deepest list: 45 levels', { depth: 45 }),
  await measure('largest logo: 4000 × 4000 RGBA PNG', { logo: 4000 }),
  await measure('base plan', {}),
];
const growth = [];
for (const word of [2000, 5000, 12_000, 20_000]) growth.push({ word, ...(await measure(`long word ${word}`, { word })) });

const fmt = (n, d = 0) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(d));
const header = ['plan', 'pages', 'pdf wall ms', 'pdf cpu ms', 'pdf peak MB', 'stock pdfmake ms'];
const table = rows.map((r) => (r.refused ? [r.name, 'refused', r.refused.slice(0, 60), '', '', ''] : [r.name, String(r.pages), fmt(r.wall), fmt(r.cpu), fmt(r.rss), fmt(r.stock)]));
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`node ${process.version}, ${runs} run(s) per figure (best time, highest peak memory), each in a fresh process\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of table) console.log(line(r));
console.log('\nstock pdfmake: createPdf on the same document definition (no logo), loading pdfmake included, checking the plan not.');
const first = growth[0];
console.log('\nlong word in a partner name, a target group and an indicator name (cpu time and peak memory against 2,000 characters):');
for (const g of growth) {
  if (g.refused) console.log(`  ${g.word} characters: refused (${g.refused})`);
  else console.log(`  ${String(g.word).padStart(6)} characters: ${fmt(g.cpu)} ms cpu (${(g.cpu / first.cpu).toFixed(1)}×), ${fmt(g.rss)} MB peak (${(g.rss / first.rss).toFixed(1)}×)`);
}
rmSync(work, { recursive: true, force: true });
