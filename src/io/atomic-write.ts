import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes a file so that readers only ever see the old or the new content: the data goes to
 * a temporary file in the same folder (same file system, so rename is atomic), is flushed,
 * then renamed over the target. On failure the temporary file is removed and the target is
 * left exactly as it was.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ path: target, data }]);
}

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes several files as one change, as far as a file system allows: every target is
 * checked and every file written to its temporary first, and only when all of that worked
 * are they renamed over their targets. A full disk, a missing permission or a folder where
 * a file should go therefore leaves every earlier file as it was, not a mix of old and new.
 * (Only a rename itself failing halfway could still leave a mix; with the temporaries
 * beside their targets that does not happen in practice.)
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const staged: Array<{ temp: string; target: string }> = [];
  let current = '';
  try {
    for (const { path } of files) {
      current = path;
      await expectWritableTarget(path);
    }
    for (const { path, data } of files) {
      current = path;
      staged.push({ temp: await writeTemporary(path, data), target: path });
    }
    while (staged.length > 0) {
      const { temp, target } = staged[0]!;
      current = target;
      await rename(temp, target);
      staged.shift();
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    // The file the user asked for, not the temporary one the system call named.
    throw Object.assign(error as Error, { target: current });
  }
}

/** A folder (or anything but a file) where the file should go would only fail at the rename. */
async function expectWritableTarget(path: string): Promise<void> {
  const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (info && !info.isFile() && !info.isSymbolicLink()) throw Object.assign(new Error(`not a file: ${path}`), { code: info.isDirectory() ? 'EISDIR' : 'EEXIST', path });
}

async function writeTemporary(target: string, data: string | Uint8Array): Promise<string> {
  const dir = dirname(target);
  await makeFolder(dir);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
async function makeFolder(dir: string): Promise<void> {
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
