import { writeFilesAtomic } from '../io/atomic-write.js';
import type { RenderedFile } from '../render/render-documents.js';

export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** Files already replaced that could not be put back; empty when every output is as it was. */
    readonly changed: readonly string[] = [],
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/**
 * Writes all files as one change: when any of them cannot be written, every earlier output
 * (plan.html, plan.md, plan.pdf) stays as it was, not a mix of old and new files; should
 * putting one back fail as well, the error names the files that did change.
 */
export async function writeRenderedFiles(files: readonly RenderedFile[]): Promise<void> {
  try {
    await writeFilesAtomic(files);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { target?: string; changed?: string[] };
    throw new OutputWriteError(e.target ?? files[0]?.path ?? '', e.code ?? e.message, e.changed ?? []);
  }
}
