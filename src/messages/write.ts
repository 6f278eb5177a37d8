import type { Conflict } from '../io/write-new-files.js';
import type { MessageLanguage } from './language.js';

// What `plan init` and `plan schema` say when they cannot or may not write: the same in
// Belgium and the Netherlands, so only Dutch and English.

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

/** Why `plan <command>` could not write in a folder; `reason` is the file system's error in words. */
export function cannotWriteMessage(command: string, shown: string, reason: string, lang: MessageLanguage): string {
  return lang === 'en'
    ? `plan ${command}: cannot write in '${shown}' (${reason}). Check that the folder can be made or exists and that you may write in it; nothing was written.`
    : `plan ${command}: kan niet schrijven in '${shown}' (${reason}). Controleer of de map gemaakt kan worden of bestaat en of u erin mag schrijven; er is niets geschreven.`;
}
