import * as zlib from 'node:zlib';
import { createInflate } from 'node:zlib';
import type { ImageProblem } from './logo-check.js';

/**
 * Checks of a PNG or JPEG logo before anything decodes it. The PDF library trusts the file:
 * it allocates what the header promises (a 1.5 MB PNG that claims 20,000 × 20,000 pixels
 * took 6.4 GB), and a broken compressed stream throws where no one can catch it (Node
 * ended with exit 1). So the header is read first and the pixel count capped, then the
 * whole file is walked exactly as far as a decoder would walk it.
 */

/** 16 million pixels (4000 × 4000): far more than a logo on an A4 cover needs. */
export const MAX_LOGO_PIXELS = 16_000_000;

export interface RasterSize {
  width: number;
  height: number;
}

const fail = (reason: string, params: Record<string, string | number> = {}): ImageProblem => ({ code: 'logo-broken', params: { reason, ...params } });

function tooManyPixels({ width, height }: RasterSize): ImageProblem | null {
  if (width * height <= MAX_LOGO_PIXELS) return null;
  return { code: 'logo-too-many-pixels', params: { width, height, max: MAX_LOGO_PIXELS / 1_000_000 } };
}

// ---------------------------------------------------------------------------------------
// PNG (ISO/IEC 15948): signature, chunks with a CRC, IHDR first, IDAT holding one zlib
// stream, IEND last.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

// zlib.crc32 exists from Node 20.15 on; the table below serves earlier versions.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function crc32(bytes: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(bytes) >>> 0;
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bit depths each colour type allows, and its samples per pixel. */
const COLOUR_TYPES: Record<number, { depths: number[]; samples: number }> = {
  0: { depths: [1, 2, 4, 8, 16], samples: 1 },
  2: { depths: [8, 16], samples: 3 },
  3: { depths: [1, 2, 4, 8], samples: 1 },
  4: { depths: [8, 16], samples: 2 },
  6: { depths: [8, 16], samples: 4 },
};

interface PngHeader extends RasterSize {
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

/** Bytes of each scanline (without its filter byte), in the order the decoder reads them. */
function* scanlines(header: PngHeader): Generator<number> {
  const bitsPerPixel = header.bitDepth * COLOUR_TYPES[header.colourType]!.samples;
  const rowBytes = (width: number): number => Math.ceil((width * bitsPerPixel) / 8);
  if (!header.interlaced) {
    for (let y = 0; y < header.height; y++) yield rowBytes(header.width);
    return;
  }
  // Adam7: seven passes over a sparse grid; a pass with no columns or rows has no scanlines.
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  for (const [x0, y0, dx, dy] of passes) {
    const columns = Math.ceil((header.width - x0) / dx);
    const rows = Math.ceil((header.height - y0) / dy);
    if (columns <= 0 || rows <= 0) continue;
    for (let y = 0; y < rows; y++) yield rowBytes(columns);
  }
}

export async function checkPng(data: Uint8Array): Promise<ImageProblem | null> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.readUInt32BE(4) !== 0x0d0a1a0a) return fail('png-signature');
  let header: PngHeader | undefined;
  const idat: Buffer[] = [];
  let hasPalette = false;
  let paletteEntries = 0;
  let ended = false;
  for (let at = 8; !ended; ) {
    if (at + 12 > bytes.length) return fail('truncated');
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return fail('truncated');
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) return fail('png-crc', { chunk: type });
    if (type === 'IHDR') {
      if (header || length !== 13) return fail('png-structure');
      const [bitDepth, colourType, compression, filter, interlace] = body.subarray(8);
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: bitDepth!, colourType: colourType!, interlaced: interlace === 1 };
      if (header.width === 0 || header.height === 0) return fail('no-size');
      const kind = COLOUR_TYPES[header.colourType];
      if (!kind?.depths.includes(header.bitDepth) || compression !== 0 || filter !== 0 || interlace! > 1) return fail('png-header');
      // The one check that must come before any pixel is touched.
      const crowded = tooManyPixels(header);
      if (crowded) return crowded;
    } else if (!header) {
      // IHDR must come first.
      return fail('png-structure');
    } else if (type === 'PLTE') {
      // The PDF's colour table is built from it: whole RGB triples, at most 256.
      if (length === 0 || length % 3 !== 0 || length > 768) return fail('png-structure');
      hasPalette = true;
      paletteEntries = length / 3;
    } else if (type === 'tRNS') {
      // Read as transparent colour values (or alphas per palette entry) by the PDF library.
      const sizes: Record<number, number> = { 0: 2, 2: 6 };
      const fits = header.colourType === 3 ? hasPalette && length <= paletteEntries : length === sizes[header.colourType];
      if (!fits) return fail('png-structure');
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      ended = true;
    }
    at += 12 + length;
  }
  if (!header || idat.length === 0) return fail('png-structure');
  if (header.colourType === 3 && !hasPalette) return fail('png-structure');
  return (await inflatesToScanlines(idat, header)) ? null : fail('png-data');
}

