import { relative, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, summaryLine, terminalPaint } from '../../diagnostics/format.js';
import { messageLanguage, type MessageLanguage } from '../../diagnostics/messages.js';
import { renderFormats, renderPlan, type RenderFormat, type RenderResult } from '../../render/render-plan.js';
import { OutputWriteError, writeRenderedFiles } from '../../render/write-files.js';
import { EXIT, ExitError } from '../exit-error.js';
import { useColor } from '../terminal.js';
import { usageFolderError } from '../usage.js';

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
    cannotWrite: (path: string, reason: string) => `Kan '${path}' niet schrijven (${reason}). Kies een andere map met --out, of pas de rechten van de map aan. Een eerder bestand met die naam is niet gewijzigd.`,
  },
  en: {
    unknownFormat: (f: string) => `Unknown format '${f}'. Choose from: html, md, pdf (e.g. --format html,md).`,
    written: 'Written:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` lists them.`,
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

export function parseFormats(option: string, pdf: boolean, lang: MessageLanguage): RenderFormat[] {
  const formats = new Set<RenderFormat>();
  for (const part of option.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    const format = part === 'markdown' ? 'md' : part;
    if (!renderFormats.includes(format as RenderFormat)) throw new ExitError(EXIT.usage, text[lang].unknownFormat(part));
    formats.add(format as RenderFormat);
  }
  if (pdf) formats.add('pdf');
  return renderFormats.filter((f) => formats.has(f));
}

export async function renderCommand(dir: string, options: RenderCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  const formats = parseFormats(options.format, options.pdf === true, cliLang ?? 'nl');
  const cwd = process.cwd();
  const result = await renderPlan(dir, {
    formats,
    outDir: options.out === undefined ? undefined : resolve(cwd, options.out),
    templatesDir: options.templates === undefined ? undefined : resolve(cwd, options.templates),
    cwd,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
  }).catch(usageFolderError(options.lang));
  await finishRender(result, dir, cliLang);
}

/**
 * What `plan render` and `plan report` do with a result: print the problems as `plan validate`
 * does (or one line for warnings), exit 1 on errors, else write every file atomically.
 */
export async function finishRender(result: RenderResult, dir: string, cliLang: MessageLanguage | undefined): Promise<void> {
  const cwd = process.cwd();
  const lang = cliLang ?? messageLanguage(result.check.language);
  const shownDir = relative(cwd, dir) || '.';
  const problems = hasErrors(result.diagnostics);
  // Same output as `plan validate`, so a user sees one way of reporting problems.
  if (!problems && result.diagnostics.length > 0) {
    // Warnings do not stop a render; listing them all on every render would bury the result.
    process.stdout.write(`${summaryLine(result.diagnostics, lang)} — ${text[lang].seeValidate(shownDir)}\n`);
  } else if (problems) {
    process.stdout.write(
      formatDiagnostics('stylish', result.diagnostics, {
        lang,
        dir: shownDir,
        color: useColor(process.stdout),
        paint: terminalPaint(useColor(process.stdout)),
        lines: (file) => result.check.sources.get(file)?.lines ?? result.templateLines.get(file),
      }),
    );
  }
  if (problems) throw new ExitError(EXIT.problems);
  try {
    await writeRenderedFiles(result.files);
  } catch (error) {
    if (error instanceof OutputWriteError) throw new ExitError(EXIT.usage, text[lang].cannotWrite(relative(cwd, error.path), writeReason(error.reason, lang)));
    throw error;
  }
  process.stdout.write(`${text[lang].written}\n${result.files.map((f) => `  ${relative(cwd, f.path)}`).join('\n')}\n`);
}
