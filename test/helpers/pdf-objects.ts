import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PDF's objects as qpdf reads them (`qpdf --json`, Debian's qpdf 11), with content streams
 * decoded, and a reader of content-stream operators. What the PDF/UA checker (pdfua.ts) and
 * the reading-order test look at.
 */

/** A PDF value as qpdf's JSON writes it: names "/N", references "n 0 R", strings "u:…" or "b:…". */
export type PdfValue = null | boolean | number | string | PdfValue[] | { [key: string]: PdfValue };
export type PdfDict = { [key: string]: PdfValue };

export interface PdfObjects {
  version: string;
  /** The object a reference names, or the value itself. */
  get(value: PdfValue | undefined): PdfValue | undefined;
  dict(value: PdfValue | undefined): PdfDict | undefined;
  /** A stream's dictionary and decoded data, by reference. */
  stream(ref: PdfValue | undefined): { dict: PdfDict; data: Buffer } | undefined;
  catalog: PdfDict;
  /** Page references in order. */
  pages: string[];
}

const isRef = (value: unknown): value is string => typeof value === 'string' && /^\d+ \d+ R$/.test(value);

/** A PDF string from qpdf's JSON, as text. */
export function text(value: PdfValue | undefined): string {
  if (typeof value !== 'string') return '';
  if (value.startsWith('u:')) return value.slice(2);
  if (value.startsWith('b:')) {
    const bytes = Buffer.from(value.slice(2), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return value;
}

export function readObjects(pdf: Uint8Array): PdfObjects {
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const json = execFileSync('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file], { maxBuffer: 1 << 30 }).toString('utf8');
    const [header, objects] = (JSON.parse(json) as { qpdf: [{ pdfversion: string }, Record<string, { value?: PdfValue; stream?: { dict: PdfDict; data?: string } }>] }).qpdf;
    const get = (value: PdfValue | undefined): PdfValue | undefined => {
      if (!isRef(value)) return value;
      const entry = objects[`obj:${value}`];
      return entry?.value ?? (entry?.stream ? entry.stream.dict : undefined);
    };
    const dict = (value: PdfValue | undefined): PdfDict | undefined => {
      const v = get(value);
      return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    };
    const stream = (ref: PdfValue | undefined): { dict: PdfDict; data: Buffer } | undefined => {
      if (!isRef(ref)) return undefined;
      const s = objects[`obj:${ref}`]?.stream;
      return s ? { dict: s.dict, data: Buffer.from(s.data ?? '', 'base64') } : undefined;
    };
    const trailer = objects['trailer']?.value as PdfDict;
    const catalog = dict(trailer['/Root'])!;
    const pages: string[] = [];
    const walk = (node: PdfValue | undefined): void => {
      const d = dict(node);
      if (d?.['/Type'] === '/Pages') for (const kid of (d['/Kids'] as PdfValue[]) ?? []) walk(kid);
      else if (isRef(node)) pages.push(node);
    };
    walk(catalog['/Pages']);
    return { version: header.pdfversion, get, dict, stream, catalog, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One operator of a content stream and its operands (names as "/N", numbers, strings as "(…)", dictionaries as objects). */
export interface Operation {
  op: string;
  operands: unknown[];
}

const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

/** The operators of a content stream, in order. Enough of the syntax for PDFKit's output. */
export function operations(content: Buffer): Operation[] {
  const s = content.toString('latin1');
  const out: Operation[] = [];
  const stack: unknown[][] = [[]];
  const top = (): unknown[] => stack[stack.length - 1]!;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === '%') {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    } else if (c === '(') {
      let depth = 0;
      const start = i;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      top().push(s.slice(start, ++i));
    } else if (c === '<' && s[i + 1] === '<') {
      stack.push([]);
      i += 2;
    } else if (c === '>' && s[i + 1] === '>') {
      const items = stack.pop()!;
      const dict: Record<string, unknown> = {};
      for (let k = 0; k + 1 < items.length; k += 2) dict[String(items[k])] = items[k + 1];
      top().push(dict);
      i += 2;
    } else if (c === '<') {
      const end = s.indexOf('>', i);
      top().push(s.slice(i, end + 1));
      i = end + 1;
    } else if (c === '[') {
      stack.push([]);
      i++;
    } else if (c === ']') {
      const items = stack.pop()!;
      top().push(items);
      i++;
    } else {
      let j = i + 1;
      while (j < s.length && !isSpace(s[j]!) && !DELIMITERS.has(s[j]!)) j++;
      const word = s.slice(i, j);
      i = j;
      if (c === '/') top().push(word);
      else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) top().push(Number(word));
      else if (word === 'true' || word === 'false' || word === 'null') top().push(word);
      else {
        out.push({ op: word, operands: stack[0]! });
        stack[0] = [];
        // An inline image's data runs to EI.
        if (word === 'ID') {
          const end = s.indexOf('EI', i);
          i = end < 0 ? s.length : end;
        }
      }
    }
  }
  return out;
}

/** A page's content, its streams joined. */
export function pageContent(objects: PdfObjects, page: string): Buffer {
  const contents = objects.dict(page)?.['/Contents'];
  const refs = Array.isArray(contents) ? contents : contents ? [contents] : [];
  return Buffer.concat(refs.flatMap((ref) => (objects.stream(ref)?.data ? [objects.stream(ref)!.data, Buffer.from('\n')] : [])));
}
