import { relative, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, summaryLine, terminalPaint } from '../../diagnostics/format.js';
import { messageLanguage, type MessageLanguage } from '../../diagnostics/messages.js';
import { renderFormats, renderPlan, type RenderFormat, type RenderResult } from '../../render/render-plan.js';
import { parseSourceDateEpoch } from '../../render/source-date.js';
import { OutputWriteError, writeRenderedFiles } from '../../render/write-files.js';
import { EXIT, ExitError } from '../exit-error.js';
import { writeReason } from './write-messages.js';
import { useColor } from '../terminal.js';
import { refuseEmpty, usageFolderError } from '../usage.js';

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
    badSourceDate: (v: string) => `SOURCE_DATE_EPOCH is '${v}', geen geheel aantal seconden sinds 1970 (bv. 1767225600 voor 1 januari 2026). Pas de variabele aan of maak ze leeg; dan geldt de datum van het plan.`,
    written: 'Geschreven:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` toont ze.`,
    cannotWrite: (path: string, reason: string) => `Kan '${path}' niet schrijven (${reason}). Kies een andere map met --out, pas de rechten van de map aan, of sluit het bestand als een ander programma het open heeft.`,
    unchanged: 'Geen enkel uitvoerbestand is gewijzigd.',
    changed: (files: string) => `Let op: deze bestanden zijn al vervangen en konden niet teruggezet worden: ${files}. De andere uitvoerbestanden zijn niet gewijzigd.`,
  },
  en: {
    unknownFormat: (f: string) => `Unknown format '${f}'. Choose from: html, md, pdf (e.g. --format html,md).`,
    badSourceDate: (v: string) => `SOURCE_DATE_EPOCH is '${v}', not a whole number of seconds since 1970 (e.g. 1767225600 for 1 January 2026). Fix the variable or empty it; the plan's own date is used then.`,
    written: 'Written:',
    seeValidate: (dir: string) => `\`plan validate ${dir}\` lists them.`,
    cannotWrite: (path: string, reason: string) => `Cannot write '${path}' (${reason}). Choose another folder with --out, fix the folder's permissions, or close the file if another program has it open.`,
    unchanged: 'No output file was changed.',
    changed: (files: string) => `Note: these files were already replaced and could not be put back: ${files}. The other output files are unchanged.`,
  },
} satisfies Record<MessageLanguage, unknown>;

export function parseFormats(option: string, pdf: boolean, lang: MessageLanguage): RenderFormat[] {
  const formats = new Set<RenderFormat>();
  for (const part of option.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    const format = part === 'markdown' ? 'md' : part;
    if (!renderFormats.includes(format as RenderFormat)) throw new ExitError(EXIT.usage, text[lang].unknownFormat(part));
    formats.add(format as RenderFormat);
  }
  if (pdf) formats.add('pdf');
  // `--format ,` names no format: rendering nothing and saying "written" would mislead.
  if (formats.size === 0) throw new ExitError(EXIT.usage, text[lang].unknownFormat(option));
  return renderFormats.filter((f) => formats.has(f));
}

/** The options `plan render` and `plan report` share, checked: the formats and the PDF's creation date. */
export function renderOptions(options: Pick<RenderCommandOptions, 'format' | 'out' | 'templates' | 'pdf' | 'lang'>): { formats: RenderFormat[]; sourceDateEpoch: number | undefined } {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  refuseEmpty(options.format, '--format', '--format html,md', options.lang);
  refuseEmpty(options.out, '--out', '--out uit', options.lang);
  refuseEmpty(options.templates, '--templates', '--templates huisstijl', options.lang);
  const formats = parseFormats(options.format, options.pdf === true, cliLang ?? 'nl');
  // Only the PDF carries a creation date; a malformed value stops the render, as the specification asks.
  const sourceDate = parseSourceDateEpoch(formats.includes('pdf') ? process.env.SOURCE_DATE_EPOCH : undefined);
  if (!sourceDate.ok) throw new ExitError(EXIT.usage, text[cliLang ?? 'nl'].badSourceDate(sourceDate.value));
  return { formats, sourceDateEpoch: sourceDate.seconds };
}

export async function renderCommand(dir: string, options: RenderCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  const { formats, sourceDateEpoch } = renderOptions(options);
  const cwd = process.cwd();
  const result = await renderPlan(dir, {
    formats,
    outDir: options.out === undefined ? undefined : resolve(cwd, options.out),
    templatesDir: options.templates === undefined ? undefined : resolve(cwd, options.templates),
    cwd,
    sourceDateEpoch,
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
    if (error instanceof OutputWriteError) {
      const outcome = error.changed.length > 0 ? text[lang].changed(error.changed.map((f) => relative(cwd, f)).join(', ')) : text[lang].unchanged;
      throw new ExitError(EXIT.usage, `${text[lang].cannotWrite(relative(cwd, error.path), writeReason(error.reason, lang))}\n${outcome}`);
    }
    throw error;
  }
  process.stdout.write(`${text[lang].written}\n${result.files.map((f) => `  ${relative(cwd, f.path)}`).join('\n')}\n`);
}
