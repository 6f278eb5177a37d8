import { PlanFolderError } from '../load/load-plan.js';
import { messageLanguage } from '../diagnostics/messages.js';
import { EXIT, ExitError } from './exit-error.js';

const folderMessages = {
  nl: {
    'folder-missing': (dir: string) => `De map '${dir}' bestaat niet. Geef de map van het plan op, bv. \`plan validate examples/brugge\`, of maak er een met \`plan init ${dir}\`.`,
    'folder-not-directory': (dir: string) => `'${dir}' is een bestand, geen map. Geef de map op waarin plan.yaml staat.`,
    'empty-value': (flag: string, example: string) => `${flag} is leeg. Geef een waarde op, bv. ${example}, of laat ${flag} weg.`,
  },
  en: {
    'folder-missing': (dir: string) => `The folder '${dir}' does not exist. Name the plan's folder, e.g. \`plan validate examples/brugge\`, or create one with \`plan init ${dir}\`.`,
    'folder-not-directory': (dir: string) => `'${dir}' is a file, not a folder. Name the folder that holds plan.yaml.`,
    'empty-value': (flag: string, example: string) => `${flag} is empty. Give a value, e.g. ${example}, or leave ${flag} out.`,
  },
};

/** Turns a missing or wrong plan folder into a usage error (exit 2); other errors pass on. */
export function usageFolderError(lang: string | undefined) {
  return (error: unknown): never => {
    if (error instanceof PlanFolderError) {
      throw new ExitError(EXIT.usage, folderMessages[messageLanguage(lang)][error.code](error.dir));
    }
    throw error;
  };
}

/**
 * An empty value (`--out ''`, often an unset shell variable) would silently mean "the
 * current folder" or "nothing": refuse it as a usage error instead. Spaces only count as empty.
 */
export function refuseEmpty(value: string | undefined, flag: string, example: string, lang: string | undefined): void {
  if (value !== undefined && value.trim() === '') throw new ExitError(EXIT.usage, folderMessages[messageLanguage(lang)]['empty-value'](flag, example));
}
