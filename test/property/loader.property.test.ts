/**
 * Property: whatever bytes a plan file holds, checkPlan returns diagnostics — it never
 * throws — and every diagnostic points inside the file. Runs in-process on a temp copy of
 * the base fixture, one file replaced per run.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check-plan.js';
import { expectPrototypesClean, expectWithinBounds, linesOf, runs } from '../helpers/bounds.js';
import { fixturesDir, removeDir, tempPlan } from '../helpers/cli.js';
import { planFileNames } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const files = planFileNames;
const baseText = Object.fromEntries(files.map((f) => [f, readFileSync(join(base, f), 'utf8')])) as Record<(typeof files)[number], string>;

/** Pieces of YAML syntax, so that random strings hit the parser's corners, not just plain text. */
const yamlPiece = fc.constantFrom(
  '\n', '\r\n', '\r', ' ', '  ', '\t', '- ', ': ', ':', '? ', '[', ']', '{', '}', ',', '"', "'", '\\', '#', '|', '>', '|-', '>+',
  '&a ', '*a', '&b ', '*b', '<<: ', '!', '!!str ', '!!timestamp ', '!foo ', '%YAML 1.2\n', '---\n', '...\n', '\uFEFF', '\u0000', '\u001b[2J',
  'title', 'id', 'x', 'ja', 'yes', '2024', '.inf', '0x1F', '~', 'null', '__proto__', 'constructor', 'é', '😀', '\uFFFD',
);
const yamlish = fc.array(yamlPiece, { maxLength: 80 }).map((parts) => parts.join(''));

/** A base file with YAML pieces spliced in at one place. */
const spliced = fc
  .record({ file: fc.constantFrom(...files), at: fc.nat(), insert: yamlish, cut: fc.nat({ max: 20 }) })
  .map(({ file, at, insert, cut }) => {
    const text = baseText[file];
    const i = at % (text.length + 1);
    return { file, bytes: Buffer.from(text.slice(0, i) + insert + text.slice(i + cut), 'utf8') };
  });

const anyFile = fc.constantFrom(...files);
const contents = fc.oneof(
  fc.record({ file: anyFile, bytes: fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)) }),
  fc.record({ file: anyFile, bytes: fc.string({ unit: 'binary', maxLength: 300 }).map((s) => Buffer.from(s, 'utf8')) }),
  fc.record({ file: anyFile, bytes: yamlish.map((s) => Buffer.from(s, 'utf8')) }),
  spliced,
);

let dir: string;
beforeAll(async () => {
  dir = await tempPlan(base);
});
afterAll(async () => {
  await removeDir(dir);
});

describe('checkPlan on arbitrary file contents', () => {
  it('returns diagnostics located inside the file, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(contents, async ({ file, bytes }) => {
        await writeFile(join(dir, file), bytes);
        try {
          const result = await checkPlan(dir);
          const written = linesOf(new TextDecoder().decode(bytes));
          expectWithinBounds(result.diagnostics, (name) => (name === file ? written : result.sources.get(name)?.lines));
          // Valid input must say so: a model, or at least one error explaining why not.
          expect(result.model !== undefined || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          expectPrototypesClean();
        } finally {
          await writeFile(join(dir, file), baseText[file]);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
