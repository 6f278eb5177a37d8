import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planFiles } from '../load/plan-files.js';
import type { PlannedFile } from '../io/write-new-files.js';
import { shippedSchemasDir } from './schema-placement.js';

/** The schema file of each plan file (plan.yaml → plan.schema.json), and of the monitoring files. */
export const schemaFileNames = [...planFiles.map(({ key }) => `${key}.schema.json`), 'monitoring.schema.json'];

/** The shipped JSON Schemas, byte for byte, ready to be written elsewhere by `plan schema --out`. */
export async function shippedSchemaFiles(schemasDir: string = shippedSchemasDir()): Promise<PlannedFile[]> {
  return Promise.all(schemaFileNames.map(async (path) => ({ path, content: await readFile(join(schemasDir, path), 'utf8') })));
}
