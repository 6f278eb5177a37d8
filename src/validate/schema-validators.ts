import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import type { PlanFileKey } from '../load/plan-files.js';
import { requireBundle } from '../load/require-bundle.js';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

type Validators = Record<PlanFileKey, CompiledValidator>;

let cached: Validators | undefined;

/**
 * The validators are compiled from schemas/ at build time (scripts/generate-validators.mjs);
 * loading them costs a few milliseconds instead of compiling with ajv on every run, less
 * with the code cache of scripts/code-cache.mjs.
 */
export function schemaValidators(): Validators {
  if (!cached) {
    // src/validate and dist/validate are both two levels below the package root.
    cached = requireBundle(fileURLToPath(new URL('../../generated/validators.cjs', import.meta.url))) as Validators;
  }
  return cached;
}
