import { resolve } from 'node:path';
import { messageLanguage, type MessageLanguage } from '../../messages/index.js';
import { renderReport } from '../../pipeline/render-report.js';
import { cliText } from '../../messages/cli.js';
import { EXIT, ExitError } from '../exit-error.js';
import { usageFolderError } from '../usage.js';
import { finishRender, renderOptions, type RenderCommandOptions } from './render.js';

export interface ReportCommandOptions extends RenderCommandOptions {
  year?: string;
}


/** `plan report`: the yearly progress report from monitoring/<year>.yaml, written like `plan render`. */
export async function reportCommand(dir: string, options: ReportCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new ExitError(EXIT.usage, cliText(cliLang ?? 'nl').reportRun.badYear(options.year));
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
