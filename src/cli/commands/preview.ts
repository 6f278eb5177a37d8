import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatStylish, summaryLine } from '../../diagnostics/format.js';
import { messageLanguage, type MessageLanguage } from '../../messages/index.js';
import { PlanFolderError } from '../../load/load-plan.js';
import { planFiles } from '../../load/plan-files.js';
import { cliText } from '../../messages/cli.js';
import { previewText } from '../../messages/preview.js';
import { openBrowser } from '../../preview/open-browser.js';
import { PortUnavailableError, startServer } from '../../preview/server.js';
import { PreviewSession, type PreviewUpdate } from '../../preview/session.js';
import { EXIT, ExitError } from '../exit-error.js';
import { terminalPaint } from '../terminal.js';
import { usageFolderError } from '../usage.js';
import { shownPath } from '../write-failure.js';

export interface PreviewCommandOptions {
  port?: string;
  open?: boolean;
  templates?: string;
  lang?: string;
}

function parsePort(value: string | undefined, lang: MessageLanguage): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new ExitError(EXIT.usage, previewText(lang).badPort(value));
  return port;
}

/** `plan preview`: serve the plan, re-render on every save, until Ctrl-C. */
export async function previewCommand(dir: string, options: PreviewCommandOptions): Promise<void> {
  const cliLang = options.lang ? messageLanguage(options.lang) : undefined;
  const port = parsePort(options.port, cliLang ?? 'nl');
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) usageFolderError(options.lang)(new PlanFolderError(info ? 'folder-not-directory' : 'folder-missing', dir));

  const cwd = process.cwd();
  const templatesDir = options.templates === undefined ? undefined : resolve(cwd, options.templates);
  const session = new PreviewSession({ dir, cwd, templatesDir, lang: cliLang });
  const server = await startServer(session, port).catch((error: unknown) => {
    if (error instanceof PortUnavailableError) throw new ExitError(EXIT.usage, previewText(cliLang ?? 'nl')[error.reason === 'in-use' ? 'portInUse' : 'portNotAllowed'](error.port));
    throw error;
  });
  const text = previewText(cliLang ?? 'nl');
  const watched = [`${shownPath(resolve(cwd, dir))}: ${planFiles.map((f) => f.file).join(', ')}`, ...(templatesDir ? [`${shownPath(templatesDir)}/html`] : [])];
  process.stdout.write(`${text.listening(server.url)}\n${text.watching(watched.join('; '))}\n${text.stopHint}\n\n`);

  session.onUpdate((update) => {
    process.stdout.write(report(update));
    // As the entry point reports an unexpected error, but the preview goes on.
    if (update.bug !== undefined) {
      const detail = update.bug instanceof Error ? (update.bug.stack ?? update.bug.message) : String(update.bug);
      process.stderr.write(`${cliText(update.lang).bug}\n${detail}\n`);
    }
  });
  const stop = new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await session.start();
  if (options.open && !(await openBrowser(server.url))) process.stdout.write(`${text.openFailed(server.url)}\n`);

  await stop;
  // A second Ctrl-C while closing ends at once.
  process.once('SIGINT', () => process.exit(130));
  await server.close();
  await session.close();
  process.stdout.write(`\n${previewText(session.state.lang).stopped}\n`);
}

/** The same report as `plan render`: errors in full, warnings as one line. */
function report(update: PreviewUpdate): string {
  const text = previewText(update.lang);
  const time = new Date().toLocaleTimeString(update.lang === 'en' ? 'en-GB' : update.lang === 'nl-NL' ? 'nl-NL' : 'nl-BE');
  if (hasErrors(update.diagnostics)) {
    const paint = terminalPaint();
    const list = formatStylish(update.diagnostics, { lang: update.lang, dir: update.shownDir, color: paint !== undefined, paint, lines: update.lines });
    return `${time}\n${list}${text.problemsShown}\n\n`;
  }
  if (update.made === 'none') return '';
  const warnings = update.diagnostics.length > 0 ? ` — ${summaryLine(update.diagnostics, update.lang)}` : '';
  return `${time} ${text.updated(update.made.toUpperCase(), update.ms)}${update.made === 'html' ? warnings : ''}\n`;
}
