// `plan preview` benchmark, on a temporary copy of the Brugge example.
//
// 1. Latency: the real CLI (`bin/plan preview`) with headless Chromium showing the HTML tab
//    and the PDF tab. Each round edits mission.yaml on disk and times, from just before the
//    write, (a) until the new sentence is in the HTML page's DOM (a MutationObserver in the
//    page notes the moment) and (b) until the PDF tab has the new PDF (the response of the
//    frame's request has ended). Targets: HTML ≤ 100 ms, PDF ≤ 300 ms.
// 2. Memory: the preview's core and server in this process, with a PDF page's event stream
//    open, through 500 consecutive edits (HTML and PDF each time); the heap after a full
//    garbage collection every 50 edits should stay flat.
//
// Figures only; the machine is shared, so nothing passes or fails on time.
// Usage: node --expose-gc scripts/bench/preview.mjs [rounds] [edits] (default 20, 500).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rounds = Number(process.argv[2] ?? 20);
const edits = Number(process.argv[3] ?? 500);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(root, 'dist', 'bundle', 'plan.cjs'))) {
  console.log('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'bench-preview-'));
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * CPU time a process has used so far, in ms (Linux, else NaN): on a busy machine the wall
 * time mostly measures the neighbours, CPU time much less so.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

function planCopy(name) {
  const dir = join(work, name);
  cpSync(join(root, 'examples', 'brugge'), dir, { recursive: true });
  return dir;
}

const original = readFileSync(join(root, 'examples', 'brugge', 'mission.yaml'), 'utf8');
const anchor = 'Stad Brugge voert een blijvend';
/** mission.yaml with a sentence that differs each round. */
const edited = (n) => original.replace(anchor, `Stad Brugge voert (wijziging ${n}) een blijvend`);

async function latency() {
  const dir = planCopy('latency');
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'plan'), 'preview', dir], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  process.on('exit', () => child.kill('SIGKILL'));
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  while (!/Bijgewerkt: HTML/.test(output)) {
    if (child.exitCode !== null) throw new Error(`plan preview ended:\n${output}`);
    await sleep(5);
  }
  const firstHtml = performance.now() - started;
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)[0];

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const html = [];
  const pdf = [];
  const cpuHtml = [];
  const cpuPdf = [];
  try {
    const page = await browser.newPage();
    const pdfPage = await browser.newPage();
    await page.goto(url);
    await pdfPage.goto(`${url}pdf`);
    await pdfPage.waitForFunction(() => document.documentElement.getAttribute('data-plan-pdf-version') !== null);
    // When each PDF the PDF tab asks for has fully arrived.
    const pdfResponses = [];
    pdfPage.on('response', (response) => {
      const version = /\/plan\.pdf\?v=(\d+)/.exec(response.url())?.[1];
      if (version) response.finished().then(() => pdfResponses.push({ version: Number(version), at: Date.now() }), () => {});
    });
    for (let n = 1; n <= rounds; n++) {
      const marker = `(wijziging ${n})`;
      // The page notes the moment the sentence is in its DOM, by its own clock (Date.now() is
      // the same wall clock in both processes).
      const seen = page.evaluate(
        (text) =>
          new Promise((resolve) => {
            const check = () => document.body?.textContent?.includes(text) && (observer.disconnect(), resolve(Date.now()));
            const observer = new MutationObserver(check);
            observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
            check();
          }),
        marker,
      );
      await sleep(50);
      const t0 = Date.now();
      const c0 = cpuMs(child.pid);
      writeFileSync(join(dir, 'mission.yaml'), edited(n));
      html.push((await seen) - t0);
      cpuHtml.push(cpuMs(child.pid) - c0);
      // The PDF of that version (or a later one: a slow save may be rendered twice).
      const version = Number(await page.getAttribute('html', 'data-plan-version'));
      let pdfAt;
      while ((pdfAt = pdfResponses.find((r) => r.version >= version)?.at) === undefined) await sleep(2);
      pdf.push(pdfAt - t0);
      cpuPdf.push(cpuMs(child.pid) - c0);
      // Let the PDF tab's frame settle before the next save, as a writer would.
      await sleep(150);
    }
  } finally {
    await browser.close();
    child.kill('SIGINT');
  }
  const rendered = (what) => [...output.matchAll(new RegExp(`Bijgewerkt: ${what} in (\\d+) ms`, 'g'))].slice(1).map((m) => Number(m[1]));
  return { firstHtml, html, pdf, serverHtml: rendered('HTML'), serverPdf: rendered('PDF'), cpuHtml, cpuPdf };
}

