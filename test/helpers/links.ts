/**
 * Where the links of an output go, read back the way a viewer reads them: plan.md with
 * markdown-it at its most trusting (every destination accepted, raw HTML on), plan.html by
 * its tags, plan.pdf by its link annotations. Independent of src/, so a test cannot pass
 * merely because it shares a mistake with the code.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const viewer = new MarkdownIt({ html: true, linkify: false });
viewer.validateLink = () => true;

export interface FoundLink {
  kind: 'link' | 'image' | 'definition' | 'html';
  href: string;
}

export function markdownLinks(markdown: string): FoundLink[] {
  const env: { references?: Record<string, { href: string }> } = {};
  const found: FoundLink[] = [];
  const visit = (tokens: readonly Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'link_open') found.push({ kind: 'link', href: t.attrGet('href') ?? '' });
      if (t.type === 'image') found.push({ kind: 'image', href: t.attrGet('src') ?? '' });
      if (t.type === 'html_inline' || t.type === 'html_block') found.push({ kind: 'html', href: t.content });
      if (t.children) visit(t.children);
    }
  };
  visit(viewer.parse(markdown, env));
  for (const ref of Object.values(env.references ?? {})) found.push({ kind: 'definition', href: ref.href });
  return found;
}

const decodeHtml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[e.toLowerCase()]!,
  );

/** Every href and src of every tag in an HTML page. */
export function htmlLinks(html: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const [tag] of html.matchAll(/<[A-Za-z][^>]*>/g)) {
    for (const m of tag.matchAll(/\s(href|src|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      found.push({ kind: m[1]!.toLowerCase() === 'src' ? 'image' : 'link', href: decodeHtml(m[3] ?? m[4] ?? m[5] ?? '') });
    }
  }
  return found;
}

/** The URI of every link annotation in a PDF (PDFKit writes them as literal strings). */
export function pdfLinks(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

/** What a plan may link to: the web, e-mail, a place in the same document. */
export function isAllowed(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme
  return /^(https?:\/\/|mailto:|#)/i.test(href.replace(/[\u0000-\u0020\u007f]/g, ''));
}
