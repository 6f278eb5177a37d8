import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/**
 * Why a file was not read. Every reason is decided before a single byte is read, so a
 * message about it can never quote the content (a plan file linked to /proc/self/environ
 * must not print the environment).
 */
export type RefusedRead =
  | 'missing'
  /** A symbolic link whose target does not exist. */
  | 'broken-link'
  /** Symbolic links that point at each other in a circle. */
  | 'link-loop'
  /** The file, after following links, lies outside the folder it must stay in. */
  | 'outside'
  | 'folder'
  /** A device, pipe or socket: /dev/zero never ends, a FIFO blocks for ever. */
  | 'special'
  | 'too-large'
  /** The system refused to open or read it (permissions, I/O); `errno` says why. */
  | 'unreadable';

export type ReadInside = { ok: true; bytes: Buffer; real: string } | { ok: false; reason: RefusedRead; errno?: string; size?: number };

/** Whether `path` is `root` or lies below it; both absolute and free of links. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Reads `path` only when it is a regular file inside `root` after every symbolic link is
 * resolved, and at most `maxBytes` long: the one rule for the plan files, template partials
 * and the logo. The file is opened without following links and without blocking, and
 * checked again through the open handle, so a file swapped for a pipe or a device between
 * the check and the read is still refused.
 */
export async function readInside(root: string, path: string, maxBytes: number): Promise<ReadInside> {
  const refuse = (reason: RefusedRead, errno?: string, size?: number): ReadInside => ({ ok: false, reason, ...(errno ? { errno } : {}), ...(size !== undefined ? { size } : {}) });
  const link = await lstat(path).catch((error: unknown) => errnoOf(error));
  if (typeof link === 'string' || link === undefined) return refuse(link === 'ELOOP' ? 'link-loop' : 'missing');
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ELOOP') return refuse('link-loop');
    if (errno === 'ENOENT' || errno === 'ENOTDIR') return refuse(link.isSymbolicLink() ? 'broken-link' : 'missing');
    return refuse('unreadable', errno);
  }
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    return refuse('unreadable', errnoOf(error));
  }
  if (!isWithin(realRoot, real)) return refuse('outside');

  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'EISDIR') return refuse('folder');
    if (errno === 'ELOOP') return refuse('link-loop');
    if (errno === 'ENXIO') return refuse('special'); // a FIFO or socket with nobody on the other end
    return refuse('unreadable', errno);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return refuse('folder');
    if (!info.isFile()) return refuse('special');
    if (info.size > maxBytes) return refuse('too-large', undefined, info.size);
    // Read to the end, but never past the limit: a file may grow after the stat.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.max(64 * 1024, info.size - length + 1));
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, maxBytes + 1 - length), null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) return refuse('too-large', undefined, length);
    }
    return { ok: true, bytes: Buffer.concat(chunks, length), real };
  } catch (error) {
    return refuse('unreadable', errnoOf(error));
  } finally {
    await handle.close();
  }
}
