import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

/**
 * The version in package.json, for `plan --version` and the reports. Read from the file: an
 * npm script's npm_package_version is not set when a user runs `plan` itself.
 */
export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
