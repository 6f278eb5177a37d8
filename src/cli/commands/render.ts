import { basename, relative, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatStylish, noPaint, summaryLine, type Paint } from '../../diagnostics/format.js';
import { messageLanguage, type MessageLanguage } from '../../diagnostics/messages.js';
import { totalLine } from '../../diagnostics/report.js';
import type { RenderOutcome } from '../../plans/render-one.js';
import { isPattern } from '../../plans/plan-folders.js';
import { renderPlans } from '../../plans/render-plans.js';
import { renderFormats, type RenderFormat, type RenderOptions } from '../../render/render-plan.js';
import { EXIT, ExitError } from '../exit-error.js';
import { terminalPaint } from '../terminal.js';
import { folderErrorMessage, planFolders, worst } from '../usage.js';

export interface RenderCommandOptions {
  out?: string;
  format: string;
  pdf?: boolean;
  templates?: string;
  lang?: string;
}

const text = {
  nl: {
    unknownFormat: (f: string) => `Onbekend formaat '${f}'. Kies uit: html, md, pdf (bv. --format html,md).`,
    written: 'Geschreven:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` toont ze.`,
    sameName: (a: string, b: string, name: string) => `'${a}' en '${b}' zouden allebei in --out/${name} komen. Render ze apart, elk met een eigen --out.`,
    cannotWrite: (path: string, reason: string) => `Kan '${path}' niet schrijven (${reason}). Kies een andere map met --out, of pas de rechten van de map aan. Een eerder bestand met die naam is niet gewijzigd.`,
  },
  en: {
    unknownFormat: (f: string) => `Unknown format '${f}'. Choose from: html, md, pdf (e.g. --format html,md).`,
    written: 'Written:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` lists them.`,
    sameName: (a: string, b: string, name: string) => `'${a}' and '${b}' would both go into --out/${name}. Render them apart, each with its own --out.`,
    cannotWrite: (path: string, reason: string) => `Cannot write '${path}' (${reason}). Choose another folder with --out, or fix the folder's permissions. An earlier file of that name is unchanged.`,
  },
} satisfies Record<MessageLanguage, unknown>;

/** The file system's error code in the user's words, with the code kept for a helper. */
const writeReasons: Record<MessageLanguage, Record<string, string>> = {
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
  },
};

function writeReason(code: string, lang: MessageLanguage): string {
  const words = writeReasons[lang][code];
  return words ? `${words}, ${code}` : code;
}

function parseFormats(option: string, pdf: boolean, lang: MessageLanguage): RenderFormat[] {
  const formats = new Set<RenderFormat>();
  for (const part of option.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    const format = part === 'markdown' ? 'md' : part;
    if (!renderFormats.includes(format as RenderFormat)) throw new ExitError(EXIT.usage, text[lang].unknownFormat(part));
    formats.add(format as RenderFormat);
  }
  if (pdf) formats.add('pdf');
  return renderFormats.filter((f) => formats.has(f));
}

export async function renderCommand(args: readonly string[], options: RenderCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  const formats = parseFormats(options.format, options.pdf === true, cliLang ?? 'nl');
  const cwd = process.cwd();
  const dirs = await planFolders(args, cwd, options.lang);
  // A pattern gets a folder per plan under --out even when it matches one plan: the layout follows the command, not the count.
  const outDirs = outFolders(dirs, options.out, cwd, cliLang ?? 'nl', dirs.length > 1 || args.some(isPattern));
  const renderOptions: RenderOptions = {
    formats,
    templatesDir: options.templates === undefined ? undefined : resolve(cwd, options.templates),
    cwd,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
  };
  const paint = terminalPaint();
  const several = dirs.length > 1;
  const outcomes: RenderOutcome[] = [];
  let status: number = EXIT.ok;
  await renderPlans(
    dirs.map((dir, i) => ({ dir, outDir: outDirs[i] })),
    renderOptions,
    (outcome) => {
      outcomes.push(outcome);
      status = worst(status, reportOutcome(outcome, { several, cliLang, cwd, paint }));
    },
  );
  if (several) process.stdout.write(`\n${totalLine(outcomes, cliLang ?? messageLanguage(outcomes.find((o) => o.language)?.language))}\n`);
  if (status !== EXIT.ok) throw new ExitError(status);
}

/** With several plans or a pattern, `--out dist` puts each plan in `dist/<folder name>`; two plans of one name would overwrite each other. */
function outFolders(dirs: readonly string[], out: string | undefined, cwd: string, lang: MessageLanguage, perPlan: boolean): Array<string | undefined> {
  if (out === undefined) return dirs.map(() => undefined);
  if (!perPlan) return dirs.map(() => resolve(cwd, out));
  const seen = new Map<string, string>();
  return dirs.map((dir) => {
    const name = basename(resolve(cwd, dir));
    const other = seen.get(name);
    if (other !== undefined) throw new ExitError(EXIT.usage, text[lang].sameName(other, dir, name));
    seen.set(name, dir);
    return resolve(cwd, out, name);
  });
}

/** Prints what became of one plan and returns its exit status. */
function reportOutcome(outcome: RenderOutcome, context: { several: boolean; cliLang?: MessageLanguage; cwd: string; paint?: Paint }): number {
  const { several, cliLang, cwd, paint } = context;
  const shownDir = relative(cwd, outcome.dir) || '.';
  const head = several ? `${(paint ?? noPaint).bold(shownDir)}\n` : '';
  if (outcome.folderError) {
    const message = folderErrorMessage(cliLang, outcome.folderError);
    if (!several) throw new ExitError(EXIT.usage, message);
    process.stderr.write(`${message}\n`);
    return EXIT.usage;
  }
  const lang = cliLang ?? messageLanguage(outcome.language);
  if (several) process.stdout.write(`\n${head}`);
  const problems = hasErrors(outcome.diagnostics);
  // Same output as `plan validate`, so a user sees one way of reporting problems.
  if (!problems && outcome.diagnostics.length > 0) {
    // Warnings do not stop a render; listing them all on every render would bury the result.
    process.stdout.write(`${summaryLine(outcome.diagnostics, lang)} — ${text[lang].seeValidate(shownDir)}\n`);
  } else if (problems) {
    process.stdout.write(
      formatStylish(outcome.diagnostics, { lang, dir: shownDir, color: paint !== undefined, paint, lines: (file) => outcome.lines[file] }),
    );
    return EXIT.problems;
  }
  if (outcome.writeError) {
    const message = text[lang].cannotWrite(relative(cwd, outcome.writeError.path), writeReason(outcome.writeError.reason, lang));
    if (!several) throw new ExitError(EXIT.usage, message);
    process.stderr.write(`${message}\n`);
    return EXIT.usage;
  }
  process.stdout.write(`${text[lang].written}\n${outcome.written.map((f) => `  ${relative(cwd, f)}`).join('\n')}\n`);
  return EXIT.ok;
}
