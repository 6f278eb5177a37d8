import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaTypes } from '../../scripts/schema-types.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('input types generated from the schemas', () => {
  it('are what the schemas say today (the build wrote them from these very files)', () => {
    const names = ['plan', 'analysis', 'stakeholders', 'mission', 'goals', 'monitoring'];
    const schemas = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(join(root, 'schemas', `${n}.schema.json`), 'utf8'))]));
    const generated = readFileSync(join(root, 'generated', 'input-types.d.ts'), 'utf8');
    const header = generated.slice(0, generated.indexOf('\n', generated.indexOf('\n') + 1) + 1);
    expect(schemaTypes(schemas, header)).toBe(generated);
    // Every schema file in schemas/ is one the generator reads.
    const files = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(files.sort()).toEqual(names.map((n) => `${n}.schema.json`).sort());
  });

  it('name $defs, mark required fields, join enums and if/then/else, and carry descriptions', () => {
    const out = schemaTypes(
      {
        demo: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: {
            id: { $ref: '#/$defs/id', description: 'Stable key.' },
            kind: { enum: ['a', 'b'] },
            value: { type: ['number', 'string'] },
            setting: { if: { type: 'string' }, then: { enum: ['off'] }, else: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false } },
            tags: { type: 'array', items: { type: 'string' } },
          },
          $defs: { id: { type: 'string', pattern: '^[a-z]+$' } },
        },
      },
      '',
    );
    expect(out).toContain('export type IdInput = string;');
    expect(out).toContain('export interface DemoInput {');
    expect(out).toContain('/** Stable key. */\n  id: IdInput;');
    expect(out).toContain('kind?: "a" | "b";');
    expect(out).toContain('value?: number | string;');
    expect(out).toContain('setting?: "off" | {\n    n?: number;\n  };');
    expect(out).toContain('tags?: Array<string>;');
  });

  it('stop the build on a keyword they do not understand, instead of widening a type', () => {
    expect(() => schemaTypes({ demo: { type: 'object', properties: { x: { not: { type: 'string' } } } } }, '')).toThrow(/demo\.schema\.json\/properties\/x: the type generator does not know "not"/);
    expect(() => schemaTypes({ demo: { properties: { x: { $ref: 'other.json#/a' } } } }, '')).toThrow(/only local/);
  });

  it('stop the build when two schemas define the same $defs name differently', () => {
    const a = { type: 'object', $defs: { budget: { type: 'number' } } };
    const b = { type: 'object', $defs: { budget: { type: 'string', description: 'other' } } };
    const same = { type: 'object', $defs: { budget: { type: 'number', description: 'documented differently' } } };
    expect(() => schemaTypes({ a, b }, '')).toThrow(/\$defs\/budget differs between a\.schema\.json and b\.schema\.json/);
    expect(() => schemaTypes({ a, same }, '')).not.toThrow();
  });
});
