import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { packagePath } from '../package/package-root.js';

/**
 * The stack trace of an unexpected error as the "this is a bug" report shows it: each frame
 * in a bundle of dist/bundle/ (scripts/bundle-cli.mjs) names the source file and line it
 * came from, read from the bundle's source map (`<bundle>.map`), relative to the package
 * root: `src/load/load-plan.ts:72:16` instead of a line of a 1.5 MB file on the build
 * machine. The maps are read here only, when a bug is reported, so that they cost nothing
 * at start. A frame whose map is missing or has no entry for its line stays as it was.
 */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(/([^\s()]+\.cjs):(\d+):(\d+)/g, (frame, file: string, line: string, column: string) => {
    if (!maps.has(file)) maps.set(file, readMap(file));
    const map = maps.get(file);
    const entry = map?.findEntry(Number(line) - 1, Number(column) - 1);
    // findEntry answers with the nearest mapping before the position, even on an earlier line.
    if (!entry || !('originalSource' in entry) || entry.generatedLine !== Number(line) - 1) return frame;
    return `${pathInPackage(resolve(dirname(file), entry.originalSource))}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function readMap(file: string): SourceMap | undefined {
  if (!isAbsolute(file)) return undefined;
  try {
    return new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
  } catch {
    // No map (an unbundled run, or a build without maps): the frame keeps the bundle's line.
    return undefined;
  }
}

const root = packagePath();

/** `src/cli/index.ts` for a file in the package, the absolute path for one outside it. */
function pathInPackage(file: string): string {
  const inside = relative(root, file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}