/**
 * True when the IDAT data is one whole zlib stream that holds exactly the scanlines the
 * header promises, each with a known filter type. Streamed, so memory stays small whatever
 * the image: only the position within the rows is kept, never the pixels.
 */
function inflatesToScanlines(idat: Buffer[], header: PngHeader): Promise<boolean> {
  const rows = scanlines(header);
  // Bytes left in the current row including its filter byte; 0 means the next byte is a filter byte.
  let left = 0;
  let done = false;
  let ok = true;
  return new Promise((resolve) => {
    const inflate = createInflate();
    const finish = (result: boolean): void => {
      if (!done) resolve(result);
      done = true;
    };
    inflate.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length && ok; ) {
        if (left === 0) {
          const next = rows.next();
          // More data than rows, or an unknown filter type: not what a decoder expects.
          if (next.done || chunk[i]! > 4) {
            ok = false;
            break;
          }
          left = next.value + 1;
        }
        const take = Math.min(left, chunk.length - i);
        left -= take;
        i += take;
      }
      if (!ok) {
        inflate.destroy();
        finish(false);
      }
    });
    inflate.on('error', () => finish(false));
    inflate.on('end', () => finish(ok && left === 0 && rows.next().done === true));
    for (const part of idat) inflate.write(part);
    inflate.end();
  });
}

// ---------------------------------------------------------------------------------------
// JPEG (ITU T.81): SOI, marker segments each with its length, a frame header (SOF) with
// the size, a scan (SOS) and EOI. The PDF carries the JPEG as it is (DCTDecode), so the
// structure the PDF library and a viewer read is what is checked; the entropy-coded data
// itself is left to the viewer.

/** Baseline, extended and progressive Huffman JPEG: what browsers and PDF viewers all show. */
const SUPPORTED_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Other frame kinds (lossless, hierarchical, arithmetic coding). */
const OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function checkJpeg(data: Uint8Array): ImageProblem | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return fail('jpeg-structure');
  let size: RasterSize | undefined;
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length) return fail('truncated');
    // Every segment starts with a marker; the PDF library reads it exactly here, so no fill bytes or gaps.
    if (bytes[at] !== 0xff) return fail('jpeg-structure');
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xd9 || marker === 0xd8 || marker === 0xff || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) return fail('jpeg-structure');
    if (length < 2 || at + 2 + length > bytes.length) return fail('truncated');
    if (OTHER_FRAMES.has(marker)) return fail('jpeg-kind');
    if (SUPPORTED_FRAMES.has(marker)) {
      if (size || length < 8) return fail('jpeg-structure');
      const precision = bytes[at + 4]!;
      size = { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
      const components = bytes[at + 9]!;
      if (size.width === 0 || size.height === 0) return fail('no-size');
      if (precision !== 8 || ![1, 3, 4].includes(components) || length !== 8 + 3 * components) return fail('jpeg-kind');
      const crowded = tooManyPixels(size);
      if (crowded) return crowded;
    }
    at += 2 + length;
    if (marker === 0xda) break;
  }
  if (!size) return fail('jpeg-structure');
  // The scan data runs to EOI; a file cut short has none.
  return bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) >= at ? null : fail('truncated');
}
