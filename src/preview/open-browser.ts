import { spawn } from 'node:child_process';

/**
 * Opens `url` in the user's default browser with the system's own opener. Resolves false
 * when there is none (a server without a desktop): the caller then names the address.
 */
export function openBrowser(url: string): Promise<boolean> {
  const [command, args]: [string, string[]] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      // The opener may outlive plan; it must not keep plan running either.
      child.unref();
      resolve(true);
    });
  });
}
