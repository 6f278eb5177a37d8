import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hintWord } from '../diagnostics/format.js';
import { previewText } from '../messages/preview.js';
import { injectClient, pdfPage, waitingPage, type PreviewView } from './page.js';
import type { PreviewSession, PreviewState } from './session.js';

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Thrown when the port asked for with --port is taken, or reserved for the system. */
export class PortUnavailableError extends Error {
  constructor(
    readonly port: number,
    readonly reason: 'in-use' | 'not-allowed',
  ) {
    super(`port ${port}: ${reason}`);
  }
}

/** Only ever this address: the preview is for the person at this computer. */
const HOST = '127.0.0.1';
/** A comment now and then lets the server notice a page that went away without closing. */
const HEARTBEAT_MS = 15_000;

interface Client {
  response: ServerResponse;
  view: PreviewView;
}

/**
 * The preview's web server (Node's own http): the plan's HTML at `/`, the PDF tab at `/pdf`,
 * and `/events`, a stream of server-sent events that tells each open page what changed.
 * Pages are never cached, so a reload always shows the newest version.
 */
export async function startServer(session: PreviewSession, port = 0): Promise<PreviewServer> {
  const clients = new Set<Client>();
  session.wantsPdf = () => [...clients].some((c) => c.view === 'pdf');

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A web page elsewhere could point a name of its own at 127.0.0.1 (DNS rebinding); only
    // this machine's own names for the server are answered.
    const address = server.address() as AddressInfo;
    const allowed = [`127.0.0.1:${address.port}`, `localhost:${address.port}`];
    if (!allowed.includes(request.headers.host ?? '')) return send(response, 403, 'text/plain', 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    const text = previewText(session.state.lang).page;
    const nonce = randomBytes(16).toString('base64');
    switch (url.pathname) {
      case '/':
        return sendPage(response, nonce, session.html ? injectClient(session.html, 'html', session.state.version, nonce) : waitingPage(text, session.state.lang, nonce));
      case '/pdf':
        return sendPage(response, nonce, pdfPage(text, session.state.lang, nonce));
      case '/plan.html':
        // The bare document, which the page's script swaps in after a save.
        return session.html ? send(response, 200, 'text/html; charset=utf-8', session.html) : send(response, 404, 'text/plain', 'Not found');
      case '/plan.pdf': {
        const pdf = await session.currentPdf();
        return pdf ? send(response, 200, 'application/pdf', pdf) : send(response, 404, 'text/plain', 'Not found');
      }
      case '/events':
        return openStream(request, response, url.searchParams.get('view') === 'pdf' ? 'pdf' : 'html');
      case '/favicon.ico':
        // Browsers ask for it on their own; the plan has none.
        response.writeHead(204, commonHeaders);
        return void response.end();
      default:
        return send(response, 404, 'text/plain', 'Not found');
    }
  }

  function openStream(request: IncomingMessage, response: ServerResponse, view: PreviewView): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    // After a restart of the server the browser tries again each second.
    write(response, 'retry: 1000\n\n');
    const client: Client = { response, view };
    clients.add(client);
    request.on('close', () => clients.delete(client));
    write(response, event(session.state));
    // A PDF page that opens while only the HTML is current needs its PDF now.
    if (view === 'pdf') {
      session
        .currentPdf()
        .then(() => write(response, event(session.state)))
        .catch(() => {});
    }
  }

  const unsubscribe = session.onUpdate((_update, state) => {
    const message = event(state);
    for (const { response } of clients) write(response, message);
  });
  const heartbeat = setInterval(() => {
    for (const { response } of clients) write(response, ': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new PortUnavailableError(port, 'in-use'));
      else if (error.code === 'EACCES') reject(new PortUnavailableError(port, 'not-allowed'));
      else reject(error);
    });
    server.listen(port, HOST, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${actual}/`,
    port: actual,
    async close() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const { response } of clients) response.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** One server-sent event with the whole state: small, and a page that missed one catches up. */
function event(state: PreviewState): string {
  const text = previewText(state.lang).page;
  const payload = {
    ...state,
    text: {
      problems: text.problems(state.errors),
      warnings: text.warnings(state.warnings),
      lastGoodBelow: text.lastGoodBelow,
      nothingYet: text.nothingYet,
      disconnected: text.disconnected,
      close: text.close,
      // The same word as before a hint in the terminal.
      hint: hintWord(state.lang),
    },
  };
  return `event: state\ndata: ${JSON.stringify(payload)}\n\n`;
}

/** A page that went away is dropped on its 'close'; until then, writes to it are skipped. */
function write(response: ServerResponse, text: string): void {
  if (!response.writableEnded && !response.destroyed) response.write(text);
}

const commonHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  response.writeHead(status, { ...commonHeaders, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** A page with the preview's script; only that script may run (by its nonce), and it may only talk to this server. */
function sendPage(response: ServerResponse, nonce: string, html: string): void {
  response.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src 'self' data: https: http:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'`,
  );
  send(response, 200, 'text/html; charset=utf-8', html);
}
