import { lstat, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFilesAtomic, type FileToWrite } from './atomic-write.js';

/** A file `plan init` or `plan schema` means to write into a folder. */
export interface PlannedFile {
  /** Relative to the target folder. */
  path: string;
  content: string;
  /** 'keep': an existing file is left alone, even with --force, and is no conflict (.gitignore). */
  ifExists?: 'conflict' | 'keep';
}

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
    const info = await lstat(path);
    // A pipe or device where a file should go is as much in the way as a folder.
    return info.isFile() || info.isSymbolicLink() ? 'file' : 'folder';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Which planned files already exist in `dir`, in the order they were planned. Writes nothing. */
export async function findConflicts(dir: string, files: readonly PlannedFile[]): Promise<Conflict[]> {
  // The folder may be a link to a folder; only what is in it must be a plain file or absent.
  const dirKind = await stat(dir).then((info) => (info.isDirectory() ? 'folder' : 'file'), (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return 'missing';
    throw error;
  });
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
 * Writes the planned files as one change (src/io): all of them or, when any cannot be
 * written, none. The caller checks conflicts first; `force` says that replacing the
 * conflicting files was asked for. Files marked 'keep' that exist are never touched.
 */
export async function writePlannedFiles(dir: string, files: readonly PlannedFile[], options: { force: boolean }): Promise<WriteResult> {
  const conflicts = await findConflicts(dir, files);
  if (conflicts.some((c) => c.folder) || (conflicts.length > 0 && !options.force)) {
    throw new Error(`refusing to write over ${conflicts.map((c) => c.path).join(', ')}`);
  }
  const result: WriteResult = { written: [], kept: [] };
  const toWrite: FileToWrite[] = [];
  for (const file of files) {
    const target = join(dir, file.path);
    if (file.ifExists === 'keep' && (await kindOf(target)) === 'file') {
      result.kept.push(file.path);
      continue;
    }
    toWrite.push({ path: target, data: file.content });
    result.written.push(file.path);
  }
  // The folder too is made by src/io: mkdir -p never ends under /proc.
  await writeFilesAtomic(toWrite);
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
