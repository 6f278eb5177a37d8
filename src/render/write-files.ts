import { writeFilesAtomic } from '../io/atomic-write.js';
import type { RenderedFile } from './render-plan.js';

export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/**
 * Writes all files as one change: when any of them cannot be written, every earlier output
 * (plan.html, plan.md, plan.pdf) stays as it was, not a mix of old and new files.
 */
export async function writeRenderedFiles(files: readonly RenderedFile[]): Promise<void> {
  try {
    await writeFilesAtomic(files);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { target?: string };
    throw new OutputWriteError(e.target ?? files[0]?.path ?? '', e.code ?? e.message);
  }
}
