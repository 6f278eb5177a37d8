import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits, patches } from '../../scripts/library-patches.mjs';
import { hookedVersions, versionMismatches } from '../../scripts/library-versions.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('library patches for the bundle', () => {
  it('applies to the installed pdfkit, each edit exactly as often as it expects', () => {
    // Not through require.resolve: the package's "exports" hide the file.
    const path = join(root, 'node_modules/pdfkit/js/pdfkit.js');
    const patch = patches.find((p) => p.file.test(path));
    expect(patch).toBeDefined();
    expect(() => applyEdits(path, readFileSync(path, 'utf8'), patch?.edits ?? [])).not.toThrow();
  });

  it('refuses a library whose code moved, naming the file and the edit', () => {
    expect(() => applyEdits('x.js', 'var a = require("b");', [{ from: 'require("c")', to: '', count: 1 }])).toThrow(/x\.js: expected 1 × require\("c"\), found 0/);
  });
});

describe('the versions the PDF hooks were written for', () => {
  it('are the installed ones', () => {
    expect(versionMismatches(root)).toEqual([]);
  });

  it('stop the build when another version is installed', () => {
    const fake = mkdtempSync(join(tmpdir(), 'plan-versions-'));
    try {
      for (const [name, version] of Object.entries({ ...hookedVersions, pdfkit: '0.20.0' })) {
        mkdirSync(join(fake, 'node_modules', name), { recursive: true });
        writeFileSync(join(fake, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
      }
      expect(versionMismatches(fake)).toEqual([{ name: 'pdfkit', expected: hookedVersions.pdfkit, installed: '0.20.0' }]);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });
});
