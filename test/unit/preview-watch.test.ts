import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolders, type FolderWatcher } from '../../src/preview/watch.js';

/** Waits until `check` holds; file events arrive after a few milliseconds, never at once. */
async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for a file event');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('watchFolders', () => {
  let dir: string;
  let watcher: FolderWatcher | undefined;
  let changes: string[];
  const onlyYaml = (name: string | null) => name === null || name === 'plan.yaml';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-watch-'));
    await writeFile(join(dir, 'plan.yaml'), 'title: a\n');
    changes = [];
  });
  afterEach(async () => {
    watcher?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('hears a file written in place', async () => {
    watcher = watchFolders([{ dir, accepts: onlyYaml }], (path) => changes.push(path));
    await writeFile(join(dir, 'plan.yaml'), 'title: b\n');
    await eventually(() => changes.includes(join(dir, 'plan.yaml')));
  });

  it('keeps hearing a file that an editor replaces by renaming a new one over it, save after save', async () => {
    watcher = watchFolders([{ dir, accepts: onlyYaml }], (path) => changes.push(path));
    for (const title of ['b', 'c']) {
      changes.length = 0;
      await writeFile(join(dir, '.plan.yaml.tmp'), `title: ${title}\n`);
      await rename(join(dir, '.plan.yaml.tmp'), join(dir, 'plan.yaml'));
      await eventually(() => changes.includes(join(dir, 'plan.yaml')));
    }
  });

  it('ignores names that do not matter (swap files, out/)', async () => {
    watcher = watchFolders([{ dir, accepts: onlyYaml }], (path) => changes.push(path));
    await writeFile(join(dir, '.plan.yaml.swp'), 'x');
    await mkdir(join(dir, 'out'));
    await settle();
    expect(changes).toEqual([]);
  });

  it('skips a folder that does not exist yet, and watches it once it does', async () => {
    const html = join(dir, 'templates', 'html');
    const target = { dir: html, accepts: (name: string | null) => name?.endsWith('.hbs') ?? true };
    watcher = watchFolders([target], (path) => changes.push(path));
    expect(watcher.folders).toEqual([]);
    await mkdir(html, { recursive: true });
    watcher.update([target]);
    expect(watcher.folders).toEqual([html]);
    await writeFile(join(html, 'cover.hbs'), '<p>x</p>');
    await eventually(() => changes.includes(join(html, 'cover.hbs')));
  });

  it('watches a folder again after it was deleted and made anew', async () => {
    const plan = join(dir, 'plan');
    await mkdir(plan);
    const target = { dir: plan, accepts: onlyYaml };
    watcher = watchFolders([target], (path) => changes.push(path));
    await rm(plan, { recursive: true });
    await mkdir(plan);
    watcher.update([target]);
    await settle();
    changes.length = 0;
    await writeFile(join(plan, 'plan.yaml'), 'title: new\n');
    await eventually(() => changes.includes(join(plan, 'plan.yaml')));
  });

  it('closes every watch', async () => {
    watcher = watchFolders([{ dir, accepts: onlyYaml }], (path) => changes.push(path));
    watcher.close();
    await writeFile(join(dir, 'plan.yaml'), 'title: c\n');
    await settle();
    expect(changes).toEqual([]);
    expect(watcher.folders).toEqual([]);
  });
});
