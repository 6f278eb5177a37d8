import { writeFileAtomic } from '../io/atomic-write.js';
import type { RenderedFile } from './render-plan.js';

export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/** Writes each file atomically; an earlier file of the same name stays intact on failure. */
export async function writeRenderedFiles(files: readonly RenderedFile[]): Promise<void> {
  for (const file of files) {
    try {
      await writeFileAtomic(file.path, file.data);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new OutputWriteError(file.path, e.code ?? e.message);
    }
  }
}
