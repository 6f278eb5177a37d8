import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits, certainlyNotMark, lazyHelpers, patches } from '../../scripts/library-patches.mjs';

const require = createRequire(import.meta.url);

interface Helpers {
  lazyRequire<T>(load: () => T): T;
  lazyTrie(make: () => { get(codePoint: number): number }): { get(codePoint: number): number };
}
const helpers = new Function(`${lazyHelpers}\nreturn { lazyRequire: __lazyRequire, lazyTrie: __lazyTrie };`)() as Helpers;

describe('library patches for the bundle', () => {
  it('skips the combining-mark table only for code points that are no combining marks', () => {
    const { isMark } = require('unicode-properties') as { isMark(codePoint: number): boolean };
    const notMark = new Function('codePoint', `return ${certainlyNotMark};`) as (codePoint: number) => boolean;
    let skipped = 0;
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (!notMark(codePoint)) continue;
      skipped++;
      if (isMark(codePoint)) expect.fail(`U+${codePoint.toString(16)} is a combining mark`);
    }
    // All of Latin-1 and the punctuation and currency signs Dutch text uses.
    expect(skipped).toBe(0x300 + 0xd0);
    expect(['é', 'ë', '–', '’', '…', '€'].every((c) => notMark(c.codePointAt(0) ?? 0))).toBe(true);
  });

  it('applies to the installed libraries, each edit exactly as often as it expects', () => {
    for (const relative of ['pdfkit/js/pdfkit.js', 'fontkit/dist/main.cjs', 'markdown-it/dist/index.cjs.js']) {
      // Not through require.resolve: the packages' "exports" hide these files.
      const path = fileURLToPath(new URL(`../../node_modules/${relative}`, import.meta.url));
      const patch = patches.find((p) => p.file.test(path));
      expect(patch, relative).toBeDefined();
      expect(() => applyEdits(path, readFileSync(path, 'utf8'), patch?.edits ?? [])).not.toThrow();
    }
  });

  it('refuses a library whose code moved, naming the file and the edit', () => {
    expect(() => applyEdits('x.js', 'var a = require("b");', [{ from: 'require("c")', to: '', count: 1 }])).toThrow(/x\.js: expected 1 × require\("c"\), found 0/);
  });

  it('loads a lazily required module on first use, once', () => {
    let loads = 0;
    const module = Object.assign((x: number) => x * 2, { name2: 'md', nested: { deep: true } });
    const lazy = helpers.lazyRequire(() => {
      loads++;
      return module;
    });
    expect(loads).toBe(0);
    expect(lazy(21)).toBe(42);
    expect(lazy.name2).toBe('md');
    expect('nested' in lazy).toBe(true);
    expect(loads).toBe(1);
  });

  it('unpacks a lazy trie on its first lookup, once', () => {
    let made = 0;
    const trie = helpers.lazyTrie(() => {
      made++;
      return { get: (codePoint: number) => codePoint + 1 };
    });
    expect(made).toBe(0);
    expect([trie.get(1), trie.get(2)]).toEqual([2, 3]);
    expect(made).toBe(1);
  });
});
