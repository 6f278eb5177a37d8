import { baseLanguage, type BaseLanguage, type MessageLanguage } from './language.js';

/**
 * What the file system said (EACCES, ENOTDIR, ENOSPC …), in plain words, for every place that
 * reads or writes a user's files: never the system's English sentence, always the code in
 * parentheses for whoever helps. The wording is the same in Belgium and the Netherlands, so
 * these tables are written in the two base languages.
 */

/** A system call's error code (EACCES, ENAMETOOLONG …), as opposed to an error of our own code. */
export function fileSystemCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** Why writing failed: the end of a sentence such as "kan niet schrijven in 'x' (…)". */
const writeReasons: Record<BaseLanguage, Record<string, string>> = {
  nl: {
    EACCES: 'geen schrijfrechten',
    EPERM: 'geen schrijfrechten',
    EROFS: 'de schijf is alleen-lezen',
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'de schijfruimte van de gebruiker is op',
    EISDIR: 'er staat een map met die naam',
    ENOTDIR: 'een deel van het pad is een bestand, geen map',
    ENOENT: 'de map bestaat niet en kan niet gemaakt worden',
    ENAMETOOLONG: 'het pad is te lang',
    ELOOP: 'het pad bevat een kring van symbolische koppelingen',
    EBUSY: 'het bestand is in gebruik (open in een ander programma?)',
    ETXTBSY: 'het bestand is in gebruik (open in een ander programma?)',
    EINVAL: 'dit bestandssysteem laat dat niet toe',
    EEXIST: 'er staat al iets met die naam',
    EMFILE: 'te veel open bestanden',
    ENFILE: 'te veel open bestanden',
    EIO: 'een leesfout of schrijffout van de schijf',
  },
  en: {
    EACCES: 'no permission to write',
    EPERM: 'no permission to write',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: "the user's disk quota is used up",
    EISDIR: 'a folder of that name is in the way',
    ENOTDIR: 'part of the path is a file, not a folder',
    ENOENT: 'the folder does not exist and cannot be made',
    ENAMETOOLONG: 'the path is too long',
    ELOOP: 'the path holds a loop of symbolic links',
    EBUSY: 'the file is in use (open in another program?)',
    ETXTBSY: 'the file is in use (open in another program?)',
    EINVAL: 'this file system does not allow it',
    EEXIST: 'something of that name is in the way',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files',
    EIO: 'a read or write error of the disk',
  },
};

/** "geen schrijfrechten, EACCES"; an unknown code stays as it is. */
export function writeReason(code: string, lang: MessageLanguage): string {
  const words = writeReasons[baseLanguage(lang)][code];
  return words ? `${words}, ${code}` : code;
}

/** Why reading failed, and what to do: the end of "het bestand 'x' kan niet gelezen worden…". */
const readProblems: Record<BaseLanguage, Record<string, { reason: string; hint: string }>> = {
  nl: {
    EACCES: { reason: ': u hebt geen leesrechten op het bestand', hint: 'Vraag wie de map beheert om u leesrechten te geven, of kopieer het plan naar een map van u.' },
    EPERM: { reason: ': het systeem staat het lezen niet toe', hint: 'Vraag wie de map beheert om u leesrechten te geven, of kopieer het plan naar een map van u.' },
    EBUSY: { reason: ': een ander programma houdt het bestand bezet', hint: 'Sluit het programma dat het bestand open heeft en probeer opnieuw.' },
    EIO: { reason: ': de schijf of netwerkmap gaf een leesfout', hint: 'Probeer opnieuw; lukt het niet, kopieer het plan dan naar een andere schijf.' },
    ENOENT: { reason: ': het bestand verdween tijdens het lezen', hint: 'Controleer of een ander programma (synchronisatie, editor) het bestand verplaatst, en probeer opnieuw.' },
    ENOTDIR: { reason: ': een deel van het pad is een bestand, geen map', hint: 'Controleer de mapnamen in het pad; een ervan is een bestand.' },
    EISDIR: { reason: ': het is een map, geen bestand', hint: 'Verwijder of hernoem de map en zet er een bestand met die naam in de plaats.' },
    ENAMETOOLONG: { reason: ': het pad is te lang', hint: 'Zet het plan in een map met een kortere naam of minder niveaus diep.' },
    ELOOP: { reason: ': het pad bevat een kring van symbolische koppelingen', hint: 'Vervang de koppeling door het bestand zelf.' },
    EMFILE: { reason: ': te veel open bestanden', hint: 'Sluit andere programma\u2019s of verwerk minder plannen tegelijk, en probeer opnieuw.' },
  },
  en: {
    EACCES: { reason: ': you have no permission to read it', hint: 'Ask whoever manages the folder to let you read it, or copy the plan to a folder of your own.' },
    EPERM: { reason: ': the system does not allow reading it', hint: 'Ask whoever manages the folder to let you read it, or copy the plan to a folder of your own.' },
    EBUSY: { reason: ': another program keeps the file busy', hint: 'Close the program that has the file open and try again.' },
    EIO: { reason: ': the disk or network folder gave a read error', hint: 'Try again; if it keeps failing, copy the plan to another disk.' },
    ENOENT: { reason: ': the file disappeared while it was being read', hint: 'Check whether another program (sync, editor) moves the file, and try again.' },
    ENOTDIR: { reason: ': part of the path is a file, not a folder', hint: 'Check the folder names in the path; one of them is a file.' },
    EISDIR: { reason: ': it is a folder, not a file', hint: 'Remove or rename the folder and put a file of that name in its place.' },
    ENAMETOOLONG: { reason: ': the path is too long', hint: 'Move the plan to a folder with a shorter name or fewer levels deep.' },
    ELOOP: { reason: ': the path holds a loop of symbolic links', hint: 'Replace the link with the file itself.' },
    EMFILE: { reason: ': too many open files', hint: 'Close other programs or process fewer plans at once, and try again.' },
  },
};
const readHint: Record<BaseLanguage, string> = {
  nl: 'Controleer of u het bestand kunt openen in een editor, en of het niet door een ander programma bezet is.',
  en: 'Check that you can open the file in an editor, and that no other program keeps it busy.',
};

/**
 * Why a file cannot be read, from an error code or a detail that starts with one: the end of
 * the sentence (": u hebt geen leesrechten op het bestand (EACCES)") and a hint.
 */
export function readProblem(lang: MessageLanguage, codeOrDetail: unknown): { reason: string; hint: string } {
  const base = baseLanguage(lang);
  const code = /^(E[A-Z0-9]+)\b/.exec(String(codeOrDetail ?? ''))?.[1];
  const known = code ? readProblems[base][code] : undefined;
  if (known) return { reason: `${known.reason} (${code})`, hint: known.hint };
  return { reason: code ? ` (${code})` : '', hint: readHint[base] };
}
