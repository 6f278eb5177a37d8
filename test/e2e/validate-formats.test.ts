import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { fixturesDir, removeDir, runPlan, tempPlan } from '../helpers/cli.js';

/** Five problems in four files; see its expected.json. Named relative to the repository root. */
const fixture = 'test/fixtures/invalid/multiple-problems';
const base = join(fixturesDir, 'base');
const ansi = /\u001b\[/;
/** A Node stack frame, as printed by an uncaught error. */
const stackFrame = /^\s+at .+:\d+:\d+\)?$/m;

describe.concurrent('stylish output', () => {
  it('prints file:line:column, message, code, the source line with a marker, a hint and a summary', async () => {
    const { status, stdout, stderr } = await runPlan(['validate', fixture]);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');

    const header = lines.findIndex((l) => l.startsWith(`${fixture}/goals.yaml:15:9 `));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header]).toContain("onbekend veld 'onwer' — bedoelt u 'owner'?");
    expect(lines[header]).toContain('[unknown-field]');

    // The offending line, then a marker whose first ^ stands under column 9.
    const source = lines[header + 1]!;
    const marker = lines[header + 2]!;
    expect(source.trim()).toBe('15 |         onwer: preventiedienst');
    expect(marker).toMatch(/^\s*\| +\^+$/);
    expect(marker.indexOf('^')).toBe(source.indexOf('onwer'));
    expect(marker.slice(marker.indexOf('^')).trim()).toBe('^^^^^');
    expect(lines[header + 3]).toMatch(/^\s+tip: Toegelaten velden hier: .*\bowner\b/);

    // One block per problem, in file order, and the one-line summary last.
    const headers = lines.filter((l) => /^\S+\.yaml:\d+:\d+ fout /.test(l)).map((l) => l.split(' ')[0]);
    expect(headers).toEqual([
      `${fixture}/analysis.yaml:7:13`,
      `${fixture}/goals.yaml:15:9`,
      `${fixture}/goals.yaml:20:19`,
      `${fixture}/plan.yaml:9:9`,
      `${fixture}/stakeholders.yaml:8:13`,
    ]);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(lines.filter((l) => l !== '').at(-1)).toBe('5 fouten, 0 waarschuwingen, 0 info');
  });

  it('has no colour codes with NO_COLOR', async () => {
    const { stdout } = await runPlan(['validate', fixture], { env: { NO_COLOR: '1' } });
    expect(stdout).toContain('[unknown-field]');
    expect(stdout).not.toMatch(ansi);
  });

  it('has no colour codes when stdout is not a terminal, even without NO_COLOR', async () => {
    const { stdout } = await runPlan(['validate', fixture], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect(stdout).toContain('[unknown-field]');
    expect(stdout).not.toMatch(ansi);
  });

  it('has colour codes with FORCE_COLOR=1', async () => {
    const { stdout } = await runPlan(['validate', fixture], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(stdout).toMatch(ansi);
  });

  it('keeps the other formats free of colour codes even with FORCE_COLOR=1', async () => {
    const env = { NO_COLOR: undefined, FORCE_COLOR: '1' };
    const [json, github] = await Promise.all([
      runPlan(['validate', fixture, '--format', 'json'], { env }),
      runPlan(['validate', fixture, '--format', 'github'], { env }),
    ]);
    expect(json.stdout).not.toMatch(ansi);
    expect(github.stdout).not.toMatch(ansi);
  });
});

describe.concurrent('json output', () => {
  it('parses and carries the diagnostics with summary counts', async () => {
    const { status, stdout } = await runPlan(['validate', fixture, '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as {
      diagnostics: Array<{ file: string; line: number; column: number; code: string; severity: string; message: string; hint?: string }>;
      summary: { errors: number; warnings: number; infos: number };
      version: number;
    };
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ plans: 1, plansWithErrors: 1, errors: 5, warnings: 0, infos: 0 });
    expect(report.diagnostics).toHaveLength(5);
    expect(report.diagnostics[1]).toMatchObject({
      file: `${fixture}/goals.yaml`,
      line: 15,
      column: 9,
      code: 'unknown-field',
      severity: 'error',
      message: "onbekend veld 'onwer' — bedoelt u 'owner'?",
    });
    for (const d of report.diagnostics) expect(d.hint).toBeTruthy();
  });
});

describe.concurrent('github output', () => {
  it('prints one ::error workflow command per problem', async () => {
    const { status, stdout } = await runPlan(['validate', fixture, '--format', 'github']);
    expect(status).toBe(1);
    const commands = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(5);
    const shape = /^::error file=([^,:]+),line=(\d+),col=(\d+)(?:,endColumn=\d+)?,title=([a-z0-9-]+)::(.+)$/;
    for (const command of commands) expect(command).toMatch(shape);
    const [, file, line, col, title, message] = shape.exec(commands[1]!)!;
    expect({ file, line, col, title }).toEqual({ file: `${fixture}/goals.yaml`, line: '15', col: '9', title: 'unknown-field' });
    expect(message).toContain("onbekend veld 'onwer'");
  });
});

