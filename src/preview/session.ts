import { basename, dirname, join, relative, resolve } from 'node:path';
import { countDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticParts, type DiagnosticParts } from '../diagnostics/format.js';
import { messageLanguage, type MessageLanguage } from '../messages/index.js';
import { PlanFolderError } from '../load/load-plan.js';
import { planFiles } from '../load/plan-files.js';
import { renderPlan, type RenderResult } from '../pipeline/render-plan.js';
import type { RenderFormat } from '../render/render-documents.js';
import { debounce, type Debouncer } from './debounce.js';
import { watchFolders, type FolderWatcher, type WatchTarget } from './watch.js';

export interface PreviewOptions {
  /** The plan folder. */
  dir: string;
  /** Folder that file names in messages are shown relative to. */
  cwd: string;
  /** `--templates`: html/ partials that replace shipped ones. */
  templatesDir?: string;
  /** `--lang`; without it, the plan's language, else Dutch. */
  lang?: MessageLanguage;
  /** Quiet time after the last file event before rendering. */
  debounceMs?: number;
}

/** What the browser shows; sent to every open page on each change. */
export interface PreviewState {
  /** Counts up with each document without errors; 0 until the first. */
  version: number;
  /** The version the PDF was made from; 0 when there is none yet. */
  pdfVersion: number;
  lang: MessageLanguage;
  /** The problems of the latest render, in the user's language, as the terminal shows them. */
  problems: DiagnosticParts[];
  errors: number;
  warnings: number;
}

/** One render, for the terminal. */
export interface PreviewUpdate {
  /** What was made: the HTML, the PDF, or neither (the plan has errors). */
  made: 'html' | 'pdf' | 'none';
  ms: number;
  diagnostics: readonly Diagnostic[];
  /** Source lines by file, for code frames. */
  lines: (file: string) => readonly string[] | undefined;
  lang: MessageLanguage;
  /** Folder shown before file names in messages. */
  shownDir: string;
  /** An unexpected error (a bug in plan), for the terminal to show in full. */
  bug?: unknown;
}

/** Twenty milliseconds catches the several writes of one save and costs little of the 100 ms budget. */
const DEFAULT_DEBOUNCE_MS = 20;

/**
 * The preview's core: keeps the last good HTML and PDF of a plan in memory and makes new ones
 * in this same process whenever a watched file changes. Nothing is written to disk. It never
 * prints: listeners hear of each update.
 */
export class PreviewSession {
  /** The last document without errors, exactly as `plan render` writes it. */
  html: string | undefined;
  pdf: Uint8Array | undefined;
  state: PreviewState;
  /** Whether a PDF is wanted after each new HTML (a PDF page is open). */
  wantsPdf: () => boolean = () => false;

  private readonly debouncer: Debouncer;
  private watcher: FolderWatcher | undefined;
  private readonly listeners = new Set<(update: PreviewUpdate, state: PreviewState) => void>();
  /** One render at a time: the HTML after a save and a PDF asked for by a page share this chain. */
  private busy: Promise<void> = Promise.resolve();
  /** The logo named by the last plan.yaml that could be read, to watch it. */
  private logo: string | undefined;
  private readonly shownDir: string;

