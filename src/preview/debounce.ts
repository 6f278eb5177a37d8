/**
 * Turns a burst of file events into one run of a task. Editors save in several steps (write
 * a temporary file, rename it, touch the folder), and fs.watch reports each of them, often
 * twice: the task runs once things have been quiet for `delayMs`. Runs never overlap; a
 * change that arrives during a run starts one more run after it, so the last save always
 * gets rendered.
 */
export interface Debouncer {
  /** Something changed. */
  trigger(): void;
  /** A change arrived that no run has started on yet. */
  readonly pending: boolean;
  /** No run starts after this; resolves when the running one (if any) has ended. */
  stop(): Promise<void>;
}

/** `task` should not reject; if it does, `onError` hears of it and later runs go on. */
export function debounce(task: () => Promise<void>, delayMs: number, onError: (error: unknown) => void = () => {}): Debouncer {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let dirty = false;
  let stopped = false;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(fire, delayMs);
  };

  function fire(): void {
    timer = undefined;
    // A run is busy: it schedules the next one when it ends.
    if (running || stopped || !dirty) return;
    dirty = false;
    running = task()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (dirty && !stopped && !timer) schedule();
      });
  }

  return {
    trigger() {
      if (stopped) return;
      dirty = true;
      schedule();
    },
    get pending() {
      return dirty;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
