import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { packagePath } from '../package/package-root.js';

/** The schemas/ folder of the installed package. */
export function shippedSchemasDir(): string {
  return packagePath('schemas/');
}

function packageName(schemasDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(dirname(schemasDir), 'package.json'), 'utf8')) as { name?: unknown };
    return typeof manifest.name === 'string' ? manifest.name : 'beleidsplan';
  } catch {
    return 'beleidsplan';
  }
}

/** The real path of a folder that may not exist yet: the real path of its nearest existing ancestor, plus the rest. */
async function realPathLoose(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realPathLoose(parent), basename(path));
  }
}

async function sameFolder(a: string, realB: string): Promise<boolean> {
  try {
    return (await realpath(a)) === realB;
  } catch {
    return false;
  }
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The folder inside a plan that `plan init` copies the schemas to when the package is not part of the plan's project. */
export const PLAN_SCHEMAS_FOLDER = '.schemas';

export interface SchemaPlacement {
  /** What to write after `$schema=` for a shipped schema file such as `plan.schema.json`. */
  ref: (schemaFile: string) => string;
  /** True when the schemas must be copied into the plan's own `.schemas/` folder. */
  copy: boolean;
}

/**
 * Where the YAML files of a plan in `planDir` look for their schemas; always a relative path,
 * so that the modeline survives cloning the plan in every install mode.
 *
 * When the schemas belong to the same project as the plan — the plan lies inside the package
 * itself (a checkout), or the package is found from the plan folder the way Node finds it
 * (`node_modules/beleidsplan` in the folder or an ancestor: a devDependency, npm, pnpm and
 * workspaces alike) — the path points there: a clone gets them back with `npm ci`.
 * Otherwise (a global install, npx) the schemas are copied into the plan's own `.schemas/`
 * folder and the path points there: a path into a global folder or the npx cache would break
 * on a colleague's machine. (The yaml-language-server reads the path up to the first space,
 * so a relative path with a space or '#' also falls back to the copy.)
 */
export async function schemaPlacement(planDir: string, schemasDir: string = shippedSchemasDir()): Promise<SchemaPlacement> {
  const target = await realPathLoose(planDir);
  const schemas = await realpath(schemasDir);
  const copy: SchemaPlacement = { ref: (file) => `${PLAN_SCHEMAS_FOLDER}/${file}`, copy: true };

  let base: string | undefined;
  if (inside(target, dirname(schemas))) base = schemas;
  const name = packageName(schemas);
  for (let dir = target; base === undefined; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', ...name.split('/'), 'schemas');
    if (await sameFolder(candidate, schemas)) base = candidate;
    if (dirname(dir) === dir) break;
  }
  if (base === undefined) return copy;
  const rel = relative(target, base).split(sep).join('/') || '.';
  if (/[\s#]/.test(rel)) return copy;
  return { ref: (file) => `${rel}/${file}`, copy: false };
}
