/**
 * The bad-input corpus: broken and hostile plan folders, each run through the real CLI.
 * Folder cases live in test/corpus/<name>/ (the files that replace those of the base
 * fixture, and expect.json); cases that are big or made of raw bytes are built below.
 * Every case must end in time, print no stack trace, exit as expected, report exactly the
 * expected diagnostics at the expected places, and leave the plan folder untouched.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFile as edit, fixturesDir, HANG_MS, hasMkfifo, isRoot, planBin, removeDir, repoRoot, runPlan, stackTrace, tempPlan } from '../helpers/cli.js';
import { jpegFile, pngClaiming, pngFile } from '../helpers/images.js';
import { snapshot } from '../helpers/tree.js';
import { planFileNames } from '../../src/load/plan-files.js';

const base = join(fixturesDir, 'base');
const corpusDir = join(repoRoot, 'test', 'corpus');
const planFiles = planFileNames;

interface Located {
  code: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Expected {
  exit: number;
  /** The exact list of diagnostics, in output order. */
  diagnostics?: Located[];
  /** Or: diagnostics that must be among them … */
  includes?: Located[];
  /** … and how many there are. */
  count?: number;
  /** For exit 2: what stderr must say. */
  stderr?: RegExp;
}

interface Case extends Expected {
  name: string;
  about: string;
  /** Turns a fresh copy of the base plan into the case; returns the folder to validate. */
  build: (dir: string) => Promise<string | void>;
  skip?: boolean;
}

// ---------------------------------------------------------------------------------------
// Folder cases from test/corpus/.

function folderCase(name: string): Case {
  const dir = join(corpusDir, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expected & { about: string; remove?: string[] };
  return {
    ...expected,
    name,
    build: async (plan) => {
      for (const file of expected.remove ?? []) await rm(join(plan, file), { force: true });
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'expect.json') continue;
        await rm(join(plan, entry.name), { recursive: true, force: true });
        await cp(join(dir, entry.name), join(plan, entry.name), { recursive: true });
      }
    },
  };
}

// ---------------------------------------------------------------------------------------
// Built cases.

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SECRET = 'ghp_geheimTokenVanDeCI_1234567890';

async function eachFile(dir: string, change: (bytes: Buffer) => Buffer): Promise<void> {
  for (const file of planFiles) await writeFile(join(dir, file), change(await readFile(join(dir, file))));
}

const toCrlf = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n'), 'utf8');
const withBom = (bytes: Buffer): Buffer => Buffer.concat([BOM, bytes]);

/** Replaces text, in bytes, so that the result may be anything but UTF-8. */
async function editBytes(dir: string, file: string, find: string, replacement: Buffer): Promise<void> {
  const path = join(dir, file);
  const bytes = await readFile(path);
  const at = bytes.indexOf(find);
  if (at < 0) throw new Error(`${find} not in ${file}`);
  await writeFile(path, Buffer.concat([bytes.subarray(0, at), replacement, bytes.subarray(at + find.length)]));
}


