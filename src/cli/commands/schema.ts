import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { messageLanguage } from '../../messages/index.js';
import { shippedSchemaFiles } from '../../shipped-schemas/copy-schemas.js';
import { shippedSchemasDir } from '../../shipped-schemas/schema-placement.js';
import { findConflicts, TargetNotAFolderError, writePlannedFiles } from '../../io/write-new-files.js';
import { EXIT, ExitError } from '../exit-error.js';
import { initText } from '../../messages/init.js';
import { refuseEmpty } from '../usage.js';
import { conflictMessage, notAFolderMessage } from '../../messages/write.js';
import { shownPath, writeFailure } from '../write-failure.js';

export interface SchemaOptions {
  out?: string;
  force?: boolean;
  lang?: string;
}

/**
 * Without --out: prints the path of each shipped schema, one a line, for scripts and editor
 * settings. With --out: copies them there. A file that is already identical is left alone;
 * one that differs is only replaced with --force.
 */
export async function schemaCommand(options: SchemaOptions): Promise<void> {
  const lang = messageLanguage(options.lang);
  refuseEmpty(options.out, '--out', '--out schemas', options.lang);
  const files = await shippedSchemaFiles();
  if (options.out === undefined) {
    const dir = shippedSchemasDir();
    process.stdout.write(files.map((f) => `${join(dir, f.path)}\n`).join(''));
    return;
  }

  const target = resolve(options.out);
  const shown = shownPath(target);
  let conflicts;
  try {
    conflicts = await findConflicts(target, files);
  } catch (error) {
    if (error instanceof TargetNotAFolderError) throw new ExitError(EXIT.usage, notAFolderMessage('schema', shown, lang));
    return writeFailure('schema', shown, lang)(error);
  }
  const identical = new Set<string>();
  for (const conflict of conflicts) {
    const file = files.find((f) => f.path === conflict.path);
    if (!conflict.folder && file && (await sameContent(join(target, conflict.path), file.content))) identical.add(conflict.path);
  }
  const real = conflicts.filter((c) => !identical.has(c.path));
  if (real.length > 0 && (!options.force || real.some((c) => c.folder))) throw new ExitError(EXIT.usage, conflictMessage('schema', shown, real, lang));

  const toWrite = files.filter((f) => !identical.has(f.path));
  await writePlannedFiles(target, toWrite, { force: Boolean(options.force) }).catch(writeFailure('schema', shown, lang));
  const list = (names: string[]): string => names.map((n) => `  ${n}\n`).join('');
  const unchanged = files.filter((f) => identical.has(f.path)).map((f) => f.path);
  const words = initText(lang);
  process.stdout.write(`${toWrite.length > 0 ? words.schemasWritten(shown, list(toWrite.map((f) => f.path))) : ''}${unchanged.length > 0 ? words.schemasUnchanged(shown, list(unchanged)) : ''}`);
}

/** Reads only a plain file of about the right size: a link to a pipe or /dev/zero never ends. */
async function sameContent(path: string, content: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size > Buffer.byteLength(content) * 2) return false;
  return (await readFile(path, 'utf8').catch(() => null)) === content;
}
