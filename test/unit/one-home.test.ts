import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthNames } from '../../src/locale/month-names.js';
import { formatDate } from '../../src/locale/locale-format.js';
import { packagePath } from '../../src/package/package-root.js';
import { toolVersion } from '../../src/package/tool-version.js';

/** Issue #14 point 4: each name, each fact and each computation has one home in src/. */
const srcDir = resolve(import.meta.dirname, '../../src');
const repoRoot = resolve(srcDir, '..');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? modules(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}
const shown = (file: string): string => relative(srcDir, file).split('\\').join('/');

/**
 * File names that stand in more than one folder, each with the same job in its own stage.
 * messages.ts: one catalogue per area, until the catalogue branch of #14 gives them one home;
 * overviews.ts: the derived branch of #14 moves render/overviews.ts into src/model.
 */
const sharedNames: Readonly<Record<string, string>> = {
  'references.ts': 'the references between files: of the plan (model/) and of the monitoring files (monitoring/)',
};

describe('one home', () => {
  it('gives each file name one meaning', () => {
    const byName = new Map<string, string[]>();
    // src/messages/ names each module after the area whose sentences it holds (messages/init.ts
    // speaks for init/ and cli/commands/init.ts): one meaning, by design.
    const areaWords = (file: string): boolean => shown(file).startsWith('messages/');
    for (const file of modules(srcDir).filter((f) => !areaWords(f))) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), shown(file)]);
    const repeated = [...byName].filter(([name, files]) => files.length > 1 && !(name in sharedNames));
    expect(repeated.map(([, files]) => files.join(' and ')), 'two files of one name: rename one after its own job').toEqual([]);
    const notShared = Object.keys(sharedNames).filter((name) => (byName.get(name) ?? []).length < 2);
    expect(notShared, 'a name listed as shared that only one file has: take it off the list').toEqual([]);
  });

  it('finds the package root in src/package/package-root.ts only', () => {
    // A module that climbs from its own URL repeats the depth below the root that package-root.ts keeps.
    const climbing = modules(srcDir).filter((file) => /new URL\(\s*[`'"]\.\.\//.test(readFileSync(file, 'utf8')));
    expect(climbing.map(shown)).toEqual(['package/package-root.ts']);
    expect(packagePath('package.json')).toBe(join(repoRoot, 'package.json'));
    expect(toolVersion()).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('keeps the month names in src/locale/month-names.ts only', () => {
    const listing = modules(srcDir).filter((file) => /['"]februari['"]|['"]February['"]/.test(readFileSync(file, 'utf8')));
    expect(listing.map(shown)).toEqual(['locale/month-names.ts']);
    expect(formatDate('2025-03-04', 'nl-BE')).toBe(`4 ${monthNames.nl[2]} 2025`);
    expect(formatDate('2025-03-04', 'en')).toBe(`4 ${monthNames.en[2]} 2025`);
  });
});
