import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir, removeDir, repoRoot } from '../helpers/cli.js';

// The workflows of docs/ci.md and the steps of action.yml, run as far as a machine without
// GitHub or GitLab allows: each command in bash in a repository of plans that installed
// beleidsplan as a devDependency, then the paths a later step reads (SARIF, artifacts).

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  id?: string;
  if?: string;
}

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'plan-ci-docs-'));
  await mkdir(join(repo, '.git'));
  for (const name of ['kempen', 'gemeente-x']) await cp(join(examplesDir, name), join(repo, 'plannen', name), { recursive: true });
  await writeFile(join(repo, 'package.json'), JSON.stringify({ name: 'plannen', private: true, devDependencies: { beleidsplan: '*' } }));
  // As `npm install --save-dev beleidsplan` leaves it: the package and its bin.
  await mkdir(join(repo, 'node_modules', '.bin'), { recursive: true });
  await symlink(repoRoot, join(repo, 'node_modules', 'beleidsplan'), 'dir');
  await symlink(join(repoRoot, 'bin', 'plan'), join(repo, 'node_modules', '.bin', 'plan'));
});
afterAll(async () => removeDir(repo));

/** The fenced yaml blocks of docs/ci.md under a heading. */
async function yamlBlocks(heading: string): Promise<unknown[]> {
  const text = await readFile(join(repoRoot, 'docs', 'ci.md'), 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith(heading))!;
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as unknown);
}

const bash = (script: string, env: Record<string, string>, cwd = repo) =>
  spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PATH: `${join(repo, 'node_modules', '.bin')}:${process.env.PATH}`, ...env } });

/** Runs a command of a workflow, except the install (done above, offline). */
function runCommand(command: string, env: Record<string, string>) {
  if (/^npm ci\b/.test(command)) return { status: 0, stdout: '', stderr: '' };
  return bash(command, env);
}

describe('docs/ci.md, GitHub Actions', () => {
  it('runs every command of the workflow, and the SARIF and artifact paths exist', async () => {
    const [workflow] = (await yamlBlocks('GitHub Actions')) as Array<{ jobs: Record<string, { steps: Step[] }>; permissions: Record<string, string> }>;
    expect(workflow!.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow!.jobs)[0]!.steps;
    const env = { GITHUB_WORKSPACE: repo, GITHUB_ACTIONS: 'true', CI: 'true' };
    for (const step of steps.filter((s) => s.run)) {
      const result = runCommand(step.run!, env);
      expect(result.status, `${step.run}\n${result.stderr}`).toBe(0);
      if (step.run!.includes('--format github')) expect(result.stdout).toMatch(/^Totaal: 2 plannen, 0 met fouten/m);
    }
    const sarif = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.with!.sarif_file!;
    expect(JSON.parse(await readFile(join(repo, sarif), 'utf8'))).toMatchObject({ version: '2.1.0' });
    const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with!.path!;
    for (const name of ['kempen', 'gemeente-x']) expect(existsSync(join(repo, artifact, name, 'plan.pdf')), `${artifact}${name}/plan.pdf`).toBe(true);
  });

  it('puts annotations on the right file when a plan is broken', async () => {
    await cp(join(fixturesDir, 'invalid', 'multiple-problems'), join(repo, 'plannen', 'zz-kapot'), { recursive: true });
    try {
      const [workflow] = (await yamlBlocks('GitHub Actions')) as Array<{ jobs: Record<string, { steps: Step[] }> }>;
      const validate = Object.values(workflow!.jobs)[0]!.steps.find((s) => s.run?.includes('--format github'))!;
      // As with `working-directory: plannen`: the paths stay relative to the workspace.
      const result = bash(validate.run!.replace("'plannen/*'", "'*'"), { GITHUB_WORKSPACE: repo }, join(repo, 'plannen'));
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^::error file=plannen\/zz-kapot\/goals\.yaml,line=15,col=9,/m);
    } finally {
      await removeDir(join(repo, 'plannen', 'zz-kapot'));
    }
  });

  it('uses the action with inputs it declares', async () => {
    const [, withAction] = (await yamlBlocks('GitHub Actions')) as Array<{ jobs: Record<string, { steps: Step[] }> }>;
    const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const step = Object.values(withAction!.jobs)[0]!.steps.find((s) => s.uses?.includes('beleidsplan'))!;
    for (const input of Object.keys(step.with!)) expect(Object.keys(action.inputs)).toContain(input);
  });
});

