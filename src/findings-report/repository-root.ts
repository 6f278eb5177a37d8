import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The root of the repository a run is in, for report paths that mean the same on every
 * checkout: the CI's own checkout folder when it names one (GITHUB_WORKSPACE on GitHub,
 * CI_PROJECT_DIR on GitLab), else the nearest folder upwards with a `.git` (a folder, or a
 * file in a worktree or submodule), else the working folder.
 */
export function repositoryRoot(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const named = env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR;
  if (named) return resolve(cwd, named);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
