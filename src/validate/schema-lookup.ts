import { readFileSync } from 'node:fs';
import type { DataPath } from '../diagnostics/diagnostic.js';
import { packagePath } from '../package/package-root.js';

export type SchemaNode = Record<string, unknown>;

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const cache = new Map<string, SchemaNode | undefined>();

/** The schema a file follows: "goals.yaml" → goals, "monitoring/2023.yaml" → monitoring. */
export function schemaName(file: string): string {
  return file.startsWith('monitoring/') ? 'monitoring' : file.replace(/\.yaml$/, '');
}

/**
 * The JSON Schema of a plan file ("goals.yaml" → schemas/goals.schema.json), read only when a
 * message needs more than the ajv error carries, such as the fields next to a wrong value.
 */
export function schemaOf(file: string): SchemaNode | undefined {
  if (!cache.has(file)) {
    let schema: SchemaNode | undefined;
    try {
      const parsed: unknown = JSON.parse(readFileSync(packagePath('schemas', `${schemaName(file)}.schema.json`), 'utf8'));
      schema = isNode(parsed) ? parsed : undefined;
    } catch {
      schema = undefined;
    }
    cache.set(file, schema);
  }
  return cache.get(file);
}

/** Follows local references ("#/$defs/id") to the definition. */
function resolve(root: SchemaNode, node: unknown): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; hops < 10 && isNode(current) && typeof current.$ref === 'string'; hops++) {
    const name = /^#\/\$defs\/([^/]+)$/.exec(current.$ref)?.[1];
    current = name && isNode(root.$defs) ? root.$defs[name] : undefined;
  }
  return isNode(current) ? current : undefined;
}

/** The (sub)schema that describes the value at a data path, or undefined when the path leaves the schema. */
export function schemaAt(root: SchemaNode, path: DataPath): SchemaNode | undefined {
  let node = resolve(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    node = resolve(root, typeof segment === 'number' ? node.items : isNode(node.properties) ? node.properties[segment] : undefined);
  }
  return node;
}
