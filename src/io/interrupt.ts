import { renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';

/**
 * Cleanup that must run when the user interrupts a write (Ctrl-C, SIGTERM, a closed
 * terminal): a killed render left `.plan.html.<pid>.<hex>.tmp` beside the output for ever,
 * and one killed between two renames would leave a mix of old and new files. Each write in
 * progress registers an undo step; on a signal every step runs synchronously (there is no
 * later turn of the event loop), and the process then dies of the same signal, so its exit
 * status still says it was interrupted (130 for SIGINT, 143 for SIGTERM).
 */

export type UndoStep = { remove: string } | { restore: string; from: string };

const pending = new Set<UndoStep[]>();
const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function undo(steps: readonly UndoStep[]): void {
  // Newest first: a restored target must not then be removed as a new file.
  for (const step of [...steps].reverse()) {
    try {
      if ('remove' in step) rmSync(step.remove, { force: true });
      else renameSync(step.from, step.restore);
    } catch {
      // Best effort: the process is going down; the next run sweeps what is left.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const steps of pending) undo(steps);
  pending.clear();
  for (const name of signals) process.removeListener(name, onSignal);
  process.kill(process.pid, signal);
  // Should another listener keep the process alive (the signal's default action then does
  // not run), end it as a shell would report the signal.
  setImmediate(() => process.exit(128 + (constants.signals[signal] ?? 0)));
}

/**
 * Runs `work` with `steps` (which it fills as it goes) undone on an interrupting signal.
 * The handlers are installed only while some write is in progress, so Ctrl-C at any other
 * moment keeps Node's default behaviour.
 */
export async function undoOnInterrupt<T>(steps: UndoStep[], work: () => Promise<T>): Promise<T> {
  if (pending.size === 0) for (const name of signals) process.on(name, onSignal);
  pending.add(steps);
  try {
    return await work();
  } finally {
    pending.delete(steps);
    if (pending.size === 0) for (const name of signals) process.removeListener(name, onSignal);
  }
}
