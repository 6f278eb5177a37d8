import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, removeDir, repoRoot, runPlan } from '../helpers/cli.js';

// plan validate at the scale of a province: several folders and patterns in one process,
// the github, json and sarif reports, each checked against its schema.

const require = createRequire(import.meta.url);
const invalid = join(fixturesDir, 'invalid', 'multiple-problems');

let province: string;
beforeAll(async () => {
  // A repository with plans in plannen/ and a README beside them, as a consultancy keeps it.
  province = await mkdtemp(join(tmpdir(), 'plan-province-'));
  await mkdir(join(province, '.git'));
  for (const name of ['brugge', 'kempen', 'gemeente-x']) await cp(join(examplesDir, name), join(province, 'plannen', name), { recursive: true });
  await cp(invalid, join(province, 'plannen', 'zz-kapot'), { recursive: true });
  await mkdir(join(province, 'plannen', 'geen-plan'));
});
afterAll(async () => removeDir(province));

/**
 * The official SARIF 2.1.0 schema (2.1.0-rtm.5, the release OASIS approved as SARIF 2.1.0),
 * as shipped in the npm package @microsoft/jest-sarif: no download at test time. It is a
 * draft-04 schema, hence ajv-draft-04.
 */
function sarifValidator() {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // unicodeRegExp off: one of its patterns (language tags) is not valid with the u flag.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('several plan folders in one process', () => {
  it('validates a pattern: one report per plan, a total and the worst exit status', async () => {
    const result = await runPlan(['validate', 'plannen/*'], { cwd: province });
    expect(result.status).toBe(1);
    // geen-plan has no plan.yaml: a pattern skips it.
    expect(result.stdout).not.toContain('geen-plan');
    const heads = result.stdout.split('\n').filter((l) => /^plannen\/[a-z-]+$/.test(l));
    expect(heads).toEqual(['plannen/brugge', 'plannen/gemeente-x', 'plannen/kempen', 'plannen/zz-kapot']);
    expect(result.stdout).toContain('plannen/zz-kapot/goals.yaml:15:9 fout');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Totaal: 4 plannen, 1 met fouten — 5 fouten, 0 waarschuwingen, 0 info');
  });

  it('exits 0 when every plan is clean, and takes `**`', async () => {
    const result = await runPlan(['validate', 'plannen/**/brugge', 'plannen/kempen', '--lang', 'en'], { cwd: province });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Total: 2 plans, 0 with errors — 0 errors, 0 warnings, 0 info');
  });

  it('reports a missing folder and still checks the others; a usage problem is the worst status', async () => {
    const result = await runPlan(['validate', 'plannen/brugge', 'plannen/bestaat-niet', 'plannen/zz-kapot'], { cwd: province });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("De map 'plannen/bestaat-niet' bestaat niet.");
    expect(result.stdout).toContain('plannen/zz-kapot/goals.yaml:15:9');
  });

  it('refuses a pattern that matches no plan', async () => {
    const result = await runPlan(['validate', 'plannen/x*'], { cwd: province });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Geen plan gevonden voor 'plannen/x*'");
  });

  it('renders several plans over worker threads, each into its own folder under --out', async () => {
    const out = join(province, 'site');
    const result = await runPlan(['render', 'plannen/brugge', 'plannen/kempen', 'plannen/gemeente-x', '--format', 'html', '--out', 'site'], { cwd: province });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const name of ['brugge', 'kempen', 'gemeente-x']) expect(await readFile(join(out, name, 'plan.html'), 'utf8')).toContain('<html');
    // Reported in the order of the command line, whichever worker finished first.
    expect(result.stdout.split('\n').filter((l) => l.startsWith('plannen/'))).toEqual(['plannen/brugge', 'plannen/kempen', 'plannen/gemeente-x']);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Totaal: 3 plannen, 0 met fouten — 0 fouten, 0 waarschuwingen, 0 info');
  });

  it('renders nothing for a broken plan among good ones, and exits 1', async () => {
    const result = await runPlan(['render', 'plannen/kempen', 'plannen/zz-kapot', '--format', 'md', '--out', 'site-md'], { cwd: province });
    expect(result.status).toBe(1);
    expect(await readFile(join(province, 'site-md', 'kempen', 'plan.md'), 'utf8')).toContain('Kempen');
    await expect(readFile(join(province, 'site-md', 'zz-kapot', 'plan.md'))).rejects.toThrow();
  });
});

