// Measures the built site against its budgets. measurePages: what one load of each page in Chromium
// shows, the same on any machine (bytes, requests, render-blocking resources, DOM size). Lighthouse
// 12 (mobile preset): the accessibility, best-practices and SEO categories, which do not depend on
// speed, and the performance score, which does. timeBuild: the build time. `npm test`
// (test/site/budgets.test.ts) asserts only what does not depend on speed; `npm run bench` prints the
// rest with the machine's speed beside it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { ALL_ROUTES, isCheck } from '../src/lib/routes.ts';

export { isCheck };
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Every page in both languages, and the 404 page. */
export const PAGES = [...ALL_ROUTES, '/404.html'];

/** The search pages: with the checker, the pages that run scripts. */
const isSearch = (path) => path.endsWith('/search/');

export const BUDGETS = {
  /** One round trip of a new connection (initial congestion window, ~14 KB). */
  htmlCssBytes: 14 * 1024,
  /** Everything a checker page loads, in either language (at most 25 KB gzip; 30 KB with the calculators). */
  checkJsBytes: 25 * 1024,
  checkJsWithCalculatorsBytes: 30 * 1024,
  /** Content pages ship no JavaScript; the search page loads Pagefind only when a search starts. */
  contentJsBytes: 0,
  /** Requests of one load (the page, its scripts, the icon): every one named in the page's HTML. */
  contentRequests: 2,
  checkRequests: 8,
  searchRequests: 4,
  /**
   * Elements (and depth) of the DOM. Lighthouse's dom-size audit warns above 800 elements and fails
   * above 1,400; the checker, with its form and 21 result rows, has about 980, which leaves room for a
   * few more questions.
   */
  domElements: 800,
  checkDomElements: 1100,
  domDepth: 32,
  /** The categories that do not depend on speed (npm test) and performance (npm run bench). */
  lighthouse: 100,
  /** Only in `npm run bench`: they depend on the machine's speed and how busy it is. */
  buildSeconds: 20,
  checkUsableMs: 600,
  checkWorstInteractionMs: 50,
  evaluateMicroseconds: 20,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Times `npm run build` (Astro + Pagefind) into `outDir`, in seconds. */
export function timeBuild(outDir = 'dist') {
  const start = performance.now();
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    env: { ...process.env, OUT_DIR: outDir },
    stdio: 'ignore',
  });
  if (run.status !== 0) throw new Error('npm run build failed');
  return (performance.now() - start) / 1000;
}

/** What a page shows after one load that does not depend on speed: its DOM, what blocks its first paint, what it names. */
function pageFacts() {
  const named = new Set(
    [...document.querySelectorAll('script[src], link[href]')].map((e) => e.src || e.href).filter(Boolean),
  );
  // Lighthouse's render-blocking-resources: stylesheets, and scripts that are neither async, deferred nor modules.
  const blocking = [
    ...document.querySelectorAll('link[rel="stylesheet"]:not([media="print"]):not([disabled])'),
    ...document.querySelectorAll('script[src]:not([async]):not([defer]):not([type="module"])'),
  ].map((e) => e.href || e.src);
  const depth = (node) => 1 + Math.max(0, ...[...node.children].map(depth));
  return {
    named: [...named],
    blocking,
    domElements: document.querySelectorAll('*').length,
    domDepth: depth(document.documentElement),
    inlineJs: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent ?? '')
      .join(''),
  };
}

/**
 * Per page, one load in Chromium (`browser`, or one launched for the purpose): HTML + CSS bytes and the
 * JavaScript it loads (gzip), the requests and which of them the HTML does not name (each such one is a
 * second round trip before the page is whole), render-blocking resources, and the DOM's size and depth
 * (the checker's after hydration). On the checker, every calculator is then opened (each loads on demand).
 */
export async function measureBytes(root, siteUrl, browser) {
  const own = !browser;
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  for (const path of PAGES) {
    const page = await browser.newPage();
    const loaded = [];
    page.on('response', (r) => loaded.push({ url: r.url(), type: r.request().resourceType() }));
    const url = siteUrl + path.slice(1);
    await page.goto(url, { waitUntil: 'networkidle' });
    if (isCheck(path)) await page.waitForSelector('[data-verdict]');
    const fileOf = (u) => join(root, decodeURIComponent(new URL(u).pathname.slice(new URL(siteUrl).pathname.length)));
    const htmlFile = path.endsWith('/') ? join(fileOf(url), 'index.html') : fileOf(url);
    const bytesOf = (type) =>
      loaded.filter((r) => r.type === type).reduce((sum, r) => sum + gzip(readFileSync(fileOf(r.url))), 0);
    const { named, inlineJs, ...facts } = await page.evaluate(pageFacts);
    const inlineBytes = inlineJs ? gzip(Buffer.from(inlineJs)) : 0;
    const row = {
      path,
      html: gzip(readFileSync(htmlFile)),
      htmlCss: gzip(readFileSync(htmlFile)) + bytesOf('stylesheet'),
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
  if (own) await browser.close();
  return rows;
}

/**
 * Lighthouse 12, mobile preset (the default config), on every page. With `performance` (npm run bench):
 * the four category scores, each the median of several runs, as Lighthouse's guidance on variability
 * advises: five on pages that run scripts, three on the others (on this 2-core machine one run of
 * /check/ varied by up to 8 performance points: the simulated 4x CPU slowdown magnifies any moment the
 * host is busy). Without (npm test): accessibility, best practices and SEO, one run a page, as their
 * audits read the page and not the clock.
 */
export async function measureLighthouse(siteUrl, { performance = true } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const categories = [...(performance ? ['performance'] : []), 'accessibility', 'best-practices', 'seo'];
  // Without performance, no audit reads the full-page screenshot (2 s a run) or the about:blank start.
  const quick = performance ? {} : { disableFullPageScreenshot: true, skipAboutBlank: true };
  const rows = [];
  try {
    for (const path of PAGES) {
      const runs = [];
      const count = !performance ? 1 : isCheck(path) || isSearch(path) ? 5 : 3;
      for (let i = 0; i < count; i++)
        runs.push(await lighthouseOnce(chrome.port, siteUrl + path.slice(1), { onlyCategories: categories, ...quick }));
      const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const middle = runs.find((r) => r.performance === median('performance'));
      rows.push({
        path,
        seoFailing: middle.seoFailing,
        performance: median('performance'),
        accessibility: median('accessibility'),
        bestPractices: median('bestPractices'),
        seo: median('seo'),
        failing: middle.failing,
        runs: runs.length,
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

async function lighthouseOnce(port, url, flags) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', ...flags });
  const { categories, audits } = result.lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = Object.values(audits)
    .filter(
      (a) =>
        a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
    )
    .map((a) => a.id);
  const seoFailing = categories.seo.auditRefs
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id].score < 1)
    .map((ref) => ref.id);
  return {
    seoFailing,
    failing,
    performance: categories.performance ? score('performance') : undefined,
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

/**
 * The one known exception: Lighthouse 12 downloads robots.txt through the page (Network.loadNetworkResource),
 * so on /check/, whose CSP has connect-src 'none' to keep answers in the tab, the robots-txt audit
 * cannot pass. Privacy wins; every other SEO audit must still pass there.
 */
export function isPrivacyException(path, key, row) {
  return isCheck(path) && key === 'seo' && row.seoFailing.length === 1 && row.seoFailing[0] === 'robots-txt';
}
