import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Removes the temporary and backup files that an earlier run killed outright (SIGKILL, a
 * power cut) left beside its targets. Only our own names are touched —
 * `.<target name>.<pid>.<8 hex>.tmp` or `.bak`, for a target being written now — and only
 * when the run that made them is gone: its process no longer exists and the file is some
 * seconds old (a process of that number in another container could still be writing), or
 * the file is a day old whatever its number.
 */

const GRACE_MS = 10_000;
const ABANDONED_MS = 24 * 60 * 60 * 1000;

export function temporaryName(target: string, pid: number, hex: string, kind: 'tmp' | 'bak'): string {
  return `.${target}.${pid}.${hex}.${kind}`;
}

function processGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export async function sweepStaleTemporaries(dir: string, targets: readonly string[], now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ours = new Set(targets);
  await Promise.all(
    names.map(async (name) => {
      const match = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.(tmp|bak)$/.exec(name);
      if (!match || !ours.has(match[1]!)) return;
      const path = join(dir, name);
      // Never follow a link that merely carries such a name.
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) return;
      const age = now - info.mtimeMs;
      if (age > ABANDONED_MS || (age > GRACE_MS && processGone(Number(match[2])))) await rm(path, { force: true }).catch(() => undefined);
    }),
  );
}
