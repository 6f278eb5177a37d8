// PDF benchmark: every example and a plan grown to 1×, 5×, 10× and 20× the size of Brugge,
// rendered to PDF with pdfmake by the real CLI (`plan render --format pdf`), each run in a fresh process
// for wall time and peak memory; beside it, stock pdfmake on the same document definition and
// headless Chromium printing the same plan's HTML. All three tagged: ours PDF/UA-1, stock
// pdfmake with PDFKit's PDF/UA options, Chromium with its default tagging and an outline.
// Then the speed pieces of src/render/pdf one by one: the render with a piece off against
// all on, each in a fresh process.
// Figures only; the machine is shared, so nothing passes or fails. BENCH_RUNS sets the runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { scalePlan } from '../lib/scale-plan.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plan = join(root, 'bin', 'plan');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));

if (!existsSync(join(root, 'dist', 'bundle', 'plan.cjs'))) {
  console.log('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Best of the runs: on a shared machine the other runs mostly measure the neighbours.
const best = (xs) => Math.min(...xs);
const pagesOf = (file) => (readFileSync(file, 'latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
/** Operational goals (or themes) and actions of a plan folder. */
function workOf(dir) {
  const goals = parse(readFileSync(join(dir, 'goals.yaml'), 'utf8')) ?? {};
  const ogs = (goals.strategicGoals ?? []).flatMap((g) => g.operationalGoals ?? []);
  const actions = [...ogs, ...(goals.themes ?? [])].flatMap((x) => x.actions ?? []);
  return { goals: ogs.length + (goals.themes ?? []).length, actions: actions.length };
}

function renderOnce(format, dir, out) {
  const outDir = mkdtempSync(join(work, 'out-'));
  const t0 = performance.now();
  // /usr/bin/time: peak memory and CPU time of the CLI process.
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, plan, 'render', dir, '--format', format, '--out', outDir], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1735732800' },
  });
  const wall = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${format} render of ${dir} failed: ${result.stderr}`);
  const [rss, user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  renameSync(join(outDir, `plan.${format}`), out);
  rmSync(outDir, { recursive: true, force: true });
  return { wall, cpuMs: (user + system) * 1000, maxRssKb: rss };
}

function chromiumOnce(html, pdf) {
  const profile = mkdtempSync(join(work, 'chromium-profile-'));
  const args = [
    '-f', '%M',
    chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--no-pdf-header-footer', '--generate-pdf-document-outline',
    `--print-to-pdf=${pdf}`, `file://${html}`,
  ];
  const t0 = performance.now();
  const result = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const wall = performance.now() - t0;
  rmSync(profile, { recursive: true, force: true });
  if (!existsSync(pdf)) throw new Error(`chromium printed nothing: ${result.stderr.slice(-500)}`);
  // /usr/bin/time: peak memory of the largest single process (Chromium runs several).
  const [rss] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, maxRssKb: rss };
}

/** Stock pdfmake on the same document definition (lib/stock-pdfmake.mjs), in a fresh process. */
function stockOnce(dir) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'lib', 'stock-pdfmake.mjs'), dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`stock pdfmake on ${dir} failed: ${result.stderr}`);
  const { loadMs, renderMs } = JSON.parse(result.stdout);
  return loadMs + renderMs;
}

function measure(name, dir) {
  const pdf = join(work, `${name}.pdf`);
  const pdfRuns = Array.from({ length: runs }, () => renderOnce('pdf', dir, pdf));
  const row = {
    name,
    ...workOf(dir),
    pages: pagesOf(pdf),
    tagged: readFileSync(pdf, 'latin1').includes('/StructTreeRoot'),
    pdfWall: best(pdfRuns.map((r) => r.wall)),
    pdfCpu: best(pdfRuns.map((r) => r.cpuMs)),
    pdfRss: Math.max(...pdfRuns.map((r) => r.maxRssKb)) / 1024,
    stock: best(Array.from({ length: runs }, () => stockOnce(dir))),
    chromeWall: null,
    chromeRss: null,
  };
  if (chromium) {
    const html = join(work, `${name}.html`);
    row.htmlWall = best(Array.from({ length: runs }, () => renderOnce('html', dir, html).wall));
    const printed = join(work, `${name}-chromium.pdf`);
    const chromeRuns = Array.from({ length: runs }, () => chromiumOnce(html, printed));
    row.chromeWall = best(chromeRuns.map((r) => r.wall));
    row.chromeRss = Math.max(...chromeRuns.map((r) => r.maxRssKb)) / 1024;
    row.chromePages = pagesOf(printed);
    row.chromeTagged = readFileSync(printed, 'latin1').includes('/StructTreeRoot');
  }
  return row;
}

const examplesDir = join(root, 'examples');
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'plan.yaml')))
      .map((d) => ({ name: d.name, dir: join(examplesDir, d.name) }))
  : [];
const brugge = examples.find((e) => e.name === 'brugge');
const base = brugge ?? { name: 'pdf-rich', dir: join(root, 'test', 'fixtures', 'pdf-rich') };

