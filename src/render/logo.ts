import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileSystemCode } from '../messages/system-errors.js';
import { inspectSvgLogo, looksLikeSvg } from './logo-svg.js';
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
  if (looksLikeSvg(data)) return 'image/svg+xml';
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
  const problem = (code: Diagnostic['code'], params: Diagnostic['params'] = {}): { logo: null; diagnostics: Diagnostic[] } => ({
    logo: null,
    diagnostics: [{ code, severity: 'error', file: 'plan.yaml', path: LOGO_PATH, params: { logo: logoPath, ...params } }],
  });
  const root = await realpath(planDir);
  const wanted = resolve(root, logoPath);
  if (!within(root, wanted)) return problem('logo-outside-plan');
  let real: string;
  try {
    real = await realpath(wanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return problem('logo-link-loop');
    return problem('logo-missing');
  }
  if (!within(root, real)) return problem('logo-outside-plan');
  // A logo the file system refuses (no permission, a read error) is the user's to fix, not a bug.
  const unreadable = (error: unknown) => {
    const errorCode = fileSystemCode(error);
    if (errorCode === undefined) throw error;
    return problem('logo-unreadable', { errorCode });
  };
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(real);
  } catch (error) {
    return unreadable(error);
  }
  if (!info.isFile()) return problem('logo-not-image');
  if (info.size > MAX_LOGO_BYTES) return problem('logo-too-large', { size: (info.size / 1024 / 1024).toFixed(1), max: MAX_LOGO_BYTES / 1024 / 1024 });
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(real));
  } catch (error) {
    return unreadable(error);
  }
  const mime = sniff(data);
  if (!mime) return problem('logo-not-image');
  if (mime === 'image/svg+xml') {
    // Embedded is the checked copy: nothing in it reaches outside the SVG (logo-svg.ts).
    const svg = inspectSvgLogo(data);
    if (!svg.ok) return problem(svg.code, svg.params);
    data = svg.svg;
  }
  const broken = await checkImage(mime, data);
  if (broken) return problem(broken.code, broken.params);
  return { logo: { data, mime, path: real }, diagnostics: [] };
}

export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mime};base64,${Buffer.from(logo.data).toString('base64')}`;
}
