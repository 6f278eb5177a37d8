import type { DiagnosticCode } from '../messages/index.js';
import type { LogoMime } from './logo.js';
import { checkJpeg, checkPng } from './logo-raster.js';

/** What is wrong with an image file: a catalogue code (src/messages/render.ts) and its parameters. */
export interface ImageProblem {
  code: DiagnosticCode;
  params: Record<string, string | number>;
}

/**
 * Reads an image of one kind the way its decoder will, without decoding more than it must.
 * Null when a renderer can use it as it is.
 */
export type ImageCheck = (data: Uint8Array) => ImageProblem | null | Promise<ImageProblem | null>;

/**
 * One check per image kind, run by loadLogo for `plan validate` and `plan render` alike, so
 * CI sees a broken logo before anyone renders. A kind without an entry here is only sniffed.
 */
export const imageChecks: Partial<Record<LogoMime, ImageCheck>> = {
  'image/png': checkPng,
  'image/jpeg': checkJpeg,
};

export async function checkImage(mime: LogoMime, data: Uint8Array): Promise<ImageProblem | null> {
  return (await imageChecks[mime]?.(data)) ?? null;
}
