import { relative } from 'node:path';
import type { MessageLanguage } from '../messages/language.js';
import { fileSystemCode, writeReason } from '../messages/system-errors.js';
import { cannotWriteMessage } from '../messages/write.js';
import { EXIT, ExitError } from './exit-error.js';

/** A folder as the user would type it: relative to the working folder when that is shorter. */
export function shownPath(target: string): string {
  const rel = relative(process.cwd(), target);
  if (rel === '') return '.';
  return rel.startsWith('..') && rel.length > target.length ? target : rel;
}

/**
 * Turns any refusal of the file system (no permission, read-only, disk full, a name too
 * long …) into a plain usage error; an error of our own code passes on as a bug.
 */
export function writeFailure(command: string, shown: string, lang: MessageLanguage): (error: unknown) => never {
  return (error: unknown): never => {
    const code = fileSystemCode(error);
    if (code === undefined) throw error;
    throw new ExitError(EXIT.usage, cannotWriteMessage(command, shown, writeReason(code, lang), lang));
  };
}
