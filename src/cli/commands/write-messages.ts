import { relative } from 'node:path';
import type { MessageLanguage } from '../../diagnostics/messages.js';
import type { Conflict } from '../../init/write-files.js';
import { EXIT, ExitError } from '../exit-error.js';

/** A folder as the user would type it: relative to the working folder when that is shorter. */
export function shownPath(target: string): string {
  const rel = relative(process.cwd(), target);
  if (rel === '') return '.';
  return rel.startsWith('..') && rel.length > target.length ? target : rel;
}

/** Why `plan <command>` wrote nothing, and how to go on. */
export function conflictMessage(command: string, shown: string, conflicts: readonly Conflict[], lang: MessageLanguage): string {
  const names = conflicts.map((c) => c.path).join(', ');
  const folders = conflicts.filter((c) => c.folder).map((c) => c.path);
  if (lang === 'en') {
    const head = `plan ${command}: '${shown}' already contains ${names}. Nothing was written.`;
    if (folders.length > 0) return `${head}\n${folders.join(', ')} ${folders.length === 1 ? 'is a folder' : 'are folders'}; not even --force replaces a folder. Move or rename it first.`;
    return `${head}\nChoose another folder, or add --force to replace ${conflicts.length === 1 ? 'this file' : 'these files'} (the current content is lost).`;
  }
  const head = `plan ${command}: in '${shown}' ${conflicts.length === 1 ? 'bestaat' : 'bestaan'} al ${names}. Er is niets geschreven.`;
  if (folders.length > 0) return `${head}\n${folders.join(', ')} ${folders.length === 1 ? 'is een map' : 'zijn mappen'}; ook --force vervangt geen map. Verplaats of hernoem ze eerst.`;
  return `${head}\nKies een andere map, of voeg --force toe om ${conflicts.length === 1 ? 'dit bestand' : 'deze bestanden'} te vervangen (de huidige inhoud gaat verloren).`;
}

export function notAFolderMessage(command: string, shown: string, lang: MessageLanguage): string {
  return lang === 'en'
    ? `plan ${command}: '${shown}' is a file, not a folder. Name a new or existing folder.`
    : `plan ${command}: '${shown}' is een bestand, geen map. Geef een nieuwe of bestaande map op.`;
}

const fileSystemCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EDQUOT']);

/** Turns a file-system refusal (no permission, read-only, disk full …) into a plain message; other errors pass on. */
export function writeFailure(command: string, shown: string, lang: MessageLanguage): (error: unknown) => never {
  return (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === undefined || !fileSystemCodes.has(code)) throw error;
    const detail = (error as Error).message;
    throw new ExitError(
      EXIT.usage,
      lang === 'en'
        ? `plan ${command}: cannot write in '${shown}' (${detail}). Check that the folder exists and that you may write in it.`
        : `plan ${command}: kan niet schrijven in '${shown}' (${detail}). Controleer of de map bestaat en of je erin mag schrijven.`,
    );
  };
}
