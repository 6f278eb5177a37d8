import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { PlanFileKey } from '../load/plan-files.js';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

type Validators = Record<PlanFileKey, CompiledValidator>;

let cached: Validators | undefined;

/**
 * The validators are compiled from schemas/ at build time (scripts/generate-validators.mjs);
 * loading them costs a few milliseconds instead of compiling with ajv on every run.
 */
export function schemaValidators(): Validators {
  if (!cached) {
    const require = createRequire(import.meta.url);
    // src/validate and dist/validate are both two levels below the package root.
    cached = require('../../generated/validators.cjs') as Validators;
  }
  return cached;
}
