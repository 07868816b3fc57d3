// What a server of the built site must answer, as one table: the local server (scripts/serve.ts) and
// nginx with deploy/nginx.conf are both checked against it. The headers come from public/_headers
// (as copied into the build), so a header changed there and not in a server's configuration fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve.ts';
import { ALL_ROUTES } from './site';

export interface Expectation {
  /** Path relative to the site's base, as sent (may be odd on purpose). */
  path: string;
  method?: 'GET' | 'HEAD' | 'POST' | 'DELETE';
  status: number;
  /** The build file whose bytes are the body (after gzip is undone). */
  body?: string;
  /** The media type, without parameters. */
  type?: string;
  /** Location of a redirect, relative to the base. */
  location?: string;
  /** Whether the answer is gzip-encoded (to a client that accepts gzip). */
  gzip?: boolean;
  /** The site path whose _headers rules the answer carries (a 404 carries the 404 page's). */
  headersOf: string;
  allow?: string;
}

/** The expectations for a build in `root`. */
export function expectations(root: string): Expectation[] {
  const script = readdirSync(join(root, '_astro')).find((file) => file.endsWith('.js'));
  if (!script) throw new Error(`No script in ${root}/_astro: was the site built?`);
  const notFound = { status: 404, body: '404.html', type: 'text/html', headersOf: '/404.html' } as const;
  return [
    ...ALL_ROUTES.map((route) => ({
      path: route,
      status: 200,
      body: `${route.slice(1)}index.html`,
      type: 'text/html',
      headersOf: route,
    })),
    { path: '/', status: 200, gzip: true, body: 'index.html', headersOf: '/' },
    { path: '/check/', status: 200, gzip: true, body: 'check/index.html', headersOf: '/check/' },
    { path: '/check/', method: 'HEAD', status: 200, type: 'text/html', headersOf: '/check/' },
    { path: '/404.html', status: 200, body: '404.html', type: 'text/html', headersOf: '/404.html' },
    {
      path: `/_astro/${script}`,
      status: 200,
      gzip: true,
      body: `_astro/${script}`,
      type: 'javascript',
      headersOf: `/_astro/${script}`,
    },
    {
      path: '/pagefind/pagefind.js',
      status: 200,
      body: 'pagefind/pagefind.js',
      type: 'javascript',
      headersOf: '/pagefind/pagefind.js',
    },
    { path: '/robots.txt', status: 200, body: 'robots.txt', type: 'text/plain', headersOf: '/robots.txt' },
    // The FHIR record as FHIR R5 JSON (Content-Type from _headers: application/fhir+json; fhirVersion=5.0).
    {
      path: '/records/NCT06792344.fhir.json',
      status: 200,
      body: 'records/NCT06792344.fhir.json',
      type: 'application/fhir\\+json',
      headersOf: '/records/NCT06792344.fhir.json',
    },
    // Offline reading: each language's service worker (never cached by the host), app manifest and icon.
    { path: '/sw.js', status: 200, body: 'sw.js', type: 'javascript', headersOf: '/sw.js' },
    { path: '/zh/sw.js', status: 200, gzip: true, body: 'zh/sw.js', type: 'javascript', headersOf: '/zh/sw.js' },
    ...['/manifest.webmanifest', '/zh/manifest.webmanifest'].map((path) => ({
      path,
      status: 200,
      body: path.slice(1),
      type: 'application/manifest\\+json',
      headersOf: path,
    })),
    { path: '/icon-512.png', status: 200, body: 'icon-512.png', type: 'image/png', headersOf: '/icon-512.png' },
    // A folder without its slash: a relative redirect to it, keeping the query.
    { path: '/faq', status: 301, location: 'faq/', headersOf: '/faq/' },
    { path: '/search?q=mrss', status: 301, location: 'search/?q=mrss', headersOf: '/search/' },
    // Missing: the 404 page with status 404, without the year-long cache of /_astro/*.
    { path: '/no-such-page/', ...notFound },
    { path: '/no-such-page', ...notFound },
    { path: '/_astro/missing.js', ...notFound },
    { path: '/_headers', ...notFound },
    { path: '/faq/', method: 'HEAD' as const, status: 200, headersOf: '/faq/' },
    // The Chinese edition: its pages, and the one 404 page (it helps in both languages) for what is missing.
    { path: '/zh/check/', status: 200, gzip: true, body: 'zh/check/index.html', headersOf: '/zh/check/' },
    { path: '/zh/faq', status: 301, location: 'zh/faq/', headersOf: '/zh/faq/' },
    { path: '/zh/no-such-page/', ...notFound },
    // Not an open redirect, and not a way out of the build.
    { path: '//evil.example/', ...notFound },
    { path: '/%E0%A4%A', status: 400, headersOf: '/404.html' },
    { path: '/..%2fdist-secret/x.txt', status: 400, headersOf: '/404.html' },
    { path: '/faq/', method: 'POST', status: 405, allow: 'GET, HEAD', headersOf: '/404.html' },
    { path: '/', method: 'DELETE', status: 405, allow: 'GET, HEAD', headersOf: '/404.html' },
  ];
}

/** The security and caching headers _headers gives `path`, with every other header _headers names absent. */
function headersExpected(root: string, path: string): Record<string, string | null> {
  const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  const named = new Set(rules.flatMap((rule) => Object.keys(rule.headers).map((name) => name.toLowerCase())));
  const given = Object.fromEntries(Object.entries(headersFor(rules, path)).map(([k, v]) => [k.toLowerCase(), v]));
  // Every answer has a Content-Type of its own: _headers's is checked only where _headers sets it.
  const checked = [...named].filter((name) => name !== 'content-type' || name in given);
  return Object.fromEntries(checked.map((name) => [name, given[name] ?? null]));
}

/** Sends one expectation's request to the site at `siteUrl` (ending in '/') and checks the answer. */
export async function checkAnswer(root: string, siteUrl: string, expected: Expectation) {
  const site = new URL(siteUrl);
  // Concatenated, not resolved: '//evil.example/' must reach the server as a path.
  const response = await fetch(`${site.origin}${site.pathname.slice(0, -1)}${expected.path}`, {
    method: expected.method ?? 'GET',
    redirect: 'manual',
    headers: { 'accept-encoding': 'gzip' },
  });
  const body = Buffer.from(await response.arrayBuffer());
  const what = `${expected.method ?? 'GET'} ${expected.path}`;
  expect(response.status, what).toBe(expected.status);
  const headers: Record<string, string | null> = {};
  for (const name of Object.keys(headersExpected(root, expected.headersOf))) headers[name] = response.headers.get(name);
  expect(headers, `${what}: the headers of _headers`).toEqual(headersExpected(root, expected.headersOf));
  if (expected.body)
    expect(body.equals(readFileSync(join(root, expected.body))), `${what}: the body is ${expected.body}`).toBe(true);
  if (expected.method === 'HEAD') expect(body.length, `${what}: no body`).toBe(0);
  if (expected.type) expect(response.headers.get('content-type'), what).toMatch(new RegExp(`^[^;]*${expected.type}`));
  if (expected.gzip) expect(response.headers.get('content-encoding'), `${what}: gzip`).toBe('gzip');
  if (expected.location !== undefined)
    expect(response.headers.get('location'), what).toBe(site.pathname + expected.location);
  else expect(response.headers.get('location'), `${what}: no redirect`).toBeNull();
  if (expected.allow) expect(response.headers.get('allow'), what).toBe(expected.allow);
}
