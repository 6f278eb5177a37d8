import { PlanFolderError } from '../load/load-plan.js';
import { messageLanguage } from '../diagnostics/messages.js';
import { EXIT, ExitError } from './exit-error.js';

const folderMessages = {
  nl: {
    'folder-missing': (dir: string) => `De map '${dir}' bestaat niet. Geef de map van het plan op, bv. \`plan validate examples/brugge\`, of maak er een met \`plan init ${dir}\`.`,
    'folder-not-directory': (dir: string) => `'${dir}' is een bestand, geen map. Geef de map op waarin plan.yaml staat.`,
  },
  en: {
    'folder-missing': (dir: string) => `The folder '${dir}' does not exist. Name the plan's folder, e.g. \`plan validate examples/brugge\`, or create one with \`plan init ${dir}\`.`,
    'folder-not-directory': (dir: string) => `'${dir}' is a file, not a folder. Name the folder that holds plan.yaml.`,
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
