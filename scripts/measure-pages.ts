// What one load of each built page shows in Chromium that is the same on any machine: bytes (gzip),
// requests and which of them the HTML does not name, render-blocking resources, the DOM's size.
// Used by test/site/budgets.test.ts and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { ALL_ROUTES, isCheck } from '../src/lib/routes.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export { isCheck };

/** Every page in both languages, and the 404 page. */
export const PAGES: string[] = [...ALL_ROUTES, '/404.html'];

/** The search pages: with the checker, the pages that run scripts. */
export const isSearch = (path: string) => path.endsWith('/search/');

export interface PageRow {
  path: string;
  /**
   * gzip bytes of the HTML alone, and of the HTML with the style sheets its first paint waits for (a
   * print style sheet, media="print", loads without holding the page up: it is not counted).
   */
  html: number;
  htmlCss: number;
  /** Bytes of the page's response as our server sends it (`npm start`): its headers and compressed body. */
  transfer: number;
  /** gzip bytes of the JavaScript the page loads (its inline scripts too). */
  js: number;
  /** The checker's, with every calculator opened. */
  jsWithCalculators?: number;
  requests: number;
  /** Requests the page's HTML does not name: each is a second round trip before the page is whole. */
  unnamed: string[];
  /** Lighthouse's render-blocking resources: stylesheets, scripts neither async, deferred nor modules. */
  blocking: string[];
  domElements: number;
  domDepth: number;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Runs in the page: its DOM, what blocks its first paint, the URLs it names. */
function pageFacts() {
  // What the markup names, and the scripts the page's inline module loads after the first paint
  // (src/integrations/paint-first.ts; the preload links it adds are not counted as named).
  const named = [
    ...[
      ...document.querySelectorAll<HTMLScriptElement | HTMLImageElement | HTMLLinkElement>(
        'script[src], img[src], link[href]:not([rel="modulepreload"])',
      ),
    ].map((e) => ('src' in e ? e.src : e.href)),
    ...[...document.querySelectorAll('script[type="module"]:not([src])')].flatMap((script) =>
      [...(script.textContent ?? '').matchAll(/"(\/[^"]+\.js)"/g)].map((m) => new URL(m[1]!, document.baseURI).href),
    ),
  ].filter(Boolean);
  const blocking = [
    ...[
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([media="print"]):not([disabled])'),
    ].map((e) => e.href),
    ...[
      ...document.querySelectorAll<HTMLScriptElement>('script[src]:not([async]):not([defer]):not([type="module"])'),
    ].map((e) => e.src),
  ];
  const depth = (node: Element): number => 1 + Math.max(0, ...[...node.children].map(depth));
  return {
    named,
    blocking,
    domElements: document.querySelectorAll('*').length,
    domDepth: depth(document.documentElement),
    inlineJs: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent ?? '')
      .join(''),
  };
}

/**
 * One load of every page in `browser` (or one launched for the purpose), the checker's measured once
 * its result rows are built; then, on the checker, every calculator opened (each loads on demand).
 */
export async function measurePages(root: string, siteUrl: string, browser?: Browser): Promise<PageRow[]> {
  const own = !browser;
  const chrome = browser ?? (await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }));
  const rows: PageRow[] = [];
  for (const path of PAGES) {
    const page = await chrome.newPage();
    const loaded: { url: string; type: string }[] = [];
    page.on('response', (r) => loaded.push({ url: r.url(), type: r.request().resourceType() }));
    const url = siteUrl + path.slice(1);
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const sent = await response!.request().sizes();
    if (isCheck(path)) await page.waitForSelector('[data-verdict]');
    const fileOf = (u: string) =>
      join(root, decodeURIComponent(new URL(u).pathname.slice(new URL(siteUrl).pathname.length)));
    const htmlFile = path.endsWith('/') ? join(fileOf(url), 'index.html') : fileOf(url);
    const bytesOf = (type: string, among?: string[]) =>
      loaded
        .filter((r) => r.type === type && (!among || among.includes(r.url)))
        .reduce((sum, r) => sum + gzip(readFileSync(fileOf(r.url))), 0);
    const { named, inlineJs, ...facts } = await page.evaluate(pageFacts);
    const inlineBytes = inlineJs ? gzip(Buffer.from(inlineJs)) : 0;
    const html = gzip(readFileSync(htmlFile));
    const row: PageRow = {
      path,
      html,
      htmlCss: html + bytesOf('stylesheet', facts.blocking),
      transfer: sent.responseHeadersSize + sent.responseBodySize,
      js: bytesOf('script') + inlineBytes,
      requests: loaded.length,
      unnamed: loaded.map((r) => r.url).filter((u) => u !== url && !named.includes(u)),
      ...facts,
    };
    if (isCheck(path)) {
      for (const summary of await page.locator('details.calculator summary').all()) await summary.click();
      await page.waitForLoadState('networkidle');
      await page.waitForSelector('details.calculator .calc');
      row.jsWithCalculators = bytesOf('script') + inlineBytes;
    }
    rows.push(row);
    await page.close();
  }
  if (own) await chrome.close();
  return rows;
}
