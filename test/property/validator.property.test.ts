/**
 * Property: the schema step takes any value — not only what YAML can produce — and turns
 * every ajv error into a diagnostic the catalogue can print; and any JSON-like value written
 * as YAML goes through the whole check with every diagnostic inside the file.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import { diagnosticMessages as messages, renderMessage } from '../../src/messages/index.js';
import { schemaDiagnostics } from '../../src/validate/schema-errors.js';
import { schemaValidators } from '../../src/validate/schema-validators.js';
import { expectPrototypesClean, expectWithinBounds, runs } from '../helpers/bounds.js';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { planFileKeys } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const keys = planFileKeys;

/** Field names of the schemas, and names that have tripped JavaScript code before. */
const fieldName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('title', 'id', 'name', 'period', 'start', 'end', 'municipalities', 'partners', 'owner', 'pillars', 'items', 'sections', 'text', 'year', 'language', 'rules', 'labels'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0', ''),
);

/** Anything at all: Maps, Sets, Dates, BigInts, boxed values, null prototypes, sparse arrays. */
const anything = fc.anything({
  key: fieldName,
  maxDepth: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** What YAML can hold: JSON values, plus the numbers JSON cannot write. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: 1800, max: 2200 }),
    fc.double(),
    fc.string({ maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fieldName, tie('value'), { maxKeys: 5 }),
  ),
})).value;

let dir: string;
beforeAll(async () => {
  dir = await tempPlan(base);
});
afterAll(async () => {
  await removeDir(dir);
});

describe('the schema step on arbitrary values', () => {
  it('maps every ajv error to a printable diagnostic, and never throws', () => {
    const validators = schemaValidators();
    fc.assert(
      fc.property(fc.constantFrom(...keys), anything, (key, value) => {
        const validate = validators[key];
        if (validate(value)) return;
        const diagnostics = schemaDiagnostics(`${key}.yaml`, validate.errors ?? []);
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) {
          expect(messages[d.code], d.code).toBeDefined();
          expect(Array.isArray(d.path)).toBe(true);
          // A placeholder leaks when a template reads a parameter that is not there (unless
          // the user's own text says "undefined").
          const quoted = Object.values(d.params).filter((v) => v !== undefined).join(' ');
          if (/undefined|object Object/.test(quoted)) continue;
          for (const lang of ['nl', 'en'] as const) expect(renderMessage(d, lang).message).not.toMatch(/\bundefined\b|\[object Object\]/);
        }
        expectPrototypesClean();
      }),
      { numRuns: runs(400) },
    );
  });

  it('locates every diagnostic of a JSON-like value written as YAML inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), jsonish, async (key, value) => {
        const file = `${key}.yaml`;
        const text = stringify(value);
        await writeFile(join(dir, file), text);
        try {
          const result = await checkPlan(dir);
          expectWithinBounds(result.diagnostics, (name) => result.sources.get(name)?.lines);
          expectPrototypesClean();
        } finally {
          await writeFile(join(dir, file), readFileSync(join(base, file)));
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
