import type { MessageLanguage } from '../messages/index.js';
import { clientCss, clientScript } from './client-script.js';
import type { PreviewText } from '../messages/preview.js';

export type PreviewView = 'html' | 'pdf';

/** JSON inside a <script>: no "</script>", "<!--" or line separators can end or bend it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function clientTag(view: PreviewView, version: number, nonce: string): string {
  return `<script nonce="${nonce}">${clientScript}(${scriptJson({ view, version, css: clientCss })});</script>`;
}

/**
 * The plan's own HTML, as `plan render` writes it, with the preview's script added before
 * `</body>`: the document the reader sees is the real one.
 */
export function injectClient(html: string, view: PreviewView, version: number, nonce: string): string {
  const tag = clientTag(view, version, nonce);
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}${tag}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const pageStyle = 'html,body{margin:0;height:100%;font:16px/1.5 system-ui,sans-serif}main{padding:2em}';

/** Shown until the plan has a version without errors; the overlay lists what is wrong. */
export function waitingPage(text: PreviewText['page'], lang: MessageLanguage, nonce: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(text.noDocumentTitle)}</title><style>${pageStyle}</style></head><body><main><h1>${escapeHtml(text.noDocumentTitle)}</h1><p>${escapeHtml(text.waiting)}</p></main>${clientTag('html', 0, nonce)}</body></html>`;
}

/** The PDF tab: the browser's own PDF viewer in a frame the script reloads on each new PDF. */
export function pdfPage(text: PreviewText['page'], lang: MessageLanguage, nonce: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(text.pdfTitle)}</title><style>${pageStyle}iframe{display:block;border:0;width:100%;height:100%}</style></head><body><main id="plan-pdf-waiting"><p>${escapeHtml(text.waiting)}</p></main><iframe id="plan-pdf" title="${escapeHtml(text.pdfTitle)}" hidden></iframe>${clientTag('pdf', 0, nonce)}</body></html>`;
}
