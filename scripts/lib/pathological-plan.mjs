// Plans made to be hard on the PDF: a word of thousands of characters (a pasted URL) in a
// partner's name, a target group and an indicator; a Markdown table of many columns; lists
// nested deep (below markdown-it's limit); and, for the benchmark, a large PNG logo. Used by
// `npm run bench` (the "pathological" row) and by the tests that check that the PDF keeps
// every word and that its cost grows linearly.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { parse, stringify } from 'yaml';

/** A word of `length` characters without a break opportunity, like a long pasted URL. */
export function longWord(length, seed = 'https://example.org/') {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let word = seed;
  for (let i = 0; word.length < length; i++) word += alphabet[(i * 7 + Math.floor(i / 36)) % alphabet.length];
  return word.slice(0, length);
}

/** A Markdown table of figures by year: a label column, `years` year columns and a source column. */
export function wideTable(years, first = 2015) {
  const head = ['Indicator', ...Array.from({ length: years }, (_, i) => String(first + i)), 'Bron'];
  const row = ['Jongeren die ooit cannabis gebruikten', ...Array.from({ length: years }, (_, i) => `${12 + i},${i % 10}`), 'VAD-leerlingenbevraging'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, `| ${row.join(' | ')} |`].join('\n');
}

/** Lists nested `depth` deep, as Markdown. */
export function nestedList(depth) {
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** A PNG of `size` × `size` RGBA pixels (a colour gradient with transparency): large to decode, small on disk. */
export function largePng(size) {
  const row = Buffer.alloc(1 + size * 4);
  const rows = [];
  for (let y = 0; y < size; y++) {
    row[0] = 0;
    for (let x = 0; x < size; x++) row.set([x & 0xff, y & 0xff, 0x80, (x + y) & 0xff], 1 + x * 4);
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

async function edit(dir, file, change) {
  const path = join(dir, file);
  const data = parse(await readFile(path, 'utf8'));
  change(data);
  await writeFile(path, stringify(data, { lineWidth: 0 }));
}

/**
 * Copies the plan in `src` to a new temporary folder and makes it hard on the PDF:
 * `word` characters in a partner's name, a target group and an indicator name (each its own
 * word), a table of `years` year columns, lists nested `depth` deep, and with `logo` a PNG of
 * that many pixels square. Returns the folder.
 */
export async function pathologicalPlan(src, { word = 0, years = 0, depth = 0, logo = 0 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'plan-pathological-'));
  await cp(src, dir, { recursive: true });
  if (word > 0) {
    await edit(dir, 'stakeholders.yaml', (s) => {
      s.partners[0].name = longWord(word, 'https://partner.example.org/');
    });
    await edit(dir, 'goals.yaml', (g) => {
      const og = g.strategicGoals[0].operationalGoals[0];
      og.targetGroups = [...(og.targetGroups ?? []), longWord(word, 'https://doelgroep.example.org/')];
      og.indicators[0].name = longWord(word, 'https://indicator.example.org/');
    });
  }
  if (years > 0 || depth > 0) {
    await edit(dir, 'analysis.yaml', (a) => {
      const parts = [a.problem.text ?? ''];
      if (years > 0) parts.push(wideTable(years));
      if (depth > 0) parts.push(nestedList(depth));
      parts.push('Na de tabel en de lijst volgt nog een slotzin.');
      a.problem.text = parts.join('\n\n');
    });
  }
  if (logo > 0) {
    await writeFile(join(dir, 'logo.png'), largePng(logo));
    await edit(dir, 'plan.yaml', (p) => {
      p.style = { ...(p.style ?? {}), logo: 'logo.png' };
    });
  }
  return dir;
}
