import type Token from 'markdown-it/lib/token.mjs';
import { libraries } from '../libraries/libraries.js';

/**
 * Where the links of a Markdown text go, as a CommonMark viewer reads them: found with
 * markdown-it's own tokens, never with patterns over lines. A destination can hide behind a
 * backslash (`javascript\:`), an entity (`javascript&#58;`), a line break before it, or a
 * reference definition far from its use; the parser resolves every one of those the way a
 * viewer does. This parser accepts every destination (markdown-it's own renderer would drop
 * a `javascript:` link and keep its text), because other viewers may not drop them.
 */
let parser: InstanceType<ReturnType<typeof libraries>['markdownIt']> | undefined;

function permissive(): NonNullable<typeof parser> {
  if (!parser) {
    parser = new (libraries().markdownIt)({ html: true, linkify: false, typographer: false });
    parser.validateLink = () => true;
  }
  return parser;
}

export type DestinationKind = 'link' | 'image' | 'autolink' | 'definition' | 'html';

export interface Destination {
  kind: DestinationKind;
  /** As a viewer resolves it: escapes and entities decoded. */
  href: string;
}

/** Links, images, reference definitions and raw HTML of a Markdown text, in order. */
export function destinations(markdown: string): Destination[] {
  const env: { references?: Record<string, { href: string }> } = {};
  const found: Destination[] = [];
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'link_open') found.push({ kind: token.markup === 'autolink' ? 'autolink' : 'link', href: token.attrGet('href') ?? '' });
      else if (token.type === 'image') found.push({ kind: 'image', href: token.attrGet('src') ?? '' });
      else if (token.type === 'html_inline' || token.type === 'html_block') found.push({ kind: 'html', href: token.content });
      if (token.children) visit(token.children);
    }
  };
  visit(permissive().parse(markdown, env));
  for (const { href } of Object.values(env.references ?? {})) found.push({ kind: 'definition', href });
  return found;
}

/**
 * The destinations a plan may link to: the web, e-mail and places in the same document.
 * Tabs, line breaks and spaces are dropped first, as browsers do before reading a scheme.
 */
export function isSafeDestination(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- the characters browsers drop are what is removed
  const plain = href.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(https?:\/\/|mailto:|#)/.test(plain);
}

/** What a viewer would follow or load that is not a safe link; `allowedImage` is the logo's path. */
export function unsafeDestinations(markdown: string, allowedImage?: string): Destination[] {
  const logo = allowedImage === undefined ? undefined : permissive().normalizeLink(allowedImage);
  return destinations(markdown).filter((d) => {
    if (d.kind === 'html') return true;
    if (d.kind === 'image') return d.href !== logo;
    return !isSafeDestination(d.href);
  });
}