console.log(`node ${process.version}, ${runs} run(s) per figure (best time, highest peak memory), each in a fresh process`);
console.log(chromium ? `chromium: ${execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}` : 'chromium: not installed (apt-get install -y chromium); its columns stay empty');
if (!brugge) console.log('examples/brugge is missing: the scaled plans grow the test fixture pdf-rich instead');

const rows = [];
for (const e of examples) rows.push(measure(e.name, e.dir));
if (!brugge) rows.push(measure(base.name, base.dir));
const scaled = [];
for (const factor of [1, 5, 10, 20]) {
  const dir = factor === 1 ? base.dir : await scalePlan(base.dir, factor);
  const row = measure(`${base.name} ×${factor}`, dir);
  scaled.push({ factor, row });
  rows.push(row);
  if (factor !== 1) rmSync(dir, { recursive: true, force: true });
}

const fmt = (n, d = 0) => (n === null || n === undefined ? '–' : n.toFixed(d));
const header = ['plan', 'goals', 'actions', 'pages', 'pdf wall ms', 'pdf cpu ms', 'pdf peak MB', 'stock pdfmake ms†', 'chromium wall ms', 'chromium peak MB*', 'chromium ÷ pdf', 'html + chromium ÷ pdf'];
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '–');
const table = rows.map((r) => [
  r.name,
  String(r.goals),
  String(r.actions),
  String(r.pages),
  fmt(r.pdfWall),
  fmt(r.pdfCpu),
  fmt(r.pdfRss),
  fmt(r.stock),
  fmt(r.chromeWall),
  fmt(r.chromeRss),
  ratio(r.chromeWall, r.pdfWall),
  ratio(r.chromeWall + r.htmlWall, r.pdfWall),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log();
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of table) console.log(line(r));
console.log('\nwall: spawn to exit of a fresh process (Node start, check, render, write); cpu: user + system time.');
console.log('* Chromium: the largest of its processes (as /usr/bin/time reports), not their sum. "chromium wall ms" is the');
console.log('  print alone; "html + chromium" adds making the HTML with `plan render` (a fresh process), the whole other route.');
console.log('  Chromium\'s CPU time is not shown: the time of its helper processes is not all counted.');
console.log('† stock pdfmake: loading pdfmake and its createPdf(...).getBuffer() on the same document definition, in a fresh');
console.log('  process that has already checked the plan; only those two steps are timed, not Node\'s start or the check.');

if (chromium) {
  const untagged = rows.filter((r) => !r.tagged || !r.chromeTagged).map((r) => r.name);
  console.log(untagged.length ? `\nnot tagged: ${untagged.join(', ')}` : '\nevery PDF above is tagged (a StructTreeRoot), ours and Chromium\'s alike.');
  const b = rows.find((r) => r.name === 'brugge');
  if (b) console.log(`budget: the tagged Brugge PDF ${ratio(b.chromeWall, b.pdfWall)} faster than Chromium printing its HTML, in this run (aim: at least 2.5×).`);
}

// Linear growth: CPU time per extra page beyond the fixed cost of starting Node and loading
// pdfmake. CPU time, not wall time, since wall time on a shared machine mostly shows the load.
const one = scaled[0].row;
console.log('\ngrowth against ×1 (cpu time):');
for (const { factor, row } of scaled.slice(1)) {
  console.log(
    `  ×${factor}: ${(row.pages / one.pages).toFixed(1)}× the pages, ${(row.pdfCpu / one.pdfCpu).toFixed(1)}× the cpu time ` +
      `(${((row.pdfCpu - one.pdfCpu) / Math.max(1, row.pages - one.pages)).toFixed(1)} ms per extra page), ${(row.pdfRss / one.pdfRss).toFixed(1)}× the peak memory ` +
      `(${((row.pdfRss - one.pdfRss) / Math.max(1, row.pages - one.pages)).toFixed(2)} MiB per extra page)`,
  );
}

// The speed pieces that remain, each off against all on (lib/render-once.mjs: one render in a
// fresh process, CPU time of the whole process). A piece stays only while it saves 10% or more.
const pieces = [
  ['all on', {}],
  ['run joining off', { joinRuns: false }],
];
console.log(`\nspeed pieces, ${base.name} (best cpu ms of ${Math.max(runs, 5)} fresh processes each):`);
const cpuOf = (options) => {
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, join(root, 'scripts', 'bench', 'lib', 'render-once.mjs'), base.dir, JSON.stringify(options)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`render-once failed: ${result.stderr}`);
  const [user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return (user + system) * 1000;
};
const times = pieces.map(([name, options]) => [name, best(Array.from({ length: Math.max(runs, 5) }, () => cpuOf(options)))]);
const all = times[0][1];
for (const [name, ms] of times) console.log(`  ${name.padEnd(16)} ${fmt(ms)} ms${name === 'all on' ? '' : `  (${(((ms - all) / ms) * 100).toFixed(0)}% of its time saved by the piece)`}`);

rmSync(work, { recursive: true, force: true });
