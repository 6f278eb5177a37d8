/**
 * Which characters a TrueType/OpenType font has a glyph for, read from its `cmap` table.
 * A character without one comes out of the PDF as empty space, so `plan validate` warns about
 * such characters (the pdf-characters rule, src/lint/rules/pdf-characters.ts). Reading the
 * table takes a few dozen lines; fontkit could do it too, but only inside the bundle of the
 * PDF libraries, which `plan validate` does not load, and it parses the whole font to get there.
 */

/** The code points with a glyph, as sorted, non-overlapping [first, last] ranges. */
export type Coverage = ReadonlyArray<readonly [number, number]>;

/** Thrown for a file that is not a font or has no Unicode character map. */
export class FontCoverageError extends Error {}

/** The character map subtables we read, best first: full Unicode, then the Basic Multilingual Plane. */
const preferred: ReadonlyArray<{ platform: number; encoding: number; format: number }> = [
  { platform: 3, encoding: 10, format: 12 },
  { platform: 0, encoding: 4, format: 12 },
  { platform: 0, encoding: 6, format: 12 },
  { platform: 3, encoding: 1, format: 4 },
  { platform: 0, encoding: 3, format: 4 },
];

export function fontCoverage(font: Uint8Array): Coverage {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(data, 'cmap');
  const subtables = new Map<string, number>();
  const count = data.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + 8 * i;
    const offset = cmap + data.getUint32(at + 4);
    subtables.set(`${data.getUint16(at)}/${data.getUint16(at + 2)}/${data.getUint16(offset)}`, offset);
  }
  for (const { platform, encoding, format } of preferred) {
    const offset = subtables.get(`${platform}/${encoding}/${format}`);
    if (offset !== undefined) return merge(format === 12 ? format12(data, offset) : format4(data, offset));
  }
  throw new FontCoverageError('the font has no Unicode character map');
}

/** Whether `codePoint` lies in one of the ranges (binary search). */
export function covers(coverage: Coverage, codePoint: number): boolean {
  let low = 0;
  let high = coverage.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = coverage[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

function tableOffset(data: DataView, tag: string): number {
  if (data.byteLength < 12) throw new FontCoverageError('the file is too short to be a font');
  const version = data.getUint32(0);
  // TrueType outlines (0x00010000 or 'true') or CFF outlines ('OTTO').
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) throw new FontCoverageError('the file is not a TrueType or OpenType font');
  const tables = data.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    const name = String.fromCharCode(data.getUint8(at), data.getUint8(at + 1), data.getUint8(at + 2), data.getUint8(at + 3));
    if (name === tag) return data.getUint32(at + 8);
  }
  throw new FontCoverageError(`the font has no ${tag} table`);
}

/** Segmented mapping to 16-bit values: code points of the Basic Multilingual Plane. */
function format4(data: DataView, at: number): Array<[number, number]> {
  const segments = data.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const ranges: Array<[number, number]> = [];
  for (let s = 0; s < segments; s++) {
    const start = data.getUint16(starts + 2 * s);
    const end = data.getUint16(ends + 2 * s);
    const delta = data.getUint16(deltas + 2 * s);
    const rangeOffsetAt = rangeOffsets + 2 * s;
    const rangeOffset = data.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsetAt + rangeOffset + 2 * (c - start);
        glyph = glyphAt + 2 <= data.byteLength ? data.getUint16(glyphAt) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) ranges.push([c, c]);
    }
  }
  return ranges;
}

/** Segmented coverage: groups of consecutive code points, any plane. */
function format12(data: DataView, at: number): Array<[number, number]> {
  const groups = data.getUint32(at + 12);
  const ranges: Array<[number, number]> = [];
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + 12 * g;
    const start = data.getUint32(group);
    const end = data.getUint32(group + 4);
    const startGlyph = data.getUint32(group + 8);
    // Glyph 0 is .notdef, the "no such character" box: a group starting there covers one less.
    const first = startGlyph === 0 ? start + 1 : start;
    if (first <= end) ranges.push([first, end]);
  }
  return ranges;
}

/** Sorts the ranges and joins those that overlap or touch. */
function merge(ranges: Array<[number, number]>): Coverage {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}
