// Measures the built site against its budgets: HTML + CSS and JavaScript per page (gzip, as loaded
// in Chromium), Lighthouse 12 scores (mobile preset), and the build time. Used by `npm run bench`
// and by test/site/budgets.test.ts.
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
  buildSeconds: 20,
  lighthouse: 100,
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

/** Per page: HTML + CSS bytes (gzip) and the JavaScript it loads (gzip), measured in Chromium. */
export async function measureBytes(root, siteUrl) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  for (const path of PAGES) {
    const page = await browser.newPage();
    const loaded = [];
    page.on('response', (r) => loaded.push({ url: r.url(), type: r.request().resourceType() }));
    await page.goto(siteUrl + path.slice(1), { waitUntil: 'networkidle' });
    const fileOf = (url) =>
      join(root, decodeURIComponent(new URL(url).pathname.slice(new URL(siteUrl).pathname.length)));
    const htmlFile = path.endsWith('/')
      ? join(fileOf(siteUrl + path.slice(1)), 'index.html')
      : fileOf(siteUrl + path.slice(1));
    const css = loaded.filter((r) => r.type === 'stylesheet').map((r) => gzip(readFileSync(fileOf(r.url))));
    const js = loaded.filter((r) => r.type === 'script').map((r) => gzip(readFileSync(fileOf(r.url))));
    const jsBytes = () =>
      loaded.filter((r) => r.type === 'script').reduce((sum, r) => sum + gzip(readFileSync(fileOf(r.url))), 0);
    const inlineJs = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
        .map((s) => s.textContent ?? '')
        .join(''),
    );
    rows.push({
      path,
      html: gzip(readFileSync(htmlFile)),
      htmlCss: gzip(readFileSync(htmlFile)) + css.reduce((a, b) => a + b, 0),
      js: js.reduce((a, b) => a + b, 0) + (inlineJs ? gzip(Buffer.from(inlineJs)) : 0),
      requests: loaded.length,
    });
    if (isCheck(path)) {
      // Open every calculator: each loads on demand (budget 30 KB with them). The form is built in
      // steps, and the verdict comes last.
      await page.waitForSelector('[data-verdict]');
      for (const summary of await page.locator('details.calculator summary').all()) await summary.click();
      await page.waitForLoadState('networkidle');
      await page.waitForSelector('details.calculator .calc');
      rows.at(-1).jsWithCalculators = jsBytes() + (inlineJs ? gzip(Buffer.from(inlineJs)) : 0);
    }
    await page.close();
  }
  await browser.close();
  return rows;
}

/** Pages that run scripts, where Lighthouse's performance score varies most from run to run. */

/**
 * Lighthouse 12, mobile preset (the default config), on every page: the four category scores, each the
 * median of several runs, as Lighthouse's guidance on variability advises: five on pages that run
 * scripts, three on the others. On this 2-core machine one run of /check/ varied by up to 8 performance
 * points (the simulated 4x CPU slowdown magnifies any moment the host is busy).
 */
export async function measureLighthouse(siteUrl) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows = [];
  try {
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < (isCheck(path) || isSearch(path) ? 5 : 3); i++)
        runs.push(await lighthouseOnce(chrome.port, siteUrl + path.slice(1)));
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

async function lighthouseOnce(port, url) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
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
    performance: score('performance'),
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
