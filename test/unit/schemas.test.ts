import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

type Schema = Record<string, unknown>;

const schemasDir = join(repoRoot, 'schemas');
const files = readdirSync(schemasDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const schemas = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(schemasDir, f), 'utf8')) as Schema]));

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every subschema of a schema, with its JSON Pointer, including those under $defs. */
function* subschemas(schema: Schema, pointer = ''): Generator<{ node: Schema; pointer: string }> {
  yield { node: schema, pointer };
  for (const key of ['properties', '$defs']) {
    const map = schema[key];
    if (isSchema(map)) for (const [name, sub] of Object.entries(map)) if (isSchema(sub)) yield* subschemas(sub, `${pointer}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else']) {
    const sub = schema[key];
    if (isSchema(sub)) yield* subschemas(sub, `${pointer}/${key}`);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const list = schema[key];
    if (Array.isArray(list)) for (const [i, sub] of list.entries()) if (isSchema(sub)) yield* subschemas(sub, `${pointer}/${key}/${i}`);
  }
}

/** The $defs entry a local `$ref` ("#/$defs/name") points to. */
function definition(root: Schema, ref: unknown): Schema | undefined {
  const match = typeof ref === 'string' ? /^#\/\$defs\/([^/]+)$/.exec(ref) : null;
  const defs = root.$defs;
  return match && isSchema(defs) && isSchema(defs[match[1]!]) ? (defs[match[1]!] as Schema) : undefined;
}

const isObjectSchema = (node: Schema): boolean => node.type === 'object' || 'properties' in node;

describe.each(files)('schemas/%s', (file) => {
  const schema = schemas.get(file)!;

  it('is JSON Schema draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:beleidsplan:schema:v1:[a-z]+$/);
    expect(schema.$id).toBe(`urn:beleidsplan:schema:v1:${file.replace('.schema.json', '')}`);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it('closes every object: additionalProperties is false (or a schema, for a keyed map)', () => {
    const open: string[] = [];
    for (const { node, pointer } of subschemas(schema)) {
      if (!isObjectSchema(node)) continue;
      const closed = node.additionalProperties === false;
      // A map of free keys (plan.yaml `rules`: rule id → severity) constrains its values instead;
      // it may describe some keys more closely (`pillar-balance` takes an option).
      const keyedMap = isSchema(node.additionalProperties);
      if (!closed && !keyedMap) open.push(pointer || '(root)');
    }
    expect(open).toEqual([]);
  });

  it('describes every property and every definition in its own words (a $ref property too: editors show the property, not the definition)', () => {
    const undescribed: string[] = [];
    const described = (node: Schema): boolean => typeof node.description === 'string' && node.description.trim().length > 0;
    for (const { node, pointer } of subschemas(schema)) {
      for (const key of ['properties', '$defs']) {
        const map = node[key];
        if (!isSchema(map)) continue;
        for (const [name, sub] of Object.entries(map)) {
          if (isSchema(sub) && !described(sub)) undescribed.push(`${pointer}/${key}/${name}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('has examples, at the root and for fields', () => {
    const withExamples = [...subschemas(schema)].filter(({ node }) => Array.isArray(node.examples) && node.examples.length > 0);
    expect(withExamples.map((s) => s.pointer)).toContain('');
    expect(withExamples.length).toBeGreaterThan(5);
  });

  it('requires only fields it declares, and every $ref resolves', () => {
    for (const { node, pointer } of subschemas(schema)) {
      if (Array.isArray(node.required)) {
        const declared = Object.keys(isSchema(node.properties) ? node.properties : {});
        for (const name of node.required) expect(declared, `${pointer} requires ${String(name)}`).toContain(name);
      }
      if (node.$ref !== undefined) expect(definition(schema, node.$ref), `${pointer} → ${String(node.$ref)}`).toBeDefined();
    }
  });
});

describe('examples in the schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv, ['email', 'date']);
  for (const schema of schemas.values()) ajv.addSchema(schema);

  it('are valid against the (sub)schema they illustrate', () => {
    const invalid: string[] = [];
    for (const [file, schema] of schemas) {
      for (const { node, pointer } of subschemas(schema)) {
        if (!Array.isArray(node.examples)) continue;
        const validate = ajv.getSchema(`${String(schema.$id)}#${pointer}`);
        expect(validate, `${file}#${pointer}`).toBeDefined();
        for (const example of node.examples) {
          if (!validate!(example)) invalid.push(`${file}#${pointer}: ${JSON.stringify(example)} — ${ajv.errorsText(validate!.errors)}`);
        }
      }
    }
    expect(invalid).toEqual([]);
  });
});

describe('shared definitions', () => {
  /** Definitions that appear in more than one file, by name. */
  const shared = new Map<string, Array<{ file: string; def: unknown }>>();
  for (const [file, schema] of schemas) {
    for (const [name, def] of Object.entries(isSchema(schema.$defs) ? schema.$defs : {})) {
      shared.set(name, [...(shared.get(name) ?? []), { file, def }]);
    }
  }
  const duplicated = [...shared].filter(([, copies]) => copies.length > 1);

  it('include the common building blocks', () => {
    expect(duplicated.map(([name]) => name)).toEqual(expect.arrayContaining(['id', 'year', 'date', 'markdown', 'list']));
  });

  it.each(duplicated)('$defs/%s is identical in every file that has it', (_name, copies) => {
    const [first, ...rest] = copies;
    for (const copy of rest) expect(copy.def, `${copy.file} differs from ${first!.file}`).toEqual(first!.def);
  });
});

describe('$defs/id', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  const id = ajv.compile((schemas.get('goals.schema.json')!.$defs as Record<string, Schema>).id!);

  it.each(['alcohol', 'lokale-politie', '3-mmc', '2c-b', '4-fa', 'ghb-gbl', 'a1'])('accepts %s', (value) => {
    expect(id(value)).toBe(true);
  });

  it.each(['Minder_Gebruik', '-mmc', 'mmc-', 'lokale--politie', 'lokale politie', ''])('rejects %j', (value) => {
    expect(id(value)).toBe(false);
  });
});
