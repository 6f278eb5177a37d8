import { relative } from 'node:path';
import { PlanFolderError } from '../load/load-plan.js';
import { messageLanguage } from '../messages/index.js';
import { expandPlanFolders } from '../pipeline/plan-folders.js';
import { EXIT, ExitError } from './exit-error.js';
import { cliText } from '../messages/cli.js';

/** Why a plan folder cannot be read, and what to do. */
export function folderErrorMessage(lang: string | undefined, error: { code: PlanFolderError['code']; dir: string }): string {
  return cliText(messageLanguage(lang)).folder[error.code](error.dir);
}

/** Turns a missing or wrong plan folder into a usage error (exit 2); other errors pass on. */
export function usageFolderError(lang: string | undefined) {
  return (error: unknown): never => {
    if (error instanceof PlanFolderError) throw new ExitError(EXIT.usage, folderErrorMessage(lang, error));
    throw error;
  };
}

/** The plan folders of the command line (folders and patterns); a pattern without a plan is a usage error. */
export async function planFolders(args: readonly string[], cwd: string, lang: string | undefined): Promise<string[]> {
  const { folders, unmatched } = await expandPlanFolders(args, cwd);
  if (unmatched.length > 0) throw new ExitError(EXIT.usage, cliText(messageLanguage(lang)).noPlanMatches(unmatched));
  return folders;
}

/** A plan folder as shown in reports: relative to the working folder. */
export function shownFolder(dir: string, cwd: string): string {
  return relative(cwd, dir) || '.';
}

/** The worse of two exit statuses: a usage problem (2) outranks problems in a plan (1). */
export function worst(a: number, b: number): number {
  return Math.max(a, b);
}

/**
 * An empty value (`--out ''`, often an unset shell variable) would silently mean "the
 * current folder" or "nothing": refuse it as a usage error instead. Spaces only count as empty.
 */
export function refuseEmpty(value: string | undefined, flag: string, example: string, lang: string | undefined): void {
  if (value !== undefined && value.trim() === '') throw new ExitError(EXIT.usage, cliText(messageLanguage(lang)).emptyValue(flag, example));
}
