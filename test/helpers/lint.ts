import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkPlan, type CheckResult } from '../../src/pipeline/check-plan.js';
import { fixturesDir, removeDir, tempPlan } from './cli.js';

export const baseDir = join(fixturesDir, 'base');

/** A whole file's new text, or an edit of the base fixture's text. */
export type Override = string | ((text: string) => string);

/**
 * Runs the core check (load → schema → references → model → lint) on a copy of the base
 * fixture with some files replaced or edited. Fails when the model was not built, so a rule
 * test never passes only because the plan did not get as far as the rules.
 */
export async function checkWith(overrides: Record<string, Override> = {}, options: { allowErrors?: boolean } = {}): Promise<CheckResult> {
  const dir = await tempPlan(baseDir);
  try {
    for (const [name, override] of Object.entries(overrides)) {
      const file = join(dir, name);
      const text = typeof override === 'string' ? override : override(await readFile(file, 'utf8'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
    const result = await checkPlan(dir);
    const errors = result.diagnostics.filter((d) => d.severity === 'error' && !d.rule);
    if (!options.allowErrors && (!result.model || errors.length > 0)) {
      throw new Error(`the test plan does not build: ${errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`).join('; ')}`);
    }
    return result;
  } finally {
    await removeDir(dir);
  }
}

export interface Hit {
  code: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The findings of one rule, in output order, reduced to what a test asserts. */
export function hits(result: CheckResult, rule: string): Hit[] {
  return result.diagnostics
    .filter((d) => d.rule === rule)
    .map(({ code, severity, file, line, column }) => ({ code, severity, file, line, column }));
}

/** Appends a `rules:` block to plan.yaml. */
export function withRules(yaml: string): Override {
  return (text) => `${text.trimEnd()}\nrules:\n${yaml}`;
}

/** Sets plan.yaml `ruleProfile:`, so a test checks the plan in that tradition. */
export function withProfile(profile: 'vad' | 'alcoholwet'): (text: string) => string {
  return (text) => `${text.trimEnd()}\nruleProfile: ${profile}\n`;
}
