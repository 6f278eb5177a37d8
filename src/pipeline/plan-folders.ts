import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The plan folders of a command line: each argument is a folder, or a pattern with `*`, `?`
 * or `**` for shells that do not expand it (Windows, a quoted argument in a CI file). A
 * pattern keeps only the folders that hold a plan.yaml, so `plannen/*` skips a README
 * beside the plans; a plain folder is taken as given, and a missing one is reported by the
 * check like any other. The order is the command line's, each pattern's matches sorted, and
 * a folder named twice is checked once.
 */
export async function expandPlanFolders(args: readonly string[], cwd: string): Promise<FolderList> {
  const folders: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (folder: string): void => {
    const key = resolve(cwd, folder);
    if (seen.has(key)) return;
    seen.add(key);
    folders.push(folder);
  };
  for (const arg of args.length === 0 ? ['.'] : args) {
    if (!isPattern(arg)) {
      add(arg);
      continue;
    }
    const matches = (await matchPattern(arg, cwd)).sort();
    const plans: string[] = [];
    for (const match of matches) if (await isFile(resolve(cwd, match, 'plan.yaml'))) plans.push(match);
    if (plans.length === 0) unmatched.push(arg);
    plans.forEach(add);
  }
  return { folders, unmatched };
}

export interface FolderList {
  folders: string[];
  /** Patterns that matched no plan folder: a usage error, since a typo would otherwise pass CI silently. */
  unmatched: string[];
}

/** An argument with `*` or `?`: a pattern for plan folders rather than one folder. */
export const isPattern = (arg: string): boolean => /[*?]/.test(arg);

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** Folders matching a pattern, as written (relative stays relative). */
async function matchPattern(pattern: string, cwd: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((part) => part !== '' && part !== '.');
  let found = [absolute ? '/' : ''];
  for (const part of parts) {
    const next: string[] = [];
    for (const base of found) next.push(...(await matchPart(base, part, cwd)));
    found = [...new Set(next)];
  }
  return found.filter((f) => f !== '' && f !== '/');
}

async function matchPart(base: string, part: string, cwd: string): Promise<string[]> {
  const join2 = (name: string): string => (base === '' ? name : base === '/' ? `/${name}` : join(base, name));
  if (!isPattern(part)) return (await isDirectory(resolve(cwd, join2(part)))) ? [join2(part)] : [];
  const names = await subfolders(resolve(cwd, base || '.'));
  if (part === '**') {
    // Zero or more folders: the base itself and every folder below it (hidden ones and node_modules aside).
    const all = [base];
    for (const name of names) all.push(...(await matchPart(join2(name), '**', cwd)));
    return all;
  }
  const re = new RegExp(`^${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return names.filter((name) => re.test(name)).map(join2);
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules').map((e) => e.name);
}
