/**
 * The checks a PNG or JPEG logo passes before the PDF library sees it: the header is read
 * and the pixel count capped before anything is decoded, and a damaged file is named as
 * damaged instead of crashing the renderer.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkJpeg, checkPng, MAX_LOGO_PIXELS } from '../../src/render/logo-raster.js';
import { fixturesDir } from '../helpers/cli.js';
import { jpegFile, pngClaiming, pngFile } from '../helpers/images.js';

const reason = (problem: { code: string; params: Record<string, unknown> } | null): unknown => (problem?.code === 'logo-broken' ? problem.params.reason : problem?.code ?? null);

describe('checkPng', () => {
  it('accepts the fixture logo and small images of every row layout', async () => {
    expect(await checkPng(await readFile(join(fixturesDir, 'logos', 'logo.png')))).toBeNull();
    expect(await checkPng(pngFile({ width: 3, height: 5 }))).toBeNull();
    expect(await checkPng(pngFile({ width: 7, height: 1, colourType: 2 }))).toBeNull();
  });

  it('refuses a header that claims more pixels than the cap, before reading the data', async () => {
    expect(reason(await checkPng(pngClaiming(20_000, 20_000)))).toBe('logo-too-many-pixels');
    expect(MAX_LOGO_PIXELS).toBe(16_000_000);
    expect(reason(await checkPng(pngClaiming(4001, 4000)))).toBe('logo-too-many-pixels');
    expect(reason(await checkPng(pngClaiming(4000, 4000)))).toBe('png-data');
  });

  it('names a truncated file, a bad checksum, a broken zlib stream and missing rows', async () => {
    const good = pngFile({ width: 8, height: 8 });
    expect(reason(await checkPng(good.subarray(0, good.length - 20)))).toBe('truncated');
    expect(reason(await checkPng(good.subarray(0, 20)))).toBe('truncated');
    const flipped = Buffer.from(good);
    flipped[40] = flipped[40]! ^ 0xff;
    expect(reason(await checkPng(flipped))).toBe('png-crc');
    expect(reason(await checkPng(pngFile({ width: 4, height: 4, idat: Buffer.from('789c0000ffff0123456789', 'hex') })))).toBe('png-data');
    expect(reason(await checkPng(pngClaiming(100, 100)))).toBe('png-data');
    // An unknown filter type (9) at the start of a row.
    expect(reason(await checkPng(pngFile({ width: 1, height: 1, idat: deflateSync(Buffer.from([9, 0, 0, 0, 0])) })))).toBe('png-data');
    // More data than rows.
    expect(reason(await checkPng(pngFile({ width: 1, height: 1, idat: deflateSync(Buffer.alloc(10)) })))).toBe('png-data');
    expect(reason(await checkPng(pngFile({ width: 0, height: 4 })))).toBe('no-size');
  });
});

describe('checkJpeg', () => {
  it('accepts the fixture logo and a well-formed frame', async () => {
    expect(checkJpeg(await readFile(join(fixturesDir, 'logos', 'logo.jpg')))).toBeNull();
    expect(checkJpeg(jpegFile(640, 480))).toBeNull();
  });

  it('refuses zeros after the start marker, a cut-off file, a huge frame and unusual kinds', () => {
    expect(reason(checkJpeg(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(1000)])))).toBe('jpeg-structure');
    const good = jpegFile(64, 64);
    expect(reason(checkJpeg(good.subarray(0, good.length - 2)))).toBe('truncated');
    expect(reason(checkJpeg(good.subarray(0, 30)))).toBe('truncated');
    expect(reason(checkJpeg(jpegFile(65_000, 65_000)))).toBe('logo-too-many-pixels');
    expect(reason(checkJpeg(jpegFile(10, 10, { precision: 12 })))).toBe('jpeg-kind');
    expect(reason(checkJpeg(jpegFile(10, 10, { frame: 0xc9 })))).toBe('jpeg-kind');
    expect(reason(checkJpeg(jpegFile(0, 10)))).toBe('no-size');
  });
});