  constructor(private readonly options: PreviewOptions) {
    this.shownDir = relative(options.cwd, options.dir) || '.';
    this.state = { version: 0, pdfVersion: 0, lang: options.lang ?? 'nl', problems: [], errors: 0, warnings: 0 };
    this.debouncer = debounce(() => this.exclusive(() => this.refresh()), options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** Watching, then the first render: a save during that render is not missed. */
  async start(): Promise<void> {
    this.watcher = watchFolders(this.watchTargets(), () => this.debouncer.trigger());
    await this.exclusive(() => this.refresh());
  }

  onUpdate(listener: (update: PreviewUpdate, state: PreviewState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The PDF of the current document, made now when it is older than the HTML. */
  async currentPdf(): Promise<Uint8Array | undefined> {
    if (this.state.version > 0 && this.state.pdfVersion !== this.state.version) await this.exclusive(() => this.refreshPdf());
    return this.pdf;
  }

  async close(): Promise<void> {
    this.watcher?.close();
    await this.debouncer.stop();
    await this.busy;
    this.listeners.clear();
  }

  private exclusive(run: () => Promise<void>): Promise<void> {
    const next = this.busy.then(run);
    // A failed run must not block the ones after it; run() itself reports its problems.
    this.busy = next.catch(() => {});
    return next;
  }

  /** Validate and render the HTML; then the PDF, when a page shows it and no newer save waits. */
  private async refresh(): Promise<void> {
    const started = performance.now();
    const result = await this.render(['html']);
    if (result === undefined) return;
    const file = result.files[0];
    if (file && typeof file.data === 'string') {
      this.html = file.data;
      this.state.version += 1;
    }
    // Watch a newly named logo before the update is announced: a save right after it counts.
    this.watcher?.update(this.watchTargets());
    this.publish(file ? 'html' : 'none', started, result);
    if (file && this.wantsPdf() && !this.debouncer.pending) await this.refreshPdf();
  }

  private async refreshPdf(): Promise<void> {
    if (this.state.pdfVersion === this.state.version) return;
    const started = performance.now();
    const version = this.state.version;
    const result = await this.render(['pdf']);
    const file = result?.files[0];
    // The files may have changed since the HTML; the next refresh brings both up to date.
    if (!result || !file || typeof file.data === 'string') return;
    this.pdf = file.data;
    this.state.pdfVersion = version;
    this.publish('pdf', started, result);
  }

  /** renderPlan, with every failure turned into a diagnostic: a preview never stops on a bad save. */
  private async render(formats: RenderFormat[]): Promise<RenderResult | undefined> {
    const { dir, cwd, templatesDir } = this.options;
    try {
      const result = await renderPlan(dir, { formats, cwd, templatesDir });
      this.logo = planLogo(result) ?? this.logo;
      return result;
    } catch (error) {
      const bug = error instanceof PlanFolderError ? undefined : error;
      this.report('none', performance.now(), [failure(error, this.shownDir)], () => undefined, this.options.lang ?? this.state.lang, bug);
      return undefined;
    }
  }

  private publish(made: PreviewUpdate['made'], started: number, result: RenderResult): void {
    const lang = this.options.lang ?? messageLanguage(result.check.language);
    const lines = (file: string): readonly string[] | undefined => result.check.sources.get(file)?.lines ?? result.templateLines.get(file);
    this.report(made, started, result.diagnostics, lines, lang);
  }

  private report(made: PreviewUpdate['made'], started: number, diagnostics: readonly Diagnostic[], lines: PreviewUpdate['lines'], lang: MessageLanguage, bug?: unknown): void {
    const counts = countDiagnostics(diagnostics);
    // The PDF's render repeats the HTML's problems: the state keeps them as they are.
    if (made !== 'pdf') {
      const problems = diagnostics.map((d) => diagnosticParts(d, { lang, dir: this.shownDir, lines }));
      this.state = { ...this.state, lang, problems, errors: counts.error, warnings: counts.warning };
    }
    const update: PreviewUpdate = { made, ms: Math.round(performance.now() - started), diagnostics, lines, lang, shownDir: this.shownDir, bug };
    for (const listener of this.listeners) listener(update, this.state);
  }

  /** The five plan files, the plan folder itself, the logo, and the html/ partials of --templates. */
  private watchTargets(): WatchTarget[] {
    const dir = resolve(this.options.dir);
    const names = new Set<string>(planFiles.map((f) => f.file));
    const targets: WatchTarget[] = [
      { dir, accepts: (name) => name === null || names.has(name) },
      // The folder that holds the plan sees the plan folder itself go and come back (a
      // rename, a git checkout): the watch on the old folder is dead then.
      { dir: dirname(dir), accepts: (name) => name === basename(dir) },
    ];
    if (this.logo) {
      const logo = resolve(dir, this.logo);
      targets.push({ dir: dirname(logo), accepts: (name) => name === null || name === basename(logo) });
    }
    const templates = this.options.templatesDir;
    if (templates) {
      // The parent sees html/ appear; html/ itself sees its partials change.
      targets.push({ dir: resolve(templates), accepts: (name) => name === null || name === 'html' });
      targets.push({ dir: join(resolve(templates), 'html'), accepts: (name) => name === null || name.endsWith('.hbs') });
    }
    return targets;
  }
}

/** Why a render could not even start: the folder went away, or a bug. */
function failure(error: unknown, dir: string): Diagnostic {
  if (error instanceof PlanFolderError) {
    const kind = error.code === 'folder-not-directory' ? 'file' : 'missing';
    return { code: 'preview-folder-gone', severity: 'error', params: { dir, kind } };
  }
  return { code: 'preview-render-failed', severity: 'error', params: {} };
}

function planLogo(result: RenderResult): string | undefined {
  const logo = result.check.model?.plan.style?.logo;
  return typeof logo === 'string' ? logo : undefined;
}
