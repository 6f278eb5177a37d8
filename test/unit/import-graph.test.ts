import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ in pipeline order: a module imports only its own folder and the folders
 * of earlier stages, never a later stage and never another folder of its own stage. This list
 * is the one place the order is written; docs/architecture.md explains each folder.
 */
const stages: readonly (readonly string[])[] = [
  // Where the installed package is, then the shared leaves: files, words and numbers, libraries, fonts.
  ['package'],
  ['io', 'locale', 'libraries', 'fonts'],
  // Every sentence a user reads, in one typed catalogue: a leaf every stage may use.
  ['messages'],
  // One Diagnostic shape and its printer, for every stage.
  ['diagnostics'],
  ['load'],
  ['validate'],
  ['model'],
  ['monitoring'],
  ['lint'],
  // What a checked plan becomes: documents, the report of findings, the shipped schemas.
  ['render', 'findings-report', 'shipped-schemas'],
  // The orchestration of each command, and plan init's scaffold.
  ['pipeline', 'init'],
  ['preview'],
  ['cli'],
];

/**
 * Upward imports that another branch of issue #14 removes. Each must still exist (the last
 * test fails otherwise), so that the entry is deleted the moment its import goes.
 */
const knownExceptions: readonly { from: string; to: string; why: string }[] = [
];

const srcDir = resolve(import.meta.dirname, '../../src');

interface Edge {
  /** Both relative to src/, with forward slashes: "lint/rules/pillar-balance.ts". */
  from: string;
  to: string;
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? modules(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of every module in src/: static, type-only, re-exports, side effects and import(). */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of modules(srcDir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(srcDir, resolve(dirname(file), fileName)).split('\\').join('/');
      if (target.startsWith('..')) continue; // generated/, bin/: outside src/
      edges.push({ from: relative(srcDir, file).split('\\').join('/'), to: target.replace(/\.js$/, '.ts') });
    }
  }
  return edges;
}

const folderOf = (module: string): string => (module.includes('/') ? module.slice(0, module.indexOf('/')) : '');
const stageOf = (folder: string): number => stages.findIndex((stage) => stage.includes(folder));

/** The imports that run upward or sideways between two folders of one stage. */
function wrongWay(edges: readonly Edge[]): Edge[] {
  return edges.filter(({ from, to }) => {
    const [a, b] = [folderOf(from), folderOf(to)];
    return a !== b && stageOf(b) >= stageOf(a);
  });
}

const isException = (edge: Edge): boolean => knownExceptions.some((e) => e.from === edge.from && e.to === edge.to);

describe('the import graph of src/', () => {
  const edges = importEdges();

  it('places every module in a folder of a stage', () => {
    const folders = [...new Set(modules(srcDir).map((file) => folderOf(relative(srcDir, file).split('\\').join('/'))))];
    expect(folders.filter((folder) => stageOf(folder) === -1), 'a module directly in src/, or a folder missing from the stages').toEqual([]);
    expect(stages.flat().filter((folder) => !folders.includes(folder)), 'a stage folder that no longer exists').toEqual([]);
  });

  it('sees static, type-only and dynamic imports', () => {
    // Without these the test below would pass on a walker that finds nothing.
    expect(edges).toContainEqual({ from: 'cli/commands/validate.ts', to: 'pipeline/check-plans.ts' });
    expect(edges).toContainEqual({ from: 'pipeline/check-plan.ts', to: 'render/logo.ts' }); // import('…')
    expect(edges).toContainEqual({ from: 'pipeline/check-plan.ts', to: 'model/input.ts' }); // import type
  });

  it('finds an upward import and a sideways one', () => {
    const made = [
      { from: 'load/load-plan.ts', to: 'render/templates.ts' },
      { from: 'render/templates.ts', to: 'findings-report/sarif.ts' },
      { from: 'render/templates.ts', to: 'load/locate.ts' },
    ];
    expect(wrongWay(made)).toEqual(made.slice(0, 2));
  });

  it('has no import that runs upward', () => {
    const wrong = wrongWay(edges).filter((edge) => !isException(edge));
    expect(wrong.map(({ from, to }) => `src/${from} imports src/${to}, but ${folderOf(to)}/ is not a stage before ${folderOf(from)}/`)).toEqual([]);
  });

  it('lists only exceptions that still exist', () => {
    const stale = knownExceptions.filter((e) => !edges.some((edge) => edge.from === e.from && edge.to === e.to));
    expect(stale.map((e) => `${e.from} → ${e.to} is gone: remove it from knownExceptions`)).toEqual([]);
  });
});
