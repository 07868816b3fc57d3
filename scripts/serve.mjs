// Serves the built site (dist/) on 127.0.0.1, as a static host would: files only, the headers from
// public/_headers, and 404.html for anything missing. Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/** Parses a Netlify/Cloudflare-style `_headers` file into [pattern, headers] rules. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/**
 * Starts a static server for `root`, serving it under `base` (e.g. '/trial/').
 * Resolves to { server, url }. `port` 0 picks a free port.
 */
export async function serve({ root = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  let rules = [];
  try {
    rules = parseHeaders(await readFile(join(dir, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;

  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (status, file, sitePath) => {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, vary: 'accept-encoding' };
      // Compress text as static hosts and CDNs do.
      if (/text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      for (const rule of rules) if (matches(rule.pattern, sitePath)) Object.assign(headers, rule.headers);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) throw new Error('outside base');
      const sitePath = `/${pathname.slice(prefix.length)}`;
      let file = normalize(join(dir, sitePath));
      if (!file.startsWith(dir)) throw new Error('outside root');
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${pathname}/` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(200, file, sitePath);
    } catch {
      await send(404, join(dir, '404.html'), '/404.html').catch(() => {
        res.writeHead(404);
        res.end('Not found');
      });
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return { server, url: `http://${host}:${address.port}${prefix}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({
    root: process.env.OUT_DIR || 'dist',
    base: process.env.BASE_PATH || '/',
    port: Number(process.env.PORT || 4321),
  });
  console.log(`\n  The site is being served at ${url}\n  Press Ctrl+C to stop.\n`);
}
