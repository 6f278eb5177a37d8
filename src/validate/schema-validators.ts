import type { ErrorObject } from 'ajv';
import type { PlanFileKey } from '../load/plan-files.js';
// Compiled from schemas/ at build time (scripts/generate-validators.mjs), so that no run
// loads ajv's compiler or compiles the schemas again. src/validate, dist/validate and the
// CLI bundle (dist/bundle) are all two levels below the package root.
import validators from '../../generated/validators.cjs';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export function schemaValidators(): Record<PlanFileKey | 'monitoring', CompiledValidator> {
  return validators;
}
