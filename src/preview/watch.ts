import { watch, statSync, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * A folder to watch, and which names in it matter. Folders, not files: most editors save by
 * writing a new file and renaming it over the old one, and a watch on the old file would go
 * quiet after the first save.
 */
export interface WatchTarget {
  dir: string;
  /** Whether a change to this name (null: the system did not say which) matters. */
  accepts: (name: string | null) => boolean;
}

export interface FolderWatcher {
  /** Watch these folders from now on: new ones are opened, dropped ones closed, replaced ones reopened. */
  update(targets: readonly WatchTarget[]): void;
  /** The folders watched right now. */
  readonly folders: string[];
  close(): void;
}

interface Watched {
  watcher: FSWatcher;
  /** The folder's inode when the watch began: a folder deleted and made again has another. */
  inode: number;
  accepts: (name: string | null) => boolean;
}

/**
 * Calls `onChange` with the path of every change that matters. A folder that does not exist
 * (yet) is skipped; `update` tries it again, so the caller calls it after every render.
 */
export function watchFolders(targets: readonly WatchTarget[], onChange: (path: string) => void): FolderWatcher {
  const watched = new Map<string, Watched>();

  const open = (dir: string, accepts: (name: string | null) => boolean): void => {
    let inode: number;
    let watcher: FSWatcher;
    try {
      const info = statSync(dir);
      if (!info.isDirectory()) return;
      inode = info.ino;
      watcher = watch(dir, { persistent: true }, (_event, name) => {
        const file = typeof name === 'string' ? name : null;
        // Linux reports the removal of the watched folder itself under the folder's own name;
        // the watch is dead then, even if a folder of that name is made again.
        if (file === basename(dir) && currentInode(dir) === undefined) {
          drop(dir);
          onChange(dir);
          return;
        }
        if (watched.get(dir)?.accepts(file)) onChange(file === null ? dir : join(dir, file));
      });
    } catch {
      return;
    }
    // The folder was removed or became unreadable: forget it; the next update tries again.
    watcher.on('error', () => {
      drop(dir);
      onChange(dir);
    });
    watched.set(dir, { watcher, inode, accepts });
  };

  const drop = (dir: string): void => {
    watched.get(dir)?.watcher.close();
    watched.delete(dir);
  };

  const update = (list: readonly WatchTarget[]): void => {
    const wanted = new Map<string, Array<(name: string | null) => boolean>>();
    for (const { dir, accepts } of list) wanted.set(dir, [...(wanted.get(dir) ?? []), accepts]);
    for (const [dir, entry] of watched) {
      if (!wanted.has(dir) || currentInode(dir) !== entry.inode) drop(dir);
    }
    for (const [dir, tests] of wanted) {
      const accepts = (name: string | null): boolean => tests.some((test) => test(name));
      const entry = watched.get(dir);
      if (entry) entry.accepts = accepts;
      else open(dir, accepts);
    }
  };

  update(targets);
  return {
    update,
    get folders() {
      return [...watched.keys()];
    },
    close() {
      for (const dir of [...watched.keys()]) drop(dir);
    },
  };
}

function currentInode(dir: string): number | undefined {
  try {
    return statSync(dir).ino;
  } catch {
    return undefined;
  }
}
