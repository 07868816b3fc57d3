// What the WebKit and Gecko tests load: the root build through a proxy in front of the server that
// serves it (test/support/site.ts), which changes three things, all for the tests' sake:
// - every HTML page starts with a probe, before the page's own Content-Security-Policy <meta> (so the
//   policy does not govern it, and it changes nothing the policy allows): it records uncaught errors,
//   rejected promises, console.error and CSP violations in `window.__problems`, because WebKit's
//   WebDriver has no console to listen to;
// - `/__phone/?src=/zh/check/&width=390&height=844` is a page of the test's own that shows a page in
//   an iframe of that size (MiniBrowser's window is never narrower than about 447 px); for it the proxy
//   drops `frame-ancestors` and X-Frame-Options, which forbid framing (test/site/security.test.ts checks
//   them, in Chromium, on the real server);
// - the service workers (sw.js) are not found, so that no worker answers from its cache;
// - `breakScripts` answers every /_astro/*.js with a syntax error, as an engine that lacks a syntax would
//   meet the bundle: the page must then fall back to its checklist (test/site/engines.test.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export const PROBE = `<script>(()=>{const p=window.__problems=[];const say=(t)=>p.push(String(t));addEventListener('error',(e)=>say(e.message?'uncaught: '+e.message:'failed to load: '+(e.target&&(e.target.src||e.target.href))),true);addEventListener('unhandledrejection',(e)=>say('unhandled rejection: '+(e.reason&&e.reason.stack||e.reason)));addEventListener('securitypolicyviolation',(e)=>say('CSP: '+e.violatedDirective+' blocked '+e.blockedURI));const error=console.error;console.error=(...a)=>{say('console.error: '+a.join(' '));error.apply(console,a)};})()</script>`;

/** The test's page that frames `src` at a phone's width and height. */
export function phonePage(src: string, width: number, height: number): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>phone</title><style>body{margin:0}iframe{border:0;display:block}</style><iframe src="${encodeURI(src)}" width="${width}" height="${height}" title="phone"></iframe></html>`;
}

export interface EngineServer {
  url: string;
  /** Whether the site's scripts are answered with a syntax error. */
  breakScripts: boolean;
  close(): Promise<void>;
}

/** A proxy in front of `upstream` (a URL ending in '/'). */
export async function engineServer(upstream: string): Promise<EngineServer> {
  const state = { breakScripts: false };
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/__phone/') {
      const [w, h] = [Number(url.searchParams.get('width')), Number(url.searchParams.get('height'))];
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(phonePage(url.searchParams.get('src') ?? '/', w, h));
    }
    // No service worker here: these engines see the site as a browser without one does (the worker is
    // tested in Chromium: test/site/offline.test.ts). Registered, it would answer the scripts from its
    // cache, past breakScripts.
    if (/(^|\/)sw\.js$/.test(url.pathname)) {
      res.writeHead(404, { 'cache-control': 'no-store' });
      return res.end();
    }
    if (state.breakScripts && /^\/_astro\/.*\.js$/.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      return res.end('export const broken = ;\n');
    }
    const answer = await fetch(new URL(url.pathname.slice(1) + url.search, upstream), {
      method: req.method,
      redirect: 'manual',
    });
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      // fetch has decoded the body: its encoding and length no longer apply.
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'x-frame-options'].includes(name))
        headers[name] = value;
    });
    // Never cached, so that a page loaded with its scripts broken, or after, gets what it asks for.
    headers['cache-control'] = 'no-store';
    if (headers['content-security-policy'])
      headers['content-security-policy'] = headers['content-security-policy'].replace(/frame-ancestors [^;]*;?\s*/, '');
    let body = Buffer.from(await answer.arrayBuffer());
    if (headers['content-type']?.startsWith('text/html'))
      body = Buffer.from(body.toString('utf8').replace(/<head>/i, (head) => head + PROBE));
    res.writeHead(answer.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    get breakScripts() {
      return state.breakScripts;
    },
    set breakScripts(value: boolean) {
      state.breakScripts = value;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
