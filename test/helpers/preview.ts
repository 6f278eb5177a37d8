import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { planBin, repoRoot } from './cli.js';

export interface RunningPreview {
  /** http://127.0.0.1:<port>/ as printed by the CLI. */
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Everything printed so far. */
  output(): string;
  /** Waits until the output matches. */
  waitForOutput(pattern: RegExp, ms?: number): Promise<void>;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Every preview a test started: none may outlive the test run, even when a test fails halfway. */
const running = new Set<ChildProcessWithoutNullStreams>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts the real `plan preview` and waits for its address; killed after `timeoutMs` whatever happens. */
export async function startPreview(args: string[], timeoutMs = 120_000): Promise<RunningPreview> {
  const child = spawn(process.execPath, [planBin, 'preview', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: string) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout.setEncoding('utf8').on('data', onData);
  child.stderr.setEncoding('utf8').on('data', onData);
  const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => {
      clearTimeout(killer);
      running.delete(child);
      resolve({ status, signal });
    }),
  );

  const waitForOutput = (pattern: RegExp, ms = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`plan preview did not print ${pattern} within ${ms} ms; it printed:\n${output}`));
      }, ms);
      listeners.add(check);
      void ended.then(() => {
        if (!pattern.test(output)) {
          clearTimeout(timer);
          listeners.delete(check);
          reject(new Error(`plan preview ended before printing ${pattern}; it printed:\n${output}`));
        }
      });
      check();
    });

  await waitForOutput(/http:\/\/127\.0\.0\.1:\d+\//);
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)![0];
  return {
    url,
    child,
    output: () => output,
    waitForOutput,
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return ended;
    },
  };
}