describe.concurrent('language of the messages', () => {
  it('--lang en gives English messages, hints and summary', async () => {
    const { status, stdout } = await runPlan(['validate', fixture, '--lang', 'en']);
    expect(status).toBe(1);
    expect(stdout).toContain("unknown field 'onwer' — did you mean 'owner'?");
    expect(stdout).toMatch(/^\s+hint: Fields allowed here: /m);
    expect(stdout).toContain(' error ');
    expect(stdout).not.toContain(' fout ');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('5 errors, 0 warnings, 0 info');
  });

  it("follows the plan's `language: en` by default, even when plan.yaml has errors, and --lang overrides it", async () => {
    const dir = await tempPlan(join(fixturesDir, 'invalid', 'multiple-problems'));
    try {
      const planFile = join(dir, 'plan.yaml');
      await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('language: nl-BE', 'language: en'));
      const [byPlan, byOption] = await Promise.all([runPlan(['validate', dir]), runPlan(['validate', dir, '--lang', 'nl'])]);
      expect(byPlan.status).toBe(1);
      expect(byPlan.stdout).toContain("'drafted' is not a valid choice for 'status'");
      expect(byPlan.stdout.trimEnd().split('\n').at(-1)).toBe('5 errors, 0 warnings, 0 info');
      expect(byOption.stdout).toContain("'drafted' is geen geldige keuze voor 'status'");
    } finally {
      await removeDir(dir);
    }
  });
});

describe.concurrent('usage problems exit with 2 and a plain message', () => {
  it('for a folder that does not exist', async () => {
    const { status, stdout, stderr } = await runPlan(['validate', 'test/fixtures/does-not-exist']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("De map 'test/fixtures/does-not-exist' bestaat niet.");
    expect(stderr).not.toMatch(stackFrame);
  });

  it('for a folder that does not exist, in English with --lang en', async () => {
    const { status, stderr } = await runPlan(['validate', 'test/fixtures/does-not-exist', '--lang', 'en']);
    expect(status).toBe(2);
    expect(stderr).toContain("The folder 'test/fixtures/does-not-exist' does not exist.");
  });

  it('for a file instead of a folder', async () => {
    const { status, stdout, stderr } = await runPlan(['validate', 'test/fixtures/base/plan.yaml', '--format', 'json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("'test/fixtures/base/plan.yaml' is een bestand, geen map.");
    expect(stderr).not.toMatch(stackFrame);
  });

  it('for an unknown option', async () => {
    const { status, stdout, stderr } = await runPlan(['validate', '--bogus', 'test/fixtures/base']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("onbekende optie '--bogus'");
    // One line of what is wrong and one of where to read more, not the whole help.
    expect(stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(stderr).not.toMatch(stackFrame);
  });

  it('for an unknown --format value', async () => {
    const { status, stderr } = await runPlan(['validate', 'test/fixtures/base', '--format', 'xml']);
    expect(status).toBe(2);
    expect(stderr).toContain('xml');
    expect(stderr).not.toMatch(stackFrame);
  });
});

describe('exit status with warnings only', () => {
  // No check emits a warning yet, so the command runs in-process over a stubbed check.
  // These two stay sequential: they swap modules and capture process.stdout.
  afterEach(() => {
    vi.doUnmock('../../src/pipeline/check-plan.js');
    vi.resetModules();
    vi.restoreAllMocks();
  });

  async function runWith(diagnostics: Diagnostic[]): Promise<{ output: string; error: unknown }> {
    vi.resetModules();
    vi.doMock('../../src/pipeline/check-plan.js', () => ({
      checkPlan: async (dir: string) => ({ dir, diagnostics, sources: new Map(), language: 'nl-BE' }),
    }));
    let output = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output += String(chunk);
      return true;
    });
    const { validateCommand } = await import('../../src/cli/commands/validate.js');
    const error = await validateCommand([base], { format: 'stylish' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { output, error };
  }

  const warning: Diagnostic = {
    code: 'outside-period',
    severity: 'warning',
    file: 'goals.yaml',
    line: 20,
    column: 19,
    params: { field: 'deadline', value: 2030, start: 2024, end: 2027 },
  };

  it('ends normally (exit 0) when there are only warnings', async () => {
    const { output, error } = await runWith([warning]);
    expect(error).toBeUndefined();
    expect(output).toContain('waarschuwing');
    expect(output.trimEnd().split('\n').at(-1)).toBe('0 fouten, 1 waarschuwing, 0 info');
  });

  it('ends with exit 1 once one of them is an error', async () => {
    const { error } = await runWith([warning, { ...warning, severity: 'error' }]);
    expect(error).toMatchObject({ exitCode: 1 });
  });
});
