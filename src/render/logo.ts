import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkImage } from './logo-check.js';

export type LogoMime = 'image/png' | 'image/jpeg' | 'image/svg+xml';

export interface Logo {
  data: Uint8Array;
  mime: LogoMime;
  /** Absolute path of the file, for outputs that link rather than embed. */
  path: string;
}

const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const LOGO_PATH = ['style', 'logo'] as const;

function sniff(data: Uint8Array): LogoMime | null {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

const within = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Reads the logo named in plan.yaml. It must live inside the plan folder (a plan shared with
 * others should carry its own logo, and a render must never read files elsewhere on the
 * machine) and be a PNG, JPEG or SVG image.
 */
export async function loadLogo(planDir: string, logoPath: string | undefined): Promise<{ logo: Logo | null; diagnostics: Diagnostic[] }> {
  if (!logoPath) return { logo: null, diagnostics: [] };
  const problem = (code: string, params: Diagnostic['params'] = {}): { logo: null; diagnostics: Diagnostic[] } => ({
    logo: null,
    diagnostics: [{ code, severity: 'error', file: 'plan.yaml', path: LOGO_PATH, params: { logo: logoPath, ...params } }],
  });
  const root = await realpath(planDir);
  const wanted = resolve(root, logoPath);
  if (!within(root, wanted)) return problem('logo-outside-plan');
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    return problem('logo-missing');
  }
  if (!within(root, real)) return problem('logo-outside-plan');
  const info = await stat(real);
  if (!info.isFile()) return problem('logo-not-image');
  if (info.size > MAX_LOGO_BYTES) return problem('logo-too-large', { size: (info.size / 1024 / 1024).toFixed(1), max: MAX_LOGO_BYTES / 1024 / 1024 });
  const data = new Uint8Array(await readFile(real));
  const mime = sniff(data);
  if (!mime) return problem('logo-not-image');
  if (mime === 'image/svg+xml' && !svgHasSize(data)) return problem('logo-svg-size');
  const broken = await checkImage(mime, data);
  if (broken) return problem(broken.code, broken.params);
  return { logo: { data, mime, path: real }, diagnostics: [] };
}

/**
 * An SVG without a viewBox, or without both width and height, has no size of its own:
 * browsers guess one and the PDF cannot place it at all.
 */
function svgHasSize(data: Uint8Array): boolean {
  const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(data))?.[0];
  if (!root) return false;
  const attribute = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const viewBox = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0) return true;
  const size = (value: string | undefined): boolean => value !== undefined && /^\s*\d+(\.\d+)?\s*(px|pt|mm|cm|in)?\s*$/.test(value) && parseFloat(value) > 0;
  return size(attribute('width')) && size(attribute('height'));
}

export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mime};base64,${Buffer.from(logo.data).toString('base64')}`;
}
