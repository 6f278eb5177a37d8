/**
 * "Parse fast, locate on demand": a clean plan is read by the fast path, and the yaml
 * library (its Documents with positions) is loaded and used only for a file that has a
 * problem to point at. A file of its own: the yaml library must not have been loaded by
 * another test in the same module graph.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import { yamlDocumentsBuilt, yamlLibraryUsed } from '../../src/load/source-file.js';
import { examplesDir, fixturesDir } from '../helpers/cli.js';

describe('a clean plan builds no yaml Document', () => {
  it('validating examples/brugge neither builds one nor uses the yaml library', async () => {
    const before = yamlDocumentsBuilt();
    const result = await checkPlan(join(examplesDir, 'brugge'));
    expect(result.diagnostics).toEqual([]);
    expect(yamlDocumentsBuilt() - before).toBe(0);
    expect(yamlLibraryUsed()).toBe(false);
  });

  it('a schema error builds the Document of its own file only, and points where it did before', async () => {
    const before = yamlDocumentsBuilt();
    const result = await checkPlan(join(fixturesDir, 'invalid', 'out-of-range'));
    // As test/fixtures/invalid/out-of-range/expected.json says.
    expect(result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(['out-of-range plan.yaml:10:10']);
    expect(yamlDocumentsBuilt() - before).toBe(1);
    // The code frame still has the lines of every file.
    expect(result.sources.get('goals.yaml')?.lines.length).toBeGreaterThan(10);
  });
});

