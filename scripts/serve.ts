// Serves the built site (dist/) on 127.0.0.1, as a static host would. Used by `npm start`, `npm run
// bench` and the browser tests. The files are served by sirv (production mode: it lists the build
// once at start and serves only those paths, so no request can reach a file outside it) and
// compressed by `compression`. Ours is only what no library does: the base path, the headers of
// public/_headers, a 301 to a directory's trailing slash, 404.html with status 404, and refusing
// what a static site never answers (methods other than GET and HEAD, malformed or dot-segment paths).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/** One rule of `_headers`: a path pattern ('/_astro/*') and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses a Netlify/Cloudflare-style `_headers` file into [pattern, headers] rules. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length && line.includes(':')) {
      const i = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** The headers `_headers` rules give a site path ('/faq/'), later rules overriding earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { pattern, headers: set } of rules) {
    const hit = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (hit) Object.assign(headers, set);
  }
  return headers;
}

const ALLOW = 'GET, HEAD';

/** A Content-Type from `_headers` (the FHIR record's) replaces the one sirv gives by the file's extension. */
function overrideContentType(res: ServerResponse, type: string) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const headers = args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as
      Record<string, unknown> | undefined;
    for (const name of Object.keys(headers ?? {})) if (name.toLowerCase() === 'content-type') delete headers![name];
    this.setHeader('Content-Type', type);
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/**
 * Starts a static server for `root`, serving it under `base` (e.g. '/trial/').
 * Resolves to { server, url }. `port` 0 picks a free port.
 */
export async function serve({
  root = 'dist',
  base = '/',
  port = 4321,
  host = '127.0.0.1',
}: { root?: string; base?: string; port?: number; host?: string } = {}): Promise<{ server: Server; url: string }> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `/${file.split('\\').join('/')}`);
  // Folders with an index page ('/faq/'): a request without the slash is redirected to it.
  const folders = new Set(
    files.filter((file) => file.endsWith('/index.html')).map((file) => file.slice(0, -'index.html'.length)),
  );
  const notFoundFile = join(dir, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found\n');

  const setSiteHeaders = (res: ServerResponse, path: string) => {
    for (const [name, value] of Object.entries(headersFor(rules, path))) {
      if (name.toLowerCase() === 'content-type') overrideContentType(res, value);
      else res.setHeader(name, value);
    }
  };
  const plain = (req: IncomingMessage, res: ServerResponse, status: number, text: string, headers = {}) => {
    setSiteHeaders(res, '/404.html');
    const body = Buffer.from(`${text}\n`);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    // The 404 page's own headers (security, no year-long cache from an /_astro/* rule).
    setSiteHeaders(res, '/404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length });
    res.end(req.method === 'HEAD' ? undefined : notFoundPage);
  };
  const statics = sirv(dir, {
    etag: true,
    extensions: ['html'],
    setHeaders: setSiteHeaders,
    onNoMatch: notFound,
  });
  const compress = compression();

  function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(req, res, 405, 'Method not allowed', { Allow: ALLOW });
    const target = req.url ?? '';
    // Origin-form only ('/path?query'): an absolute-form target (GET http://host/) is for proxies.
    if (!target.startsWith('/')) return plain(req, res, 400, 'Bad request');
    const cut = target.search(/[?#]/);
    const rawPath = cut === -1 ? target : target.slice(0, cut);
    const query = cut === -1 ? '' : target.slice(cut).replace(/#.*/, '');
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(req, res, 400, 'Bad request: malformed percent-encoding');
    }
    // No file of a build has these in its path; refusing them outright leaves nothing to normalise.
    if (path.includes('\0') || path.includes('\\') || path.split('/').some((s) => s === '..' || s === '.')) {
      return plain(req, res, 400, 'Bad request');
    }
    if (rawPath === prefix.slice(0, -1)) return redirect(res, '/', prefix + query);
    if (!rawPath.startsWith(prefix)) return notFound(req, res);
    const sitePath = path.slice(prefix.length - 1);
    // Only a folder of the build is redirected, so the Location is always base + a known folder.
    if (!sitePath.endsWith('/') && folders.has(`${sitePath}/`)) {
      return redirect(res, `${sitePath}/`, `${prefix}${encodeURI(sitePath.slice(1))}/${query}`);
    }
    if (sitePath === '/_headers') return notFound(req, res);
    // sirv parses req.url itself: hand it the site path, still encoded as the client sent it.
    req.url = `/${rawPath.slice(prefix.length)}${query}`;
    // Ranges are not needed for pages this small, and sirv trusts malformed ones (bytes=5-2).
    delete req.headers.range;
    statics(req, res);
  }

  const redirect = (res: ServerResponse, sitePath: string, location: string) => {
    setSiteHeaders(res, sitePath);
    res.writeHead(301, { Location: location, 'Content-Length': 0 });
    res.end();
  };

  const server = createServer((req, res) => {
    compress(req, res, () => {
      try {
        handle(req, res);
      } catch (error) {
        console.error('serve: request failed', req.method, req.url, error);
        if (!res.headersSent) plain(req, res, 500, 'Server error');
        else res.destroy();
      }
    });
  });
  // A CONNECT request would otherwise get no answer at all.
  server.on('connect', (_req, socket) => {
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const { port: listening } = server.address() as AddressInfo;
  return { server, url: `http://${host}:${listening}${prefix}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({
    root: process.env.OUT_DIR || 'dist',
    base: process.env.BASE_PATH || '/',
    port: Number(process.env.PORT || 4321),
  });
  console.log(`\n  The site is being served at ${url}\n  Press Ctrl+C to stop.\n`);
}
