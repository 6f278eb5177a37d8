import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFiles } from '../../src/load/plan-files.js';
import { examplesDir, repoRoot } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const { flagsVariant, planFileNames, validateDir } = require(join(repoRoot, 'bin', 'v8-flags.cjs')) as {
  flagsVariant(argv: string[]): 'validate' | 'other';
  planFileNames: string[];
  validateDir(args: string[]): string;
};

it('bin/v8-flags.cjs sizes the same plan files the loader reads (it runs before the bundle, so it keeps its own list)', () => {
  expect(planFileNames).toEqual(planFiles.map((f) => f.file));
});

describe('validateDir: the plan folder of a validate command line, as commander reads it', () => {
  it.each([
    [[], '.'],
    [['plannen/brugge'], 'plannen/brugge'],
    [['--format', 'json', 'plannen/brugge'], 'plannen/brugge'],
    [['--lang', 'en', '--strict', 'x'], 'x'],
    [['x', '--format', 'github'], 'x'],
    [['--format=json', 'x'], 'x'],
    [['--strict'], '.'],
    [['--', '-odd-name'], '-odd-name'],
  ])('%j → %s', (args, dir) => {
    expect(validateDir(args)).toBe(dir);
  });
});

describe('flagsVariant', () => {
  const argv = (...args: string[]): string[] => ['node', 'plan', ...args];

  it('keeps the optimising compiler off for validate of an ordinary plan, and on for everything else', () => {
    expect(flagsVariant(argv('validate', join(examplesDir, 'brugge')))).toBe('validate');
    expect(flagsVariant(argv('validate', '/no/such/folder'))).toBe('validate');
    expect(flagsVariant(argv('render', join(examplesDir, 'brugge'), '--pdf'))).toBe('other');
    expect(flagsVariant(argv('init'))).toBe('other');
  });

  it('turns it on for validate of several plans or a pattern, which runs long enough to profit', () => {
    expect(flagsVariant(argv('validate', join(examplesDir, 'brugge'), join(examplesDir, 'kempen')))).toBe('other');
    expect(flagsVariant(argv('validate', '--format', 'github', 'plannen/*'))).toBe('other');
    expect(flagsVariant(argv('validate', '--lang', 'en', join(examplesDir, 'brugge')))).toBe('validate');
  });

  it('turns it on for validate of a plan over 256 KB of YAML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-flags-'));
    try {
      await writeFile(join(dir, 'goals.yaml'), 'x'.repeat(200 * 1024));
      expect(flagsVariant(argv('validate', dir))).toBe('validate');
      await writeFile(join(dir, 'mission.yaml'), 'x'.repeat(100 * 1024));
      expect(flagsVariant(argv('validate', '--format', 'json', dir))).toBe('other');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