describe('--format github', () => {
  it('writes paths relative to GITHUB_WORKSPACE, whatever folder it runs in', async () => {
    const result = await runPlan(['validate', 'zz-kapot', '--format', 'github'], { cwd: join(province, 'plannen'), env: { GITHUB_WORKSPACE: province } });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=plannen\/zz-kapot\/goals\.yaml,line=15,col=9,/m);
  });

  it('without GITHUB_WORKSPACE, relative to the working folder', async () => {
    const result = await runPlan(['validate', 'zz-kapot', '--format', 'github'], { cwd: join(province, 'plannen'), env: { GITHUB_WORKSPACE: undefined } });
    expect(result.stdout).toMatch(/^::error file=zz-kapot\/goals\.yaml,line=15,col=9,/m);
  });
});

describe('--format json', () => {
  it('carries a version and follows schemas/reports/validate-report.schema.json, for one plan and for several', async () => {
    const schema = JSON.parse(await readFile(join(repoRoot, 'schemas', 'reports', 'validate-report.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    for (const args of [['plannen/*'], ['plannen/brugge'], ['plannen/zz-kapot']]) {
      const result = await runPlan(['validate', ...args, '--format', 'json'], { cwd: province });
      const report = JSON.parse(result.stdout) as { version: number; plans: unknown[] };
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.version).toBe(1);
    }
  });
});

describe('--format sarif', () => {
  const validate = sarifValidator();

  it('passes the official SARIF 2.1.0 schema, with locations relative to the repository root', async () => {
    const result = await runPlan(['validate', 'zz-kapot', 'kempen', '--format', 'sarif'], { cwd: join(province, 'plannen'), env: { GITHUB_WORKSPACE: undefined } });
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }> }>; tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } } }>;
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.results).toHaveLength(5);
    const unknown = run!.results.find((r) => r.ruleId === 'unknown-field')!;
    expect(unknown.level).toBe('error');
    // Found from the `.git` folder upwards, not the working folder plannen/.
    expect(unknown.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plannen/zz-kapot/goals.yaml');
    expect(unknown.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 15, startColumn: 9 });
    for (const rule of run!.tool.driver.rules) expect(rule.help.text).toBeTruthy();
  });

  it('describes a domain rule with its help text and `plan rules ID`', async () => {
    const dir = join(province, 'plannen', 'kempen');
    const goals = join(dir, 'goals.yaml');
    const text = await readFile(goals, 'utf8');
    // Drop every owner: the goal-owner rule warns.
    await import('node:fs/promises').then((fs) => fs.writeFile(goals, text.replace(/^(\s+)owner: .*$/gm, '')));
    try {
      const result = await runPlan(['validate', 'plannen/kempen', '--format', 'sarif', '--lang', 'en'], { cwd: province });
      const log = JSON.parse(result.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string }; shortDescription: { text: string }; defaultConfiguration?: { level: string } }> } }; results: Array<{ ruleId: string; level: string }> }> };
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'goal-owner')!;
      expect(rule.help.text).toContain('plan rules goal-owner');
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.defaultConfiguration?.level).toBe('warning');
      expect(log.runs[0]!.results.some((r) => r.ruleId === 'goal-owner' && r.level === 'warning')).toBe(true);
    } finally {
      await import('node:fs/promises').then((fs) => fs.writeFile(goals, text));
    }
  });

  it('uses GITHUB_WORKSPACE as the repository root when it is set', async () => {
    const result = await runPlan(['validate', 'zz-kapot', '--format', 'sarif'], { cwd: join(province, 'plannen'), env: { GITHUB_WORKSPACE: join(province, 'plannen') } });
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^zz-kapot\//);
  });
});

describe('colour, by chalk\'s rules and NO_COLOR', () => {
  const ansi = /\u001b\[/;
  const run = (env: Record<string, string | undefined>, args: string[] = []) => runPlan(['validate', invalid, ...args], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: undefined, ...env } });

  it.each([
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: 'false' }, false],
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '2' }, true],
    [{ FORCE_COLOR: '3' }, true],
    [{ FORCE_COLOR: 'true' }, true],
    [{ NO_COLOR: '1' }, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    [{}, false],
    [{ TERM: 'dumb' }, false],
  ])('in a pipe with %o: colour %s', async (env, coloured) => {
    const { stdout } = await run(env);
    expect(ansi.test(stdout)).toBe(coloured);
  });

  it('--color colours a pipe, even with NO_COLOR; --no-color takes colour away', async () => {
    expect((await run({}, ['--color'])).stdout).toMatch(ansi);
    expect((await run({ NO_COLOR: '1' }, ['--color'])).stdout).toMatch(ansi);
    expect((await run({}, ['--no-color'])).stdout).not.toMatch(ansi);
  });

  it('FORCE_COLOR=3 gives full colour codes, 1 only the basic ones', async () => {
    // Our palette is the basic 16 colours: the level decides whether they show, not which codes.
    const [basic, full] = await Promise.all([run({ FORCE_COLOR: '1' }), run({ FORCE_COLOR: '3' })]);
    expect(basic.stdout).toContain('\u001b[31m');
    expect(full.stdout).toContain('\u001b[31m');
  });

  const hasScript = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(hasScript).each([
    ['', true],
    ['TERM=dumb', false],
    ['NO_COLOR=1', false],
    ['FORCE_COLOR=0', false],
  ])('in a terminal with %s: colour %s', (assignment, coloured) => {
    // util-linux `script` runs the CLI on a pseudo-terminal, as a user's shell would; without CI
    // variables, since chalk gives an unknown CI no colour (.ci/run sets CI=true).
    const command = `env -u NO_COLOR -u FORCE_COLOR -u CI -u GITHUB_ACTIONS -u GITLAB_CI TERM=xterm ${assignment} ${process.execPath} ${resolve(repoRoot, 'bin', 'plan')} validate ${invalid}`;
    let output = '';
    try {
      output = execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined } as NodeJS.ProcessEnv });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    expect(output).toContain('[unknown-field]');
    expect(ansi.test(output)).toBe(coloured);
  });
});

describe('help and usage errors', () => {
  it('speak Dutch by default, with examples and exit statuses', async () => {
    for (const command of ['validate', 'render']) {
      const { status, stdout } = await runPlan([command, '--help']);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Gebruik: plan /);
      expect(stdout).toContain('Voorbeelden:');
      expect(stdout).toContain('Afsluitstatus:');
      expect(stdout).toContain(`plan ${command} plannen/*`);
    }
  });

  it('speak English with --lang en', async () => {
    const { stdout } = await runPlan(['validate', '--help', '--lang', 'en']);
    expect(stdout).toMatch(/^Usage: plan validate/);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('Exit status:');
  });

  it('offer one --lang choice list on every command', async () => {
    for (const command of ['validate', 'render', 'init', 'schema', 'rules']) {
      const { stdout } = await runPlan([command, '--help']);
      expect(stdout.replace(/\s+/g, ' '), command).toContain('keuze: nl, en, nl-BE, nl-NL');
    }
  });

  it('name the problem and where to read more, without the whole help', async () => {
    const { status, stdout, stderr } = await runPlan(['render', '--fromat', 'pdf', '--lang', 'en']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("plan render: unknown option '--fromat' — did you mean --format?\n`plan render --help` shows the options, examples and exit statuses.\n");
    const dutch = await runPlan(['validate', '--format', 'xml']);
    expect(dutch.stderr).toContain("plan validate: 'xml' is geen geldige waarde voor --format. Kies uit: stylish, json, github, sarif.");
    expect(dutch.stderr).not.toContain('Opties:');
  });
});
