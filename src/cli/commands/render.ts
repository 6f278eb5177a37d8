import { basename, relative, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatStylish, noPaint, summaryLine, type Paint } from '../../diagnostics/format.js';
import { messageLanguage, type MessageLanguage } from '../../messages/index.js';
import { totalLine } from '../../findings-report/format-report.js';
import { writeResult, type RenderOutcome } from '../../pipeline/render-one.js';
import { isPattern } from '../../pipeline/plan-folders.js';
import { renderPlans } from '../../pipeline/render-plans.js';
import type { RenderOptions, RenderResult } from '../../pipeline/render-plan.js';
import { renderFormats, type RenderFormat } from '../../render/render-documents.js';
import { parseSourceDateEpoch } from '../../render/source-date.js';
import { EXIT, ExitError } from '../exit-error.js';
import { terminalPaint } from '../terminal.js';
import { folderErrorMessage, planFolders, refuseEmpty, worst } from '../usage.js';
import { cliText } from '../../messages/cli.js';
import { writeReason } from '../../messages/system-errors.js';

export interface RenderCommandOptions {
  out?: string;
  format: string;
  pdf?: boolean;
  templates?: string;
  lang?: string;
}


export function parseFormats(option: string, pdf: boolean, lang: MessageLanguage): RenderFormat[] {
  const formats = new Set<RenderFormat>();
  for (const part of option.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    const format = part === 'markdown' ? 'md' : part;
    if (!renderFormats.includes(format as RenderFormat)) throw new ExitError(EXIT.usage, cliText(lang).renderRun.unknownFormat(part));
    formats.add(format as RenderFormat);
  }
  if (pdf) formats.add('pdf');
  // `--format ,` names no format: rendering nothing and saying "written" would mislead.
  if (formats.size === 0) throw new ExitError(EXIT.usage, cliText(lang).renderRun.unknownFormat(option));
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
  if (!sourceDate.ok) throw new ExitError(EXIT.usage, cliText(cliLang ?? 'nl').renderRun.badSourceDate(sourceDate.value));
  return { formats, sourceDateEpoch: sourceDate.seconds };
}

export async function renderCommand(args: readonly string[], options: RenderCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  const { formats, sourceDateEpoch } = renderOptions(options);
  const cwd = process.cwd();
  const dirs = await planFolders(args, cwd, options.lang);
  // A pattern gets a folder per plan under --out even when it matches one plan: the layout follows the command, not the count.
  const outDirs = outFolders(dirs, options.out, cwd, cliLang ?? 'nl', dirs.length > 1 || args.some(isPattern));
  const planOptions: RenderOptions = {
    formats,
    templatesDir: options.templates === undefined ? undefined : resolve(cwd, options.templates),
    cwd,
    sourceDateEpoch,
  };
  const paint = terminalPaint();
  const several = dirs.length > 1;
  const outcomes: RenderOutcome[] = [];
  let status: number = EXIT.ok;
  await renderPlans(
    dirs.map((dir, i) => ({ dir, outDir: outDirs[i] })),
    planOptions,
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
    if (other !== undefined) throw new ExitError(EXIT.usage, cliText(lang).renderRun.sameName(other, dir, name));
    seen.set(name, dir);
    return resolve(cwd, out, name);
  });
}

/** Prints what became of one plan and returns its exit status. */
export function reportOutcome(outcome: RenderOutcome, context: { several: boolean; cliLang?: MessageLanguage; cwd: string; paint?: Paint }): number {
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
    process.stdout.write(`${summaryLine(outcome.diagnostics, lang)} — ${cliText(lang).renderRun.seeValidate(shownDir)}\n`);
  } else if (problems) {
    process.stdout.write(
      formatStylish(outcome.diagnostics, { lang, dir: shownDir, color: paint !== undefined, paint, lines: (file) => outcome.lines[file] }),
    );
    return EXIT.problems;
  }
  if (outcome.writeError) {
    const { path, reason, changed } = outcome.writeError;
    const what = changed.length > 0 ? cliText(lang).renderRun.changed(changed.map((f) => relative(cwd, f)).join(', ')) : cliText(lang).renderRun.unchanged;
    const message = `${cliText(lang).renderRun.cannotWrite(relative(cwd, path), writeReason(reason, lang))}\n${what}`;
    if (!several) throw new ExitError(EXIT.usage, message);
    process.stderr.write(`${message}\n`);
    return EXIT.usage;
  }
  process.stdout.write(`${cliText(lang).renderRun.written}\n${outcome.written.map((f) => `  ${relative(cwd, f)}`).join('\n')}\n`);
  return EXIT.ok;
}

/** What `plan report` does with its result: as `plan render` does with one plan. */
export async function finishRender(result: RenderResult, dir: string, cliLang: MessageLanguage | undefined): Promise<void> {
  const outcome = await writeResult(dir, result);
  const status = reportOutcome(outcome, { several: false, cliLang, cwd: process.cwd(), paint: terminalPaint() });
  if (status !== EXIT.ok) throw new ExitError(status);
}
