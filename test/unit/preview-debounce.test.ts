import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/preview/debounce.js';

/** A task whose runs the test ends by hand, to see what happens to changes during a run. */
function controlledTask() {
  const runs: Array<() => void> = [];
  const task = vi.fn(() => new Promise<void>((resolve) => runs.push(resolve)));
  return { task, finish: () => runs.shift()?.() };
}

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst of changes, after the quiet time', async () => {
    const task = vi.fn(async () => {});
    const d = debounce(task, 20);
    for (let i = 0; i < 10; i++) {
      d.trigger();
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(task).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('never overlaps runs, and runs once more for changes made during a run', async () => {
    const { task, finish } = controlledTask();
    const d = debounce(task, 10);
    d.trigger();
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(1);
    // Three saves while the first render is busy: one more render, after it.
    d.trigger();
    d.trigger();
    await vi.advanceTimersByTimeAsync(50);
    d.trigger();
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('goes on after a run that failed, and tells onError', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const d = debounce(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('half-saved file');
      },
      10,
      (error) => errors.push(error),
    );
    d.trigger();
    await vi.advanceTimersByTimeAsync(10);
    d.trigger();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it('starts nothing after stop, and stop waits for the running task', async () => {
    const { task, finish } = controlledTask();
    const d = debounce(task, 10);
    d.trigger();
    await vi.advanceTimersByTimeAsync(10);
    d.trigger();
    let stopped = false;
    const stopping = d.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    d.trigger();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
