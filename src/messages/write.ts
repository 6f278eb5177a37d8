import { relative } from 'node:path';
import type { MessageLanguage } from './language.js';
import { fileSystemCode, writeReason } from './system-errors.js';
import type { Conflict } from '../init/write-files.js';
import { EXIT, ExitError } from '../cli/exit-error.js';

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

/**
 * Turns any refusal of the file system (no permission, read-only, disk full, a name too
 * long …) into a plain usage error; an error of our own code passes on as a bug.
 */
export function writeFailure(command: string, shown: string, lang: MessageLanguage): (error: unknown) => never {
  return (error: unknown): never => {
    const code = fileSystemCode(error);
    if (code === undefined) throw error;
    const reason = writeReason(code, lang);
    throw new ExitError(
      EXIT.usage,
      lang === 'en'
        ? `plan ${command}: cannot write in '${shown}' (${reason}). Check that the folder can be made or exists and that you may write in it; nothing was written.`
        : `plan ${command}: kan niet schrijven in '${shown}' (${reason}). Controleer of de map gemaakt kan worden of bestaat en of u erin mag schrijven; er is niets geschreven.`,
    );
  };
}
