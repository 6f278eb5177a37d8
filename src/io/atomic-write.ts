import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { undoOnInterrupt, type UndoStep } from './interrupt.js';
import { sweepStaleTemporaries, temporaryName } from './stale-temporaries.js';

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes several files as one change. Every target is checked and every file written to
 * its temporary first; only when all of that worked are they renamed over their targets.
 * Before each rename the old target is kept as a backup (a hard link, else a copy), so
 * that when a later rename fails (plan.pdf immutable, or open in a viewer that locks it)
 * the files already replaced are put back: every target is then as it was. Only when
 * putting one back fails too does the error list it in `changed`.
 *
 * An interrupting signal (Ctrl-C, SIGTERM) removes the temporaries and undoes the renames
 * done so far (src/io/interrupt.ts); temporaries of an earlier run that was killed outright
 * are swept before writing (src/io/stale-temporaries.ts).
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const steps: UndoStep[] = [];
  await undoOnInterrupt(steps, async () => {
    const staged: Array<{ temp: string; target: string }> = [];
    const committed: Array<{ target: string; backup: string | null }> = [];
    let current = '';
    try {
      for (const { path } of files) {
        current = path;
        await expectWritableTarget(path);
      }
      for (const [dir, names] of byFolder(files)) await sweepStaleTemporaries(dir, names);
      for (const { path, data } of files) {
        current = path;
        staged.push({ temp: await writeTemporary(path, data, steps), target: path });
      }
      for (const { temp, target } of staged) {
        current = target;
        const backup = await keepBackup(target, steps);
        // Registered before the rename: a signal can arrive while the rename is done but not
        // yet reported. Undone before it happened, it is harmless (the backup is the very file).
        steps.push(backup ? { restore: target, from: backup } : { remove: target });
        await rename(temp, target).catch(async (error: unknown) => {
          // This target keeps its old file; its backup is not needed.
          if (backup) await rm(backup, { force: true });
          throw error;
        });
        committed.push({ target, backup });
      }
    } catch (error) {
      const changed = await rollBack(committed);
      await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
      steps.length = 0;
      // The file the user asked for, not the temporary one the system call named.
      throw Object.assign(error as Error, { target: current, changed });
    }
    // Committed: an interrupt from here on must not undo anything.
    steps.length = 0;
    await Promise.all(committed.map(({ backup }) => (backup ? rm(backup, { force: true }) : undefined)));
  });
}

function byFolder(files: readonly FileToWrite[]): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const { path } of files) folders.set(dirname(path), [...(folders.get(dirname(path)) ?? []), basename(path)]);
  return folders;
}

const sidecar = (target: string, kind: 'tmp' | 'bak'): string => join(dirname(target), temporaryName(basename(target), process.pid, randomBytes(4).toString('hex'), kind));

/** The old target under a name of its own, or null when there is none to keep. */
async function keepBackup(target: string, steps: UndoStep[]): Promise<string | null> {
  const info = await lstat(target).catch(() => null);
  if (!info) return null;
  const backup = sidecar(target, 'bak');
  steps.push({ remove: backup });
  // A hard link costs nothing and keeps the very file; a file system without links gets a copy.
  await link(target, backup).catch(() => copyFile(target, backup, constants.COPYFILE_EXCL));
  return backup;
}

/** Puts the old targets back, newest first; returns the targets that could not be put back. */
async function rollBack(committed: ReadonlyArray<{ target: string; backup: string | null }>): Promise<string[]> {
  const changed: string[] = [];
  for (const { target, backup } of [...committed].reverse()) {
    try {
      if (backup) await rename(backup, target);
      else await rm(target, { force: true });
    } catch {
      changed.unshift(target);
    }
  }
  return changed;
}

/** A folder (or anything but a file) where the file should go would only fail at the rename. */
async function expectWritableTarget(path: string): Promise<void> {
  const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (info && !info.isFile() && !info.isSymbolicLink()) throw Object.assign(new Error(`not a file: ${path}`), { code: info.isDirectory() ? 'EISDIR' : 'EEXIST', path });
}

async function writeTemporary(target: string, data: string | Uint8Array, steps: UndoStep[]): Promise<string> {
  await makeFolder(dirname(target));
  const temp = sidecar(target, 'tmp');
  // Registered before it exists: an interrupt while it is being written removes it.
  steps.push({ remove: temp });
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Creates a folder and its missing parents one at a time. Node's mkdir({ recursive: true })
 * retries for ever where a file system answers ENOENT to every mkdir (such as /proc): a
 * render with --out /proc/x never ended.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = resolve(dir); ; current = dirname(current)) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${current}`), { code: 'ENOTDIR', path: current });
      break;
    }
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