async function memory() {
  const dir = planCopy('memory');
  const { PreviewSession } = await import(join(root, 'dist', 'preview', 'session.js'));
  const { startServer } = await import(join(root, 'dist', 'preview', 'server.js'));
  const session = new PreviewSession({ dir, cwd: root });
  const server = await startServer(session, 0);
  // A PDF page's event stream, so that every edit makes the HTML and the PDF.
  const stream = await new Promise((resolve) => get(`${server.url}events?view=pdf`, (response) => resolve(response.resume())));
  let pdfs = 0;
  session.onUpdate((update) => update.made === 'pdf' && (pdfs += 1));
  await session.start();
  await session.currentPdf();
  const heap = [];
  const measure = () => {
    globalThis.gc?.();
    globalThis.gc?.();
    heap.push(process.memoryUsage().heapUsed / 1024 / 1024);
  };
  measure();
  const t0 = performance.now();
  for (let n = 1; n <= edits; n++) {
    const before = pdfs;
    writeFileSync(join(dir, 'mission.yaml'), edited(n));
    while (pdfs === before) await sleep(2);
    if (n % 50 === 0) measure();
  }
  const perEdit = (performance.now() - t0) / edits;
  stream.destroy();
  await server.close();
  await session.close();
  return { heap, perEdit, rss: process.memoryUsage().rss / 1024 / 1024 };
}

try {
  if (rounds === 0) {
    console.log('Latency skipped (0 rounds).');
  } else if (existsSync(chromiumPath)) {
    const { firstHtml, html, pdf, serverHtml, serverPdf, cpuHtml, cpuPdf } = await latency();
    console.log(`Brugge, ${rounds} saves of mission.yaml, real CLI and headless Chromium (first HTML after start: ${firstHtml.toFixed(0)} ms)\n`);
    console.log('| save → updated in the browser | median ms | p90 ms | min ms | max ms | target |');
    console.log('|---|---:|---:|---:|---:|---:|');
    console.log(`| HTML tab | ${quantile(html, 0.5)} | ${quantile(html, 0.9)} | ${Math.min(...html)} | ${Math.max(...html)} | ≤ 100 |`);
    console.log(`| PDF tab | ${quantile(pdf, 0.5)} | ${quantile(pdf, 0.9)} | ${Math.min(...pdf)} | ${Math.max(...pdf)} | ≤ 300 |`);
    console.log(`| of which the server's render of the HTML | ${quantile(serverHtml, 0.5)} | ${quantile(serverHtml, 0.9)} | ${Math.min(...serverHtml)} | ${Math.max(...serverHtml)} | |`);
    console.log(`| of which the server's render of the PDF | ${quantile(serverPdf, 0.5)} | ${quantile(serverPdf, 0.9)} | ${Math.min(...serverPdf)} | ${Math.max(...serverPdf)} | |`);
    console.log(`| CPU time of the preview process, save → HTML in the browser (10 ms ticks) | ${quantile(cpuHtml, 0.5)} | ${quantile(cpuHtml, 0.9)} | ${Math.min(...cpuHtml)} | ${Math.max(...cpuHtml)} | |`);
    console.log(`| CPU time of the preview process, save → PDF in the browser | ${quantile(cpuPdf, 0.5)} | ${quantile(cpuPdf, 0.9)} | ${Math.min(...cpuPdf)} | ${Math.max(...cpuPdf)} | |`);
    console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  } else {
    console.log(`No Chromium at ${chromiumPath}: latency skipped (set CHROMIUM_PATH).`);
  }
  if (edits > 0) {
    const { heap, perEdit, rss } = await memory();
    console.log(`\nMemory over ${edits} consecutive edits, HTML and PDF each (in process, ${perEdit.toFixed(0)} ms an edit):\n`);
    console.log(`heap after GC, every 50 edits (MB): ${heap.map((h) => h.toFixed(1)).join(' → ')}`);
    console.log(`growth from edit 50 to edit ${edits}: ${(heap.at(-1) - heap[1]).toFixed(1)} MB; RSS at the end ${rss.toFixed(0)} MB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
