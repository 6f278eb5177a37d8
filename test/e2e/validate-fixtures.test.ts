import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runPlan } from '../helpers/cli.js';

/**
 * Each folder under test/fixtures/invalid/ is a whole plan (a copy of test/fixtures/base)
 * with one deliberate fault, and an expected.json that lists every diagnostic the fault
 * should produce. The list is exact: follow-on noise is as much a failure as a miss.
 */
const invalidDir = join(fixturesDir, 'invalid');

interface Located {
  code: string;
  file: string;
  line: number | null;
  column: number | null;
  severity: string;
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

interface JsonReport {
  diagnostics: JsonDiagnostic[];
  summary: { errors: number; warnings: number; infos: number };
}

/**
 * Fixtures where the tool does not yet report what it should. Each keeps its fixture and
 * its expected.json (what should be reported) and is listed as a todo until src/ is fixed;
 * remove the entry then, and the case joins the table.
 */
const knownWrong: Record<string, string> = {
};

const cases = readdirSync(invalidDir)
  .filter((name) => statSync(join(invalidDir, name)).isDirectory())
  .sort();
const checked = cases.filter((name) => !(name in knownWrong));

function readExpected(name: string): Located[] {
  return JSON.parse(readFileSync(join(invalidDir, name, 'expected.json'), 'utf8')) as Located[];
}

/** The order the CLI promises: by file, then line, then column (then code, for ties). */
function byPlace(a: Located, b: Located): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}

function located(d: JsonDiagnostic): Located {
  return { code: d.code, file: d.file ?? '', line: d.line ?? null, column: d.column ?? null, severity: d.severity };
}

/** Runs `plan validate . --format json` inside the fixture, so file names are plain `goals.yaml`. */
async function validateJson(name: string): Promise<{ status: number | null; stderr: string; report: JsonReport }> {
  const result = await runPlan(['validate', '.', '--format', 'json'], { cwd: join(invalidDir, name) });
  return { status: result.status, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
}

/** Wording of ajv's own messages ("must have required property", "must NOT have ..."). */
const ajvPhrasing = /must (NOT |have |match |be equal to |be (string|number|integer|boolean|object|array|null)\b|be [<>]=?)|should (have|be|match)|additional properties|allowed values|instancePath|schemaPath|#\/\$defs/;
/** Placeholders that leak when a message template gets a parameter it did not expect. */
const leakedPlaceholder = /\bundefined\b|\bNaN\b|\[object Object\]|\$\{/;

describe('fixture folders', () => {
  it('every fixture has an expected.json with at least one diagnostic', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) {
      const expected = readExpected(name);
      expect(expected.length, name).toBeGreaterThan(0);
      for (const d of expected) expect(Object.keys(d).sort(), name).toEqual(['code', 'column', 'file', 'line', 'severity']);
    }
  });

  it('every known-wrong entry names an existing fixture', () => {
    for (const name of Object.keys(knownWrong)) expect(existsSync(join(invalidDir, name, 'expected.json')), name).toBe(true);
  });
});

describe('plan validate reports exactly the expected diagnostics', () => {
  it.concurrent.each(checked)('%s', async (name) => {
    const expected = readExpected(name).sort(byPlace);
    const { status, stderr, report } = await validateJson(name);
    expect(stderr).toBe('');
    // Not re-sorted: the CLI itself must list them by file, then line.
    expect(report.diagnostics.map(located)).toEqual(expected);
    expect(report.summary.errors).toBe(expected.filter((d) => d.severity === 'error').length);
    expect(status).toBe(expected.some((d) => d.severity === 'error') ? 1 : 0);
    for (const d of report.diagnostics) {
      expect(d.message).not.toMatch(ajvPhrasing);
      expect(d.message).not.toMatch(leakedPlaceholder);
      expect(d.hint ?? '').not.toMatch(leakedPlaceholder);
    }
  });

  for (const [name, reason] of Object.entries(knownWrong)) it.todo(`${name}: ${reason}`);
});

