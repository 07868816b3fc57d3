// The local server (scripts/serve.ts, used by `npm start` and these tests): the _headers reader, the
// answers every server of the build must give (test/support/expectations.ts, shared with nginx), and a
// bounded flood of hostile requests over raw sockets after which it still serves and has leaked nothing.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, serve } from '../../scripts/serve.ts';
import { checkAnswer, expectations } from '../support/expectations';
import { DIST, DIST_SUB, SUB_PATH, serveBuild } from '../support/site';

describe('the _headers reader', () => {
  const text = [
    '# a comment',
    '/*',
    '  X-Frame-Options: DENY',
    "  Content-Security-Policy: frame-ancestors 'none'; base-uri 'none'",
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/robots.txt',
    '  X-Robots-Tag: none',
    '  X-Frame-Options: SAMEORIGIN',
  ].join('\r\n');

  it('reads each path pattern with its indented headers, keeping colons inside values', () => {
    expect(parseHeaders(text)).toEqual([
      {
        pattern: '/*',
        headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'none'" },
      },
      { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
      { pattern: '/robots.txt', headers: { 'X-Robots-Tag': 'none', 'X-Frame-Options': 'SAMEORIGIN' } },
    ]);
  });

  it('gives a path the headers of every rule it matches, later rules winning', () => {
    const rules = parseHeaders(text);
    expect(headersFor(rules, '/faq/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'none'",
    });
    expect(headersFor(rules, '/_astro/a.js')).toMatchObject({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Frame-Options': 'DENY',
    });
    expect(headersFor(rules, '/robots.txt')).toMatchObject({ 'X-Frame-Options': 'SAMEORIGIN', 'X-Robots-Tag': 'none' });
    expect(headersFor(rules, '/robots.txt.bak')).not.toHaveProperty('X-Robots-Tag');
  });

  it('ignores a header line before any pattern and a line without a colon', () => {
    expect(parseHeaders('  X-Early: 1\n/x\n  not a header\n  X-Late: 2')).toEqual([
      { pattern: '/x', headers: { 'X-Late': '2' } },
    ]);
  });
});

describe.each([
  { name: 'root build', root: DIST, base: '/' },
  { name: 'sub-path build', root: DIST_SUB, base: SUB_PATH },
])('the local server on the $name', ({ root, base }) => {
  let site: Awaited<ReturnType<typeof serveBuild>>;
  beforeAll(async () => {
    site = await serveBuild(root, base);
  });
  afterAll(() => site?.close());

  it.each(expectations(root).map((e) => [`${e.method ?? 'GET'} ${e.path}`, e] as const))(
    'answers %s as a static host must',
    async (_name, expected) => {
      await checkAnswer(root, site.url, expected);
    },
  );

  if (base !== '/') {
    it('redirects the base without its slash to the base, and answers 404 outside the base', async () => {
      const origin = new URL(site.url).origin;
      const bare = await fetch(`${origin}${base.slice(0, -1)}`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe(base);
      const outside = await fetch(`${origin}/faq/`, { redirect: 'manual' });
      expect(outside.status).toBe(404);
      expect(await outside.text()).toBe(readFileSync(join(root, '404.html'), 'utf8'));
    });
  }
});

/** One request over a raw socket, exactly as written (no client normalises it). */
function rawRequest(port: number, head: string, timeoutMs = 10_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer in ${timeoutMs} ms to ${JSON.stringify(head.slice(0, 120))}`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may close while we still write a huge request line: what it answered is what counts.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    // Written without a FIN: Node's server drops a pending answer when the client half-closes.
    // `Connection: close` makes the server close once it has answered.
    socket.write(head);
  });
}

/** Requests a scanner sends every day, relative to the site's base, for the secret files of `box`. */
function hostileRequests(box: string): { method: string; target: string; headers?: string }[] {
  const targets = [
    // Malformed percent-encodings.
    '/%E0%A4%A',
    '/%',
    '/%zz',
    '/%E0%A4',
    '/%FF',
    '/%C0%AF',
    '/faq/%',
    '/%u002e%u002e/secret.txt',
    // Encoded and plain ../ and ..\ to the secret beside the build and to a sibling folder named dist-*.
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/.%2e/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%2e%2e%5csecret.txt',
    '/..%252fsecret.txt',
    '/..%c0%afsecret.txt',
    '/../dist-secret/x.txt',
    '/..%2fdist-secret/x.txt',
    '/%2e%2e/dist-secret/x.txt',
    '/..%2f..%2fdist-secret%2fx.txt',
    '/faq/../../secret.txt',
    '/_astro/..%2f..%2fsecret.txt',
    '/_astro/%2e%2e/%2e%2e/dist-secret/x.txt',
    '/..;/secret.txt',
    `/${'../'.repeat(20)}etc/passwd`,
    `/${'..%2f'.repeat(20)}etc/passwd`,
    '/dist-secret/x.txt',
    '/./secret.txt',
    '/faq/./',
    // NUL bytes.
    '/index.html%00',
    '/%00',
    '/faq/%00.html',
    '/secret.txt%00.html',
    '/..%00/secret.txt',
    // Absolute paths, as paths and as absolute-form targets.
    '/etc/passwd',
    '//etc/passwd',
    '/%2fetc/passwd',
    `/${box}/secret.txt`,
    `/${encodeURIComponent(`${box}/secret.txt`)}`,
    '/C:/Windows/win.ini',
    '/C:%5cWindows%5cwin.ini',
    'http://127.0.0.1/etc/passwd',
    `file://${box}/secret.txt`,
    '*',
    'secret.txt',
    // Open-redirect attempts.
    '//evil.example',
    '//evil.example/',
    '/\\evil.example',
    '/%2fevil.example',
    '/%5cevil.example',
    '///evil.example/faq',
    '//faq',
    '/faq?%0d%0aSet-Cookie:%20x=1',
    // Very long paths (the last ones beyond Node's 16 KB header limit).
    `/${'a'.repeat(2_000)}`,
    `/${'a'.repeat(8_000)}`,
    `/faq/${'%2e'.repeat(3_000)}`,
    `/${'a/'.repeat(7_000)}`,
    `/${'a'.repeat(70_000)}`,
  ];
  const requests: { method: string; target: string; headers?: string }[] = [];
  for (const target of targets) for (const method of ['GET', 'HEAD']) requests.push({ method, target });
  for (const method of [
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'TRACE',
    'CONNECT',
    'PROPFIND',
    'FOO',
    'get',
    'GET /x',
  ]) {
    requests.push({ method, target: '/faq/' }, { method, target: '/../secret.txt' });
  }
  // A raw NUL byte and a raw space in the request line; malformed ranges, which sirv alone would trust.
  requests.push({ method: 'GET', target: '/\0' }, { method: 'GET', target: '/faq/ x' });
  for (const range of ['bytes=5-2', 'bytes=-1', 'bytes=999999999-', 'bytes=0-0,5-2', 'bytes=x-y']) {
    requests.push({ method: 'GET', target: '/robots.txt', headers: `Range: ${range}\r\n` });
  }
  return requests;
}

describe('the local server under hostile requests', () => {
  const token = randomBytes(16).toString('hex');
  // A copy of the build in a box outside the repository, with a secret beside it and one in a sibling
  // folder whose name starts with the build's: dist-secret, the folder a prefix check lets through.
  const box = mkdtempSync(join(tmpdir(), 'serve-hostile-'));
  let server: Server;
  let port: number;
  let served: Set<string>;
  beforeAll(async () => {
    cpSync(DIST, join(box, 'dist'), { recursive: true });
    writeFileSync(join(box, 'secret.txt'), `outside the build ${token}\n`);
    mkdirSync(join(box, 'dist-secret'));
    writeFileSync(join(box, 'dist-secret', 'x.txt'), `sibling of the build ${token}\n`);
    ({ server } = (await serve({ root: join(box, 'dist'), base: '/', port: 0 })) as { server: Server; url: string });
    port = (server.address() as { port: number }).port;
    const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const files = readdirSync(join(box, 'dist'), { recursive: true, encoding: 'utf8' })
      .map((file) => join(box, 'dist', file))
      .filter((file) => statSync(file).isFile());
    served = new Set(files.map((file) => hash(readFileSync(file))));
  });
  afterAll(async () => {
    await new Promise((ok) => server?.close(ok));
    rmSync(box, { recursive: true, force: true });
  });

  it('answers thousands of them with 4xx, keeps serving, and never sends a byte from outside the build', async () => {
    const started = performance.now();
    const rssBefore = process.memoryUsage().rss;
    const kinds = hostileRequests(box);
    const rounds = Math.ceil(3_000 / kinds.length);
    const queue = Array.from({ length: rounds }, () => kinds).flat();
    const statuses = new Map<string, number>();
    const problems: string[] = [];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { method, target, headers = '' } = next;
        const answer = await rawRequest(
          port,
          `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`,
        );
        const text = answer.toString('latin1');
        const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 'no answer';
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const split = text.indexOf('\r\n\r\n');
        const body = split === -1 ? Buffer.alloc(0) : answer.subarray(split + 4);
        const location = /\r\nlocation: ([^\r]*)/i.exec(text.slice(0, split))?.[1];
        const what = `${method} ${target.slice(0, 80)}`;
        if (text.includes(token) || text.includes('root:x:0:0')) problems.push(`${what}: leaked a secret`);
        if (!/^(200|301|4\d\d)$/.test(status)) problems.push(`${what}: ${status}`);
        // A body is a whole file of the build (a Range the server ignored, the 404 page) or a short message.
        const ofTheBuild = served.has(createHash('sha256').update(body).digest('hex'));
        if ((status === '200' && method === 'GET') || body.length > 200) {
          if (!ofTheBuild) problems.push(`${what}: ${status} with a body that is no file of the build`);
        }
        if (location !== undefined && !/^\/(?![/\\])/.test(location))
          problems.push(`${what}: redirect off the site to ${location}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const rssAfter = process.memoryUsage().rss;
    const sent = rounds * kinds.length;
    const seconds = (performance.now() - started) / 1000;

    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    console.log(
      `hostile requests: ${sent} sent (${kinds.length} kinds x ${rounds}) in ${seconds.toFixed(1)} s; answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
        `RSS of the process hosting the server: ${mb(rssBefore)} before, ${mb(rssAfter)} after`,
    );
    expect([...new Set(problems)]).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(sent);

    // Still serving, the same bytes as before.
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe(readFileSync(join(box, 'dist', 'index.html'), 'utf8'));
  }, 120_000);
});
