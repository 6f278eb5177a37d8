// Turns the JSON Schemas into TypeScript types, so that the input types cannot drift from
// what the validators accept. Written here rather than taken from npm because our schemas
// use a small, fixed part of JSON Schema (local `$ref`s, `$defs`, enums, if/then/else), and
// because we want the names we choose: each `$defs` entry becomes `<Name>Input`, each
// schema's root `<File>Input`. A keyword that would change a type but is not understood
// here stops the build instead of silently widening a type.

// Keywords that only narrow values (ajv checks them) or document them: they change no type.
const ignored = new Set([
  '$schema', '$id', '$comment', 'title', 'description', 'examples', 'default', 'deprecated',
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties',
  'maxProperties', 'required', 'if', 'errorMessage', 'propertyNames',
]);
const understood = new Set([
  ...ignored, 'type', 'enum', 'const', '$ref', 'items', 'properties', 'additionalProperties',
  'then', 'else', 'oneOf', 'anyOf', 'allOf', '$defs',
]);

export function typeName(key, suffix = 'Input') {
  return key.replace(/(^|[-_ ])([a-z0-9])/g, (_, __, c) => c.toUpperCase()) + suffix;
}

/** Schema without annotations, to compare two `$defs` entries of the same name. */
function shape(schema) {
  if (Array.isArray(schema)) return schema.map(shape);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const key of Object.keys(schema).sort()) {
    if (['description', 'examples', 'title', '$comment'].includes(key)) continue;
    out[key] = shape(schema[key]);
  }
  return out;
}

function comment(text, indent) {
  if (!text) return '';
  const lines = String(text).replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/** ${lines.join(`\n${indent} * `)} */\n`;
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function emit(schema, where, indent) {
  if (schema === true || schema === undefined) return 'unknown';
  if (schema === false) return 'never';
  for (const key of Object.keys(schema)) {
    if (!understood.has(key)) throw new Error(`${where}: the type generator does not know "${key}"; teach scripts/schema-types.mjs`);
  }
  const parts = [];
  if (schema.$ref) {
    const match = /^#\/\$defs\/([A-Za-z0-9-]+)$/.exec(schema.$ref);
    if (!match) throw new Error(`${where}: only local "#/$defs/..." references are supported, not ${schema.$ref}`);
    parts.push(typeName(match[1]));
  }
  if (schema.enum) parts.push(schema.enum.map((v) => JSON.stringify(v)).join(' | '));
  if ('const' in schema) parts.push(JSON.stringify(schema.const));
  if (schema.then || schema.else) {
    // if/then/else: a value is one or the other, whatever the condition. A branch that only
    // requires fields (`else: { properties: { amount: true }, required: [amount] }`) changes no type.
    const typed = (s) => ['type', '$ref', 'enum', 'const', 'then', 'else', 'oneOf', 'anyOf', 'allOf'].some((k) => k in s);
    const branches = [schema.then, schema.else].filter((s) => s && typed(s));
    if (branches.length > 0) parts.push(branches.map((s) => emit(s, `${where}/then-else`, indent)).join(' | '));
  }
  for (const [key, joiner] of [['oneOf', ' | '], ['anyOf', ' | '], ['allOf', ' & ']]) {
    if (schema[key]) parts.push(`(${schema[key].map((s, i) => emit(s, `${where}/${key}/${i}`, indent)).join(joiner)})`);
  }
  const types = schema.type === undefined ? [] : [].concat(schema.type);
  const hasObjectShape = schema.properties || schema.additionalProperties !== undefined;
  if (!schema.enum && !('const' in schema)) {
    const emitted = types.map((type) => {
      switch (type) {
        case 'string': return 'string';
        case 'number': case 'integer': return 'number';
        case 'boolean': return 'boolean';
        case 'null': return 'null';
        case 'array': return `Array<${emit(schema.items, `${where}/items`, indent)}>`;
        case 'object': return objectType(schema, where, indent);
        default: throw new Error(`${where}: unknown type ${type}`);
      }
    });
    if (emitted.length > 0) parts.push(emitted.join(' | '));
    else if (hasObjectShape) parts.push(objectType(schema, where, indent));
  }
  if (parts.length === 0) return 'unknown';
  return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' & ');
}

function objectType(schema, where, indent) {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = [];
  const propertyTypes = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const type = emit(property, `${where}/properties/${name}`, inner);
    propertyTypes.push(type);
    const key = identifier.test(name) ? name : JSON.stringify(name);
    lines.push(`${comment(property.description, inner)}${inner}${key}${required.has(name) ? '' : '?'}: ${type};`);
  }
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false) {
    const type = emit(extra, `${where}/additionalProperties`, inner);
    // Named properties must fit the index signature too.
    const all = [...new Set([type, ...propertyTypes])].join(' | ');
    lines.push(`${inner}[key: string]: ${all}${propertyTypes.length > 0 ? ' | undefined' : ''};`);
  } else if (extra === undefined && !schema.properties) {
    lines.push(`${inner}[key: string]: unknown;`);
  }
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function declaration(name, schema, where) {
  const type = emit(schema, where, '');
  const doc = comment(schema.description, '');
  const isInterface = type.startsWith('{\n') && schema.type === 'object' && !schema.$ref;
  return isInterface ? `${doc}export interface ${name} ${type}\n` : `${doc}export type ${name} = ${type};\n`;
}

/**
 * The declarations of several schemas, as one TypeScript module. `schemas` maps a file
 * name (plan, goals ...) to its parsed schema. `$defs` of the same name in several files
 * must describe the same values (they are emitted once); otherwise the build stops.
 */
export function schemaTypes(schemas, header) {
  const defs = new Map();
  const out = [header];
  for (const [file, schema] of Object.entries(schemas)) {
    for (const [key, def] of Object.entries(schema.$defs ?? {})) {
      const seen = defs.get(key);
      if (seen) {
        if (JSON.stringify(shape(seen.def)) !== JSON.stringify(shape(def))) {
          throw new Error(`$defs/${key} differs between ${seen.file}.schema.json and ${file}.schema.json; give one of them another name`);
        }
        continue;
      }
      defs.set(key, { file, def });
      out.push(declaration(typeName(key), def, `${file}.schema.json#/$defs/${key}`));
    }
    const { $defs: _defs, ...root } = schema;
    out.push(declaration(typeName(file), root, `${file}.schema.json`));
  }
  return out.join('\n');
}
