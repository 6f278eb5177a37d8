import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const planBin = join(repoRoot, 'bin', 'plan');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const examplesDir = join(repoRoot, 'examples');

/**
 * A run of the CLI this long is a hang, not a slow machine: the biggest corpus cases take a
 * few seconds alone, but side by side on a loaded machine (the corpus tests run
 * concurrently) they took up to 46 s. The bound catches an endless loop, not slowness; a
 * test that runs the CLI n times gets n × HANG_MS and a margin. Speed is measured by
 * `npm run bench`, never by a test.
 */
export const HANG_MS = 120_000;

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed after `timeoutMs`. */
  timedOut?: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Kill the CLI after this long and report `timedOut` instead of hanging the test. */
  timeoutMs?: number;
  /** Script to run instead of bin/plan, such as the unbundled dist/cli/index.js. */
  entry?: string;
}

/**
 * Runs the real CLI as a user would, with no terminal and no colour. An `env` value of
 * undefined removes the variable: FORCE_COLOR is removed rather than emptied, since Node
 * reads an empty FORCE_COLOR as "force colour on".
 */
export function runPlan(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.entry ?? planBin, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    // Decode as a stream: a chunk may end inside a multi-byte character.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A temporary copy of a plan folder, optionally with some files replaced. */
export async function tempPlan(from: string, overrides: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-test-'));
  await cp(from, dir, { recursive: true });
  for (const [name, content] of Object.entries(overrides)) await writeFile(join(dir, name), content);
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** Runs `run` on a temporary copy of a plan folder, removed afterwards whatever happens. */
export async function withTempPlan<T>(from: string, run: (dir: string) => Promise<T>, overrides: Record<string, string | Buffer> = {}): Promise<T> {
  const dir = await tempPlan(from, overrides);
  try {
    return await run(dir);
  } finally {
    await removeDir(dir);
  }
}

/** Rewrites one file of a plan folder as text. */
export async function editFile(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

/** Tests run as root on CI machines, where chmod 000 does not block reads. */
export const isRoot = process.getuid?.() === 0;

export const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A Node stack trace, or our "this is a bug" message: neither may reach a user. */
export const stackTrace = /^\s+at .+:\d+:\d+\)?$|this is a bug|Error: .*\n\s+at /m;
