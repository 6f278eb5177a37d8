import { lstat, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { PlannedFile } from './scaffold.js';

export interface Conflict {
  path: string;
  /** A folder where a file should go: even --force cannot replace it. */
  folder: boolean;
}

export interface WriteResult {
  written: string[];
  /** Files that existed and were left alone on purpose (ifExists: 'keep'). */
  kept: string[];
}

/** Thrown when the target folder is a file; the CLI turns it into a usage error. */
export class TargetNotAFolderError extends Error {
  constructor(readonly dir: string) {
    super(`${dir} is not a folder`);
  }
}

async function kindOf(path: string): Promise<'missing' | 'file' | 'folder'> {
  try {
    return (await lstat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Which planned files already exist in `dir`, in the order they were planned. Writes nothing. */
export async function findConflicts(dir: string, files: readonly PlannedFile[]): Promise<Conflict[]> {
  const dirKind = await kindOf(dir);
  if (dirKind === 'file') throw new TargetNotAFolderError(dir);
  if (dirKind === 'missing') return [];
  const conflicts: Conflict[] = [];
  for (const file of files) {
    const kind = await kindOf(join(dir, file.path));
    if (kind === 'folder' || (kind === 'file' && file.ifExists !== 'keep')) conflicts.push({ path: file.path, folder: kind === 'folder' });
  }
  return conflicts;
}

/**
 * Writes the planned files, each atomically. The caller checks conflicts first; `force`
 * says that replacing the conflicting files was asked for. Files marked 'keep' that exist
 * are never touched.
 */
export async function writePlannedFiles(dir: string, files: readonly PlannedFile[], options: { force: boolean }): Promise<WriteResult> {
  const conflicts = await findConflicts(dir, files);
  if (conflicts.some((c) => c.folder) || (conflicts.length > 0 && !options.force)) {
    throw new Error(`refusing to write over ${conflicts.map((c) => c.path).join(', ')}`);
  }
  await mkdir(dir, { recursive: true });
  const result: WriteResult = { written: [], kept: [] };
  for (const file of files) {
    const target = join(dir, file.path);
    if (file.ifExists === 'keep' && (await kindOf(target)) === 'file') {
      result.kept.push(file.path);
      continue;
    }
    await writeFileAtomic(target, file.content);
    result.written.push(file.path);
  }
  return result;
}

/** True when an existing .gitignore already ignores the folder `name` (such as out/). */
export async function ignoresFolder(gitignore: string, name: string): Promise<boolean> {
  try {
    if (!(await stat(gitignore)).isFile()) return false;
    const lines = (await readFile(gitignore, 'utf8')).split(/\r?\n/).map((line) => line.trim());
    return lines.some((line) => [name, `${name}/`, `/${name}`, `/${name}/`].includes(line));
  } catch {
    return false;
  }
}
