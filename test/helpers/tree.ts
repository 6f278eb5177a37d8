import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a folder holds, by relative path: a hash of each file, the target of each link, the
 * kind of anything else. Never follows links nor opens devices or pipes, so it is safe on
 * the hostile folders of the corpus. Two equal snapshots mean nothing was written.
 */
export async function snapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const key = prefix + name;
    const info = await lstat(path);
    if (info.isDirectory()) {
      out[`${key}/`] = 'dir';
      Object.assign(out, await snapshot(path, `${key}/`));
    } else if (info.isSymbolicLink()) {
      out[key] = `link → ${await readlink(path)}`;
    } else if (info.isFile()) {
      const bytes = await readFile(path).catch(() => undefined);
      out[key] = bytes ? createHash('sha256').update(bytes).digest('hex') : `unreadable ${info.size} ${info.mtimeMs}`;
    } else {
      out[key] = 'special';
    }
  }
  return out;
}
