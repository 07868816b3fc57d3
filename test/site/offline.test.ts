// Offline reading (scripts/service-worker.ts, src/lib/offline.ts), in Chromium, in each language, at the
// root and under /trial/: after one visit to a page, with the network off and the server gone, every page
// of that language opens, the checker rules a 3-year-old out on I1, and search answers; nothing is asked
// of another origin. Then a new build served at the same address is picked up on the next visit, and the
// page shown from the old copy says so with a reload link that brings the new one. On the checker, the
// worker's first downloads wait until the checker's own scripts are in.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { bundleWorker, precacheList, writeWorker } from '../../scripts/service-worker.ts';
import { LANGS, LANGUAGES, type Lang } from '../../src/i18n/languages';
import { ui } from '../../src/i18n';
import { pagePath } from '../../src/lib/paths';
import { oneOf } from '../support/browser';
import { DIST, DIST_SUB, ROUTES, SUB_PATH, launchChromium } from '../support/site';

const BUILDS = [
  { name: 'root build', root: DIST, base: '/' },
  { name: 'sub-path build', root: DIST_SUB, base: SUB_PATH },
];
const QUERY: Record<Lang, string> = { en: 'hepatitis', zh: '乙肝' };

/** Serves `root` under `base`, on `port` (0: a free one); `close` ends every connection. */
async function serveAt(root: string, base: string, port = 0) {
  const { server, url } = (await serve({ root, base, port })) as { server: Server; url: string };
  const close = () => new Promise<void>((ok) => server.close(() => ok()).closeAllConnections());
  return { url, port: Number(new URL(url).port), close };
}

