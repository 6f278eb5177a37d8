/** Small PNG and JPEG files, whole or broken on purpose, for the logo cases. */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

export interface PngOptions {
  width: number;
  height: number;
  /** 6 = RGBA (default), 2 = RGB. */
  colourType?: number;
  /** The zlib data of IDAT; by default rows of zeros with filter type 0. */
  idat?: Buffer;
}

export function pngFile({ width, height, colourType = 6, idat }: PngOptions): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  const samples = colourType === 6 ? 4 : 3;
  const data = idat ?? deflateSync(Buffer.alloc(height * (1 + width * samples)), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A PNG whose header claims `width` × `height` RGBA pixels while the file stays small: the
 * IDAT holds only the first rows. Only the header matters to a check that must come first.
 */
export function pngClaiming(width: number, height: number): Buffer {
  const rows = Buffer.alloc(4 * (1 + width * 4));
  return pngFile({ width, height, idat: deflateSync(rows) });
}

/** A baseline JPEG's segments around a frame header of the given size; the scan data is filler. */
export function jpegFile(width: number, height: number, options: { precision?: number; frame?: number } = {}): Buffer {
  const sof = Buffer.from([0xff, options.frame ?? 0xc0, 0x00, 0x11, options.precision ?? 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sos = Buffer.from([0xff, 0xda, 0x00, 0x0c, 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 0x3f, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, sos, Buffer.alloc(64, 0x55), Buffer.from([0xff, 0xd9])]);
}
