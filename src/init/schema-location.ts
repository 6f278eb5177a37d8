import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The schemas/ folder of the installed package (src/init and dist/init are two levels below the root). */
export function shippedSchemasDir(): string {
  return fileURLToPath(new URL('../../schemas/', import.meta.url));
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

/**
 * Where the YAML files of a plan in `planDir` should look for the shipped schemas.
 *
 * A relative path when the schemas belong to the same project as the plan: the plan lies
 * inside the package itself (a checkout), or the package is found from the plan folder the
 * way Node finds it (`node_modules/beleidsplan` in the folder or an ancestor — npm, pnpm and
 * workspaces alike). That path survives moving or cloning the project. Otherwise — a global
 * install or the npx cache — an absolute file:// URL, which at least survives moving the plan
 * folder. The yaml-language-server reads the path up to the first space and resolves it as a
 * file path, so a relative path with a space or '#' becomes a URL too.
 */
export async function schemaReference(planDir: string, schemasDir: string = shippedSchemasDir()): Promise<(schemaFile: string) => string> {
  const target = await realPathLoose(planDir);
  const schemas = await realpath(schemasDir);
  const url = (file: string): string => pathToFileURL(join(schemas, file)).href;

  let base: string | undefined;
  if (inside(target, dirname(schemas))) base = schemas;
  const name = packageName(schemas);
  for (let dir = target; base === undefined; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', ...name.split('/'), 'schemas');
    if (await sameFolder(candidate, schemas)) base = candidate;
    if (dirname(dir) === dir) break;
  }
  if (base === undefined) return url;
  const rel = relative(target, base).split(sep).join('/') || '.';
  if (/[\s#]/.test(rel)) return url;
  return (file) => `${rel}/${file}`;
}
