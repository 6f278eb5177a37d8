// The entry of a render worker thread (src/pipeline/render-plans.ts): renders and writes the
// plans the main thread sends, one at a time, and answers with each outcome.
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderOptions } from './render-plan.js';
import { renderAndWrite } from './render-one.js';

// The libraries bundle (src/libraries/libraries.ts) runs with the code cache bin/plan uses: the
// worker shares the process's V8 flags, so V8 accepts it.

const options = (workerData as { options: RenderOptions }).options;
parentPort?.on('message', (job: { index: number; dir: string; outDir?: string }) => {
  renderAndWrite(job.dir, { ...options, outDir: job.outDir }).then(
    (outcome) => parentPort?.postMessage({ index: job.index, outcome }),
    (error: unknown) => parentPort?.postMessage({ index: job.index, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
