import { readFileSync } from 'node:fs';

/**
 * The version in package.json, for `plan --version` and the reports. Read from the file
 * (two levels up from src/x, dist/x and the CLI bundle in dist/bundle alike): an npm script's
 * npm_package_version is not set when a user runs `plan` itself. No fallback: a package
 * without its package.json is broken, and a made-up version would hide it.
 */
export function toolVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
