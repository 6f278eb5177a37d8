import { resolve } from 'node:path';
import { messageLanguage, type MessageLanguage } from '../../diagnostics/messages.js';
import { renderReport } from '../../pipeline/render-report.js';
import { EXIT, ExitError } from '../exit-error.js';
import { usageFolderError } from '../usage.js';
import { finishRender, renderOptions, type RenderCommandOptions } from './render.js';

export interface ReportCommandOptions extends RenderCommandOptions {
  year?: string;
}

const text = {
  nl: { badYear: (y: string) => `'${y}' is geen jaartal. Geef het jaar van het rapport met vier cijfers, bv. --year 2023.` },
  en: { badYear: (y: string) => `'${y}' is not a year. Give the report's year in four digits, e.g. --year 2023.` },
} satisfies Record<MessageLanguage, unknown>;

/** `plan report`: the yearly progress report from monitoring/<year>.yaml, written like `plan render`. */
export async function reportCommand(dir: string, options: ReportCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new ExitError(EXIT.usage, text[cliLang ?? 'nl'].badYear(options.year));
  const { formats, sourceDateEpoch } = renderOptions(options);
  const cwd = process.cwd();
  const result = await renderReport(dir, {
    year: options.year === undefined ? undefined : Number(options.year),
    formats,
    outDir: options.out === undefined ? undefined : resolve(cwd, options.out),
    templatesDir: options.templates === undefined ? undefined : resolve(cwd, options.templates),
    cwd,
    sourceDateEpoch,
  }).catch(usageFolderError(options.lang));
  await finishRender(result, dir, cliLang);
}