/** Visits `url` and waits until the language's worker has precached the site and controls the page. */
async function visitOnce(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until a search has settled; returns how many results the page shows. */
async function searchResults(page: Page, url: string, query: string, loading: string) {
  await page.goto(`${url}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((loading) => {
    const text = document.querySelector('[data-search-status]')?.textContent;
    return !document.querySelector('[data-search]')?.hasAttribute('aria-busy') && text && text !== loading;
  }, loading);
  return page.locator('.search-result').count();
}

/** The checker answers (age 3 fails I1, and Copy works) and search finds results, in the page's language. */
async function checkerAndSearch(page: Page, at: (path: string) => string, lang: Lang) {
  await page.goto(at('/check/'));
  await page.waitForSelector('[data-verdict]');
  await page.fill('input[name="age_years"]', '3');
  await expect.poll(() => page.getAttribute('[data-criterion="I1"]', 'data-status')).toBe('fail');
  // What the result's buttons do loads on the first press, from the copy too: Copy answers (copied, or
  // shown to copy by hand), never "could not load".
  await page.getByRole('button', { name: ui(lang).checker.copy }).click();
  const { copied, copyFailed } = ui(lang).actions.notice;
  await expect.poll(() => page.textContent('.checker-notice')).toMatch(oneOf(copied, copyFailed));
  expect(await searchResults(page, at('/search/'), QUERY[lang], ui(lang).search.loading)).toBeGreaterThan(0);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('offline, on the $name', ({ root, base }) => {
  describe.each(LANGS)('in %s', (lang) => {
    let context: BrowserContext;
    const requested: string[] = [];
    afterAll(() => context?.close());

    it('after one visit, opens every page, runs the checker and search with the network off', async () => {
      const site = await serveAt(root, base);
      const at = (path: string) => site.url + pagePath(path, lang).slice(1);
      context = await browser.newContext();
      context.on('request', (request) => requested.push(request.url()));
      const page = await context.newPage();
      await visitOnce(page, at('/faq/'));
      await site.close();
      await context.setOffline(true);

      for (const path of ROUTES) {
        const response = await page.goto(at(path));
        expect(response?.ok(), path).toBe(true);
        expect(await page.getAttribute('html', 'lang'), path).toBe(LANGUAGES[lang].lang);
        expect(await page.locator('h1').count(), path).toBe(1);
        // Opened from the copy, but no newer build is out: no update line.
        expect(await page.isHidden('#sw-update'), path).toBe(true);
      }

      await checkerAndSearch(page, at, lang);

      // Nothing from another origin; of this origin, only the language's own files (its precache list),
      // its worker, and the pictures left to the network (the flyer's poster, which fails offline).
      const origin = new URL(site.url).origin;
      expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      const own = new Set([...precacheList(root, base, lang), `${pagePath('/', lang).slice(1)}sw.js`]);
      const files = requested.map((url) => new URL(url).pathname.slice(base.length).replace(/(^|\/)$/, '$1index.html'));
      expect(files.filter((file) => !own.has(file) && !/(^|\/)(poster|og)\.png$/.test(file))).toEqual([]);

      // What the browser keeps: the language's files, each once, and nothing else (no answer, no query).
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
        return urls;
      });
      const kept = cached.map((url) => new URL(url)).filter((url) => url.origin === origin);
      expect(kept.length).toBe(cached.length);
      expect(kept.map((url) => url.search.replace(/^\?__WB_REVISION__=\w+$/, ''))).toEqual(kept.map(() => ''));
      expect(kept.map((url) => url.pathname.slice(base.length)).sort()).toEqual(precacheList(root, base, lang));
    });
  });
});

describe("the worker's first downloads wait for the page's own", () => {
  it.each(LANGS)("%s: on the checker, they start once the checker's own scripts are in", async (lang) => {
    const site = await serveAt(DIST, '/');
    const context = await browser.newContext();
    // In the browser's order: who asked (the page, or the worker precaching the site) and for what.
    const requests: { worker: boolean; path: string }[] = [];
    context.on('request', (r) =>
      requests.push({ worker: r.serviceWorker() !== null, path: new URL(r.url()).pathname }),
    );
    const page = await context.newPage();
    await visitOnce(page, site.url + pagePath('/check/', lang).slice(1));
    const firstOfWorker = requests.findIndex((r) => r.worker);
    const scripts = requests.flatMap((r, i) => (!r.worker && r.path.endsWith('.js') ? [i] : []));
    expect(scripts.length).toBeGreaterThan(0);
    expect(firstOfWorker).toBeGreaterThan(Math.max(...scripts));
    await context.close();
    await site.close();
  });
});

describe('where the browser allows no service worker (in-app browsers, private modes)', () => {
  it.each(LANGS)('%s: the pages, the checker and search work online as before, without an error', async (lang) => {
    const site = await serveAt(DIST, '/');
    const at = (path: string) => site.url + pagePath(path, lang).slice(1);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('pageerror', (e) => problems.push(e.message));
    await checkerAndSearch(page, at, lang);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.isHidden('#sw-update')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
    await site.close();
  });
});

describe.each(BUILDS)('a new build, on the $name', ({ root, base }) => {
  describe.each(LANGS)('in %s', (lang) => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is picked up on the next visit; the page shown from the old copy says so and reloads to the new', async () => {
      // The new build: the FAQ page has a new paragraph, and the language's worker is written again for it.
      const [before, after] = [join(dir, 'before'), join(dir, 'after')];
      cpSync(root, before, { recursive: true });
      cpSync(root, after, { recursive: true });
      const faq = join(after, pagePath('/faq/', lang).slice(1), 'index.html');
      writeFileSync(faq, readFileSync(faq, 'utf8').replace('</h1>', '</h1><p id="new-build">New</p>'));
      await writeWorker(after, base, lang, await bundleWorker());

      let site = await serveAt(before, base);
      const at = (path: string) => site.url + pagePath(path, lang).slice(1);
      const context = await browser.newContext();
      const page = await context.newPage();
      await visitOnce(page, at('/faq/'));
      await site.close();
      site = await serveAt(after, base, site.port);

      // The next visit is answered from the old copy, while the browser fetches the new worker.
      await page.goto(at('/faq/'));
      expect(await page.locator('#new-build').count()).toBe(0);
      const note = page.locator('#sw-update');
      await note.waitFor({ state: 'visible' });
      const { offline } = ui(lang);
      expect(await note.textContent()).toBe(offline.update + offline.reload);
      await note.getByRole('link', { name: offline.reload }).click();
      await page.waitForSelector('#new-build');
      expect(await note.isHidden()).toBe(true);

      // The new files replaced the old: offline, the page is the new one.
      await site.close();
      await context.setOffline(true);
      await page.goto(at('/faq/'));
      expect(await page.locator('#new-build').count()).toBe(1);
      await context.close();
    });
  });
});