describe('action.yml', () => {
  const load = async () => parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> };

  it('is a composite action whose expressions name only declared inputs', async () => {
    const action = await load();
    expect(action.runs.using).toBe('composite');
    const text = await readFile(join(repoRoot, 'action.yml'), 'utf8');
    for (const [, name] of text.matchAll(/inputs\.([a-z-]+)/g)) expect(Object.keys(action.inputs)).toContain(name);
    // Inputs reach scripts through env, never pasted into the script (no injection).
    for (const step of action.runs.steps.filter((s) => s.run)) expect(step.run).not.toContain('${{');
  });

  it('validates, writes SARIF and renders with its own scripts', async () => {
    const action = await load();
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']));
    const runnerTemp = await mkdtemp(join(tmpdir(), 'plan-runner-'));
    try {
      const githubOutput = join(runnerTemp, 'output');
      await writeFile(githubOutput, '');
      const inputs = { ...defaults, plans: 'plannen/*', sarif: 'plan.sarif', 'render-pdf': 'true' };
      const env = (step: Step): Record<string, string> => ({
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: githubOutput,
        GITHUB_PATH: join(runnerTemp, 'path'),
        GITHUB_WORKSPACE: repo,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{ inputs\.([a-z-]+) \}\}/, (_, name: string) => inputs[name as keyof typeof inputs] ?? '')])),
      });
      const validate = action.runs.steps.find((s) => s.run?.includes('plan validate'))!;
      const checked = bash(validate.run!, env(validate));
      expect(checked.status, checked.stderr).toBe(0);
      expect(JSON.parse(await readFile(join(repo, 'plan.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
      const render = action.runs.steps.find((s) => s.id === 'render')!;
      const rendered = bash(render.run!, env(render));
      expect(rendered.status, rendered.stderr).toBe(0);
      const outDir = /^out-dir=(.*)$/m.exec(await readFile(githubOutput, 'utf8'))![1]!;
      for (const name of ['kempen', 'gemeente-x']) expect(existsSync(join(outDir, name, 'plan.pdf'))).toBe(true);
    } finally {
      await removeDir(runnerTemp);
    }
  });
});

describe('docs/ci.md, GitLab CI', () => {
  it('runs every script line, and the artifact paths exist', async () => {
    const [pipeline] = (await yamlBlocks('GitLab CI')) as Array<Record<string, { script?: string[]; before_script?: string[]; artifacts?: { paths: string[] } }>>;
    const env = { CI_PROJECT_DIR: repo, GITLAB_CI: 'true', CI: 'true' };
    for (const line of pipeline!.default!.before_script ?? []) expect(runCommand(line, env).status).toBe(0);
    for (const job of ['validate', 'render']) {
      for (const line of pipeline![job]!.script!) {
        const result = runCommand(line, env);
        expect(result.status, `${line}\n${result.stderr}`).toBe(0);
      }
      for (const path of pipeline![job]!.artifacts!.paths) expect(existsSync(join(repo, path)), path).toBe(true);
    }
    const sarif = JSON.parse(await readFile(join(repo, 'plan.sarif'), 'utf8')) as { runs: Array<{ originalUriBaseIds: Record<string, { uri: string }> }> };
    expect(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${repo}/`);
    expect(JSON.parse(await readFile(join(repo, 'plan-report.json'), 'utf8'))).toMatchObject({ version: 1, summary: { plans: 2 } });
    expect(existsSync(join(repo, 'site', 'kempen', 'plan.pdf'))).toBe(true);
    expect(execFileSync('ls', [join(repo, 'site')], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(['gemeente-x', 'kempen']);
  });
});

describe('README', () => {
  it('runs plan in CI examples only where the project installs beleidsplan (npx plan alone would fetch someone else\'s package)', async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```(yaml|sh)\n([\s\S]*?)```/g)].map((m) => m[2]!);
    for (const block of blocks.filter((b) => /\bnpx plan\b/.test(b))) {
      expect(/npm (ci|install --save-dev beleidsplan)/.test(block), block).toBe(true);
    }
  });
});
