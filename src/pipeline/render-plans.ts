import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderOptions } from './render-plan.js';
import { renderAndWrite, type RenderOutcome } from './render-one.js';

/** One plan to render, and where to (`<plan>/out` when not given). */
export interface RenderJob {
  dir: string;
  outDir?: string;
}

/**
 * Renders several plans, spread over a worker thread per core: a PDF keeps one core busy
 * for a third of a second to a few seconds, so two cores render 300 plans in about half the
 * time. One plan (or one core) renders in this thread, without a worker's start-up.
 * Outcomes are reported in the order of `dirs`, whatever order they finish in.
 */
export async function renderPlans(
  dirs: readonly RenderJob[],
  options: RenderOptions,
  onOutcome: (outcome: RenderOutcome) => void,
  workers = Math.min(dirs.length, availableParallelism()),
): Promise<void> {
  if (workers <= 1) {
    for (const job of dirs) onOutcome(await renderAndWrite(job.dir, { ...options, outDir: job.outDir }));
    return;
  }
  const done = new Map<number, RenderOutcome>();
  let nextToReport = 0;
  let nextToStart = 0;
  const report = (index: number, outcome: RenderOutcome): void => {
    done.set(index, outcome);
    while (done.has(nextToReport)) {
      onOutcome(done.get(nextToReport)!);
      done.delete(nextToReport++);
    }
  };
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let running = 0;
    const stop = (error?: Error): void => {
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker): void => {
      if (nextToStart >= dirs.length) {
        if (--running === 0) stop();
        return;
      }
      const index = nextToStart++;
      worker.postMessage({ index, ...dirs[index] });
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(workerFile(), { workerData: { options } });
      pool.push(worker);
      running++;
      worker.on('message', (message: { index: number; outcome?: RenderOutcome; failure?: string }) => {
        if (message.failure !== undefined) return stop(new Error(message.failure));
        report(message.index, message.outcome!);
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      feed(worker);
    }
  });
}

/**
 * The worker's script beside this module: dist/pipeline/render-worker.js, or in the CLI bundle
 * (dist/bundle/plan.cjs, scripts/bundle-cli.mjs) the worker's own bundle beside it.
 */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.cjs') ? './render-worker.cjs' : './render-worker.js', here));
}