const built: Case[] = [
  {
    name: 'crlf-whole-plan',
    about: 'The whole base plan with Windows line ends (CRLF) validates cleanly.',
    build: (dir) => eachFile(dir, toCrlf),
    exit: 0,
    diagnostics: [],
  },
  {
    name: 'bom-whole-plan',
    about: 'Every file starting with a UTF-8 byte-order mark validates cleanly.',
    build: (dir) => eachFile(dir, withBom),
    exit: 0,
    diagnostics: [],
  },
  {
    name: 'bom-and-crlf-whole-plan',
    about: 'A byte-order mark and CRLF line ends together, as Notepad writes them.',
    build: (dir) => eachFile(dir, (b) => withBom(toCrlf(b))),
    exit: 0,
    diagnostics: [],
  },
  {
    name: 'cr-only-whole-plan',
    about: 'Old Mac line ends (a lone CR) are line breaks in YAML 1.2: the plan validates cleanly.',
    build: (dir) => eachFile(dir, (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r'), 'utf8')),
    exit: 0,
    diagnostics: [],
  },
  {
    name: 'cr-cr-lf-with-error',
    about: 'CR CR LF line ends (a CRLF file converted once more): a misspelt field is located on its line.',
    build: async (dir) => {
      await edit(dir, 'goals.yaml', (t) => t.replace('owner: preventiedienst', 'onwer: preventiedienst'));
      await eachFile(dir, (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\r\n'), 'utf8'));
    },
    exit: 1,
    diagnostics: [{ code: 'unknown-field', file: 'goals.yaml', line: 29, column: 9 }],
  },
  {
    name: 'crlf-with-error',
    about: 'With CRLF line ends, a misspelt field is still located at the right column.',
    build: async (dir) => {
      await edit(dir, 'goals.yaml', (t) => t.replace('owner: preventiedienst', 'onwer: preventiedienst'));
      await eachFile(dir, toCrlf);
    },
    exit: 1,
    diagnostics: [{ code: 'unknown-field', file: 'goals.yaml', line: 15, column: 9 }],
  },
  {
    name: 'bom-with-error-on-line-1',
    about: 'The byte-order mark does not count as a column: an error at the start of line 1 is at column 1.',
    build: async (dir) => {
      await edit(dir, 'plan.yaml', (t) => t.replace('title:', 'titel:'));
      await eachFile(dir, withBom);
    },
    exit: 1,
    diagnostics: [
      { code: 'missing-field', file: 'plan.yaml', line: 1, column: 1 },
      { code: 'unknown-field', file: 'plan.yaml', line: 1, column: 1 },
    ],
  },
  {
    name: 'not-utf8-latin1',
    about: 'A Latin-1 "é" (byte 0xE9) in a UTF-8 file: located at the character.',
    build: (dir) => editBytes(dir, 'plan.yaml', 'Jan Janssens', Buffer.from('Andr\xe9 Janssens', 'latin1')),
    exit: 1,
    diagnostics: [{ code: 'not-utf8', file: 'plan.yaml', line: 16, column: 13 }],
  },
  {
    name: 'not-utf8-after-replacement-character',
    about: 'A real U+FFFD earlier in the file does not move the location of the bad byte.',
    build: async (dir) => {
      await editBytes(dir, 'plan.yaml', 'Alcohol-', Buffer.from('Alcohol\u{FFFD}', 'utf8'));
      await editBytes(dir, 'plan.yaml', 'Jan Janssens', Buffer.from('Andr\xe9 Janssens', 'latin1'));
    },
    exit: 1,
    diagnostics: [{ code: 'not-utf8', file: 'plan.yaml', line: 16, column: 13 }],
  },
  {
    name: 'not-utf8-bom-then-bad-byte',
    about: 'After a byte-order mark, the bad byte is counted from the first visible character.',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), Buffer.concat([BOM, Buffer.from('mission: caf\xe9\n', 'latin1')])),
    exit: 1,
    diagnostics: [{ code: 'not-utf8', file: 'mission.yaml', line: 1, column: 13 }],
  },
  {
    name: 'not-utf8-utf16',
    about: 'A file saved as UTF-16 (with its byte-order mark FF FE).',
    build: async (dir) => {
      const text = await readFile(join(dir, 'mission.yaml'), 'utf8');
      await writeFile(join(dir, 'mission.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    },
    exit: 1,
    diagnostics: [{ code: 'not-utf8', file: 'mission.yaml', line: 1, column: 1 }],
  },
  {
    name: 'control-characters',
    about: 'Escape sequences in a field name and on the shown line never reach the terminal.',
    build: (dir) =>
      edit(dir, 'plan.yaml', (t) => `${t}"\\e[2J\\e]8;;https://example.org\\aklik\\e]8;;\\a": 1\nsubtitle: "\x1b[31mrood"\nstatus2\x07\x1b[1A: x\n`),
    exit: 1,
    diagnostics: [
      { code: 'unknown-field', file: 'plan.yaml', line: 25, column: 1 },
      { code: 'unknown-field', file: 'plan.yaml', line: 27, column: 1 },
    ],
  },
  {
    name: 'file-of-10-mb',
    about: 'A 10 MB file is refused before it is read.',
    build: (dir) => writeFile(join(dir, 'analysis.yaml'), `problem:\n  text: "${'a'.repeat(10 * 1024 * 1024)}"\n`),
    exit: 1,
    diagnostics: [{ code: 'file-too-large', file: 'analysis.yaml' }],
  },
  {
    name: 'nested-5000-deep-lists',
    about: '[[[[ … 5000 deep: stopped at the 101st level (column 109), no stack overflow, no crash of V8.',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), `mission: ${'['.repeat(5000)}${']'.repeat(5000)}\n`),
    exit: 1,
    diagnostics: [{ code: 'yaml-too-deep', file: 'mission.yaml', line: 1, column: 109 }],
  },
  {
    name: 'nested-5000-deep-maps',
    about: '{a: {a: … 5000 deep.',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), `mission: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`),
    exit: 1,
    diagnostics: [{ code: 'yaml-too-deep', file: 'mission.yaml', line: 1, column: 406 }],
  },
  {
    name: 'nested-unclosed-5-mb',
    about: 'Five megabytes of "[" (the parser alone used to run out of memory on this).',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), `mission: ${'['.repeat(5 * 1024 * 1024 - 100)}`),
    exit: 1,
    diagnostics: [{ code: 'yaml-too-deep', file: 'mission.yaml', line: 1, column: 109 }],
  },
  {
    name: 'nested-block-maps',
    about: 'Block maps nested 2000 deep by indentation: reported at the first level past 100.',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')),
    exit: 1,
    diagnostics: [{ code: 'yaml-too-deep', file: 'mission.yaml', line: 101, column: 101 }],
  },
  {
    name: 'nested-block-sequences',
    about: '"- - - - …" 5000 deep on one line.',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), `mission:\n  ${'- '.repeat(5000)}x\n`),
    exit: 1,
    diagnostics: [{ code: 'yaml-too-deep', file: 'mission.yaml', line: 2, column: 201 }],
  },
  {
    name: 'billion-laughs',
    about: 'Ten levels of ten aliases each: stopped at the alias that crosses the limit.',
    build: (dir) => {
      const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
      return writeFile(join(dir, 'mission.yaml'), `${lines.join('\n')}\n`);
    },
    exit: 1,
    diagnostics: [{ code: 'yaml-alias-bomb', file: 'mission.yaml', line: 4, column: 45 }],
  },
  {
    name: 'alias-chain-depth',
    about: 'Each alias nests the one before: deep data built from a shallow file.',
    build: (dir) => {
      const lines = ['l0: &l0 [x]'];
      for (let i = 1; i < 200; i++) lines.push(`l${i}: &l${i} [*l${i - 1}]`);
      return writeFile(join(dir, 'mission.yaml'), `${lines.join('\n')}\n`);
    },
    exit: 1,
    diagnostics: [{ code: 'yaml-too-deep', file: 'mission.yaml', line: 100, column: 12 }],
  },
  {
    name: 'many-unknown-keys',
    about: '120 000 unknown fields (1.7 MB): linear time, and the report stops at 200.',
    build: (dir) => edit(dir, 'plan.yaml', (t) => t + Array.from({ length: 120_000 }, (_, i) => `k${i}: x\n`).join('')),
    exit: 1,
    count: 201,
    includes: [{ code: 'too-many-problems', file: 'plan.yaml' }, { code: 'unknown-field', file: 'plan.yaml', line: 25, column: 1 }],
  },
  {
    name: 'many-broken-references',
    about: '20 000 partners and 5 000 unknown references: no quadratic suggestion search.',
    build: async (dir) => {
      const partners = Array.from({ length: 20_000 }, (_, i) => `  - { id: partner-${i}, name: P, sector: health }\n`).join('');
      await edit(dir, 'stakeholders.yaml', (t) => t.replace('partners:\n', `partners:\n${partners}`));
      const refs = Array.from({ length: 5_000 }, (_, i) => `onbekend-${i}`).join(', ');
      await edit(dir, 'goals.yaml', (t) => t.replace('partners: [cgg]', `partners: [${refs}]`));
    },
    exit: 1,
    count: 201,
    includes: [{ code: 'too-many-problems', file: 'goals.yaml' }, { code: 'unknown-stakeholder', file: 'goals.yaml', line: 16, column: 20 }],
  },
  {
    name: 'one-line-of-1-mb',
    about: 'A 1 MB line with an error at its end: the code frame shows a window, not the line.',
    build: (dir) => writeFile(join(dir, 'mission.yaml'), `mission: [${'x, '.repeat(350_000)}x]]\n`),
    exit: 1,
    diagnostics: [{ code: 'yaml-syntax', file: 'mission.yaml', line: 1, column: 1_050_013 }],
  },
  {
    name: 'device-instead-of-file',
    about: 'goals.yaml links to /dev/zero, which never ends: refused without reading, as outside the plan folder.',
    skip: !existsSync('/dev/zero'),
    build: async (dir) => {
      await rm(join(dir, 'goals.yaml'));
      await symlink('/dev/zero', join(dir, 'goals.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'file-outside-plan', file: 'goals.yaml' }],
  },
  {
    name: 'link-to-proc-environ',
    about: 'analysis.yaml links to /proc/self/environ: refused unread; the environment (CI tokens) never reaches the output.',
    skip: !existsSync('/proc/self/environ'),
    build: async (dir) => {
      await rm(join(dir, 'analysis.yaml'));
      await symlink('/proc/self/environ', join(dir, 'analysis.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'file-outside-plan', file: 'analysis.yaml' }],
  },
  {
    name: 'link-to-file-outside',
    about: 'stakeholders.yaml links to a sibling plan\'s file: the logo\'s rule, nothing outside the plan folder is read.',
    build: async (dir) => {
      await cp(join(dir, 'stakeholders.yaml'), `${dir}-stakeholders.yaml`);
      await rm(join(dir, 'stakeholders.yaml'));
      await symlink(`${dir}-stakeholders.yaml`, join(dir, 'stakeholders.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'file-outside-plan', file: 'stakeholders.yaml' }],
  },
  {
    name: 'link-inside-plan',
    about: 'mission.yaml links to a file in a subfolder of the plan: accepted.',
    build: async (dir) => {
      await cp(join(dir, 'mission.yaml'), join(dir, 'mission-bron.yaml'));
      await rm(join(dir, 'mission.yaml'));
      await symlink('mission-bron.yaml', join(dir, 'mission.yaml'));
    },
    exit: 0,
    diagnostics: [],
  },
  {
    name: 'link-loop',
    about: 'goals.yaml links to itself: reported as a loop, not as missing.',
    build: async (dir) => {
      await rm(join(dir, 'goals.yaml'));
      await symlink('goals.yaml', join(dir, 'goals.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'file-link-loop', file: 'goals.yaml' }],
  },
  {
    name: 'link-loop-of-two',
    about: 'goals.yaml and a second link point at each other: a loop.',
    build: async (dir) => {
      await rm(join(dir, 'goals.yaml'));
      await symlink('andere.yaml', join(dir, 'goals.yaml'));
      await symlink('goals.yaml', join(dir, 'andere.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'file-link-loop', file: 'goals.yaml' }],
  },
  {
    name: 'link-broken',
    about: 'goals.yaml links to a file that does not exist: said so, not "missing".',
    build: async (dir) => {
      await rm(join(dir, 'goals.yaml'));
      await symlink('doelen-oud.yaml', join(dir, 'goals.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'file-link-broken', file: 'goals.yaml' }],
  },
  {
    name: 'link-to-folder-inside',
    about: 'goals.yaml links to a folder inside the plan: not a file.',
    build: async (dir) => {
      await rm(join(dir, 'goals.yaml'));
      await mkdir(join(dir, 'doelen'));
      await symlink('doelen', join(dir, 'goals.yaml'));
    },
    exit: 1,
    diagnostics: [{ code: 'not-a-file', file: 'goals.yaml' }],
  },
  {
    name: 'fifo-instead-of-file',
    about: 'goals.yaml is a named pipe, which would block a read forever.',
    skip: !hasMkfifo,
    build: async (dir) => {
      await rm(join(dir, 'goals.yaml'));
      execFileSync('mkfifo', [join(dir, 'goals.yaml')]);
    },
    exit: 1,
    diagnostics: [{ code: 'not-a-file', file: 'goals.yaml' }],
  },
  {
    name: 'unreadable-file',
    about: 'chmod 000 on a plan file (skipped as root, where chmod does not stop reading).',
    skip: isRoot,
    build: (dir) => chmod(join(dir, 'goals.yaml'), 0o000),
    exit: 1,
    diagnostics: [{ code: 'unreadable-file', file: 'goals.yaml' }],
  },
  // Issue 12: broken logos are found by plan validate, at style.logo (line 26, column 9).
  ...(
    [
      ['logo-png-20000-squared', 'A small PNG whose header claims 20,000 × 20,000 RGBA pixels (6.4 GB to decode): refused from its header.', 'logo.png', () => pngClaiming(20_000, 20_000), 'logo-too-many-pixels'],
      ['logo-png-truncated', 'A PNG cut off before its end (an interrupted copy).', 'logo.png', () => pngFile({ width: 16, height: 16 }).subarray(0, 60), 'logo-broken'],
      ['logo-png-broken-zlib', 'A PNG whose compressed pixel data is no zlib stream (killed Node with exit 1 when rendered).', 'logo.png', () => pngFile({ width: 4, height: 4, idat: Buffer.from('789c0000ffff0123456789', 'hex') }), 'logo-broken'],
      ['logo-jpeg-of-zeros', 'A JPEG start marker followed by zeros.', 'logo.jpg', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(2048)]), 'logo-broken'],
      ['logo-jpeg-65000-squared', 'A JPEG frame header of 65,000 × 65,000 pixels.', 'logo.jpg', () => jpegFile(65_000, 65_000), 'logo-too-many-pixels'],
    ] as const
  ).map(([name, about, file, bytes, code]): Case => ({
    name,
    about,
    build: async (dir) => {
      await writeFile(join(dir, file), bytes());
      await edit(dir, 'plan.yaml', (t) => `${t}style:\n  logo: ${file}\n`);
    },
    exit: 1,
    diagnostics: [{ code, file: 'plan.yaml', line: 26, column: 9 }],
  })),
  {
    name: 'date-year-0050',
    about: 'A date in the year 50 printed as 1950: refused, with the plausible range in the message.',
    build: (dir) => edit(dir, 'plan.yaml', (t) => t.replace('status: draft', 'status: draft\ndate: 0050-06-15')),
    exit: 1,
    diagnostics: [{ code: 'invalid-date', file: 'plan.yaml', line: 10, column: 7 }],
  },
  {
    name: 'edition-30-digits',
    about: 'A 30-digit edition printed as 1.2345678901234568e+29: over the maximum of 99.',
    build: (dir) => edit(dir, 'plan.yaml', (t) => t.replace('status: draft', 'status: draft\nedition: 123456789012345678901234567890')),
    exit: 1,
    diagnostics: [{ code: 'out-of-range', file: 'plan.yaml', line: 10, column: 10 }],
  },
  {
    name: 'indicator-value-30-digits',
    about: 'A 30-digit indicator value printed as 123.456.789.012.345.680.000.000.000.000 (other digits than written): at most 15 digits.',
    build: (dir) => edit(dir, 'goals.yaml', (t) => t.replace('target: { value: 10 }', 'target: { value: 123456789012345678901234567890 }')),
    exit: 1,
    diagnostics: [{ code: 'out-of-range', file: 'goals.yaml', line: 38, column: 30 }],
  },
  {
    name: 'plan-folder-is-a-file',
    about: 'The plan folder named on the command line is a file: usage error.',
    build: async (dir) => join(dir, 'plan.yaml'),
    exit: 2,
    stderr: /plan\.yaml' is een bestand, geen map/,
  },
  {
    name: 'plan-folder-missing',
    about: 'The plan folder does not exist: usage error.',
    build: async (dir) => join(dir, 'bestaat-niet'),
    exit: 2,
    stderr: /De map '.*bestaat-niet' bestaat niet/,
  },
];

// ---------------------------------------------------------------------------------------

const cases: Case[] = [
  ...readdirSync(corpusDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => folderCase(e.name)),
  ...built,
];

/** A Node stack frame ("    at fn (file.js:1:2)") or the CLI's bug report. */

function located(d: Located): Located {
  const out: Located = { code: d.code };
  if (d.file !== undefined) out.file = d.file;
  if (d.line !== undefined) out.line = d.line;
  if (d.column !== undefined) out.column = d.column;
  return out;
}

describe.concurrent('bad-input corpus: plan validate', () => {
  it('has at least one case per kind the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  for (const c of cases) {
    it.skipIf(c.skip)(`${c.name}: ${c.about}`, async () => {
      const dir = await tempPlan(base);
      try {
        const target = (await c.build(dir)) ?? dir;
        const before = await snapshot(dir);
        // Run from inside the plan folder so file names print as "plan.yaml".
        // A secret in the environment, as CI has: no case may print it (a plan file linked to /proc/self/environ).
        const env = { PLAN_TEST_SECRET: SECRET };
        const json = await runPlan(['validate', target === dir ? '.' : target, '--format', 'json'], { cwd: dir, timeoutMs: HANG_MS, env });
        const stylish = await runPlan(['validate', target === dir ? '.' : target], { cwd: dir, timeoutMs: HANG_MS, env });

        for (const run of [json, stylish]) {
          expect(run.timedOut, `the CLI did not finish within ${HANG_MS / 1000} s`).toBe(false);
          expect(run.stdout + run.stderr).not.toMatch(stackTrace);
          expect(run.stdout + run.stderr).not.toContain(SECRET);
          expect(run.status).toBe(c.exit);
        }
        // Nothing from the files reaches the terminal as a control character.
        expect(stylish.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(stylish.stdout.length, 'the report stays readable').toBeLessThan(200_000);

        if (c.exit === 2) {
          expect(json.stdout).toBe('');
          expect(json.stderr).toMatch(c.stderr!);
        } else {
          expect(json.stderr).toBe('');
          const report = JSON.parse(json.stdout) as { diagnostics: Located[] };
          const got = report.diagnostics.map(located);
          if (c.diagnostics) expect(got).toEqual(c.diagnostics);
          for (const d of c.includes ?? []) expect(got).toContainEqual(d);
          if (c.count !== undefined) expect(got).toHaveLength(c.count);
        }

        expect(await snapshot(dir), 'nothing was written into the plan folder').toEqual(before);
      } finally {
        // Never chmod here: in one case goals.yaml links to /dev/zero.
        await removeDir(dir);
        await rm(`${dir}-stakeholders.yaml`, { force: true });
      }
    }, 2 * HANG_MS + 30_000);
  }
});

const hasBash = existsSync('/bin/bash');

describe('plan validate when the reader stops early', () => {
  it.skipIf(!hasBash)('ends quietly when stdout closes mid-report (plan validate | head -1)', async () => {
    const dir = await tempPlan(base);
    try {
      await edit(dir, 'plan.yaml', (t) => t + Array.from({ length: 50 }, (_, i) => `veld${i}: x\n`).join(''));
      for (const plan of [dir, base]) {
        // head exits after one line; whatever plan writes after that meets a closed pipe.
        const child = spawn('/bin/bash', ['-c', '"$0" "$1" validate "$2" | head -1 > /dev/null; echo "status ${PIPESTATUS[0]}" >&2', process.execPath, planBin, plan], {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, NO_COLOR: '1' },
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        await new Promise((resolve) => child.on('close', resolve));
        expect(stderr).not.toMatch(stackTrace);
        expect(stderr.trim()).toBe(plan === base ? 'status 0' : 'status 1');
      }
    } finally {
      await removeDir(dir);
    }
  });
});
