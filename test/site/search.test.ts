// Site search in Chromium against the real Pagefind index, at the root and under /trial/: the
// queries a reader would type find the right page first, every result link lands on a page and
// heading of the same build, and the page works with the CSP, the keyboard, and without JavaScript.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { DIST, DIST_SUB, SUB_PATH, launchChromium, serveBuild } from '../support/site';
import { brokenLink, loadDocument } from '../support/pages';

const BUILDS = [
  { name: 'root build', root: DIST, base: '/' },
  { name: 'sub-path build', root: DIST_SUB, base: SUB_PATH },
];

/** A query and the pages (relative to the base) that may come first. */
const QUERIES: [string, string[]][] = [
  ['mRSS', ['eligibility/']],
  ['pregnancy', ['eligibility/']],
  ['hepatitis', ['eligibility/']],
  ['cytokine release', ['faq/', 'glossary/']],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Waits until a search has settled (no aria-busy, and the status says something other than
 * "Searching…") and returns the status the page showed at that moment. Assert on that value: read
 * again later, the status may belong to a newer run of the script (`astro dev` reloads the page when
 * it has optimised a dependency, and the new page shows "Searching…" again).
 */
async function settled(page: Page): Promise<string> {
  const status = await page.waitForFunction((loading) => {
    const root = document.querySelector('[data-search]');
    const text = document.querySelector('[data-search-status]')?.textContent;
    return root && !root.hasAttribute('aria-busy') && text && text !== loading ? text : false;
  }, en.search.loading);
  return (await status.jsonValue()) as string;
}

const resultLinks = (page: Page) =>
  page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

describe.each(BUILDS)('search on the $name', ({ root, base }) => {
  let site: Awaited<ReturnType<typeof serveBuild>>;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    site = await serveBuild(root, base);
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  async function searchFor(query: string) {
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    return resultLinks(page);
  }

  it.each(QUERIES)('puts the right page first for "%s"', async (query, firstPages) => {
    const links = await searchFor(query);
    expect(await page.locator('#search-q').inputValue(), 'the query fills the box').toBe(query);
    expect(firstPages.map((path) => base + path)).toContain(links[0]);
  });

  it('links every result and section to a page and heading of this build', async () => {
    const checked: string[] = [];
    for (const [query] of QUERIES) {
      await searchFor(query);
      const hrefs = await page
        .locator('.search__results a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        expect(href.startsWith(base), `${href} is under ${base}`).toBe(true);
        expect(brokenLink(root, base, new URL(href, site.url)), href).toBeUndefined();
        checked.push(href);
      }
    }
    expect(
      checked.some((href) => href.includes('#')),
      'some results link to a section',
    ).toBe(true);
  });

  it('indexes page content only: no header, footer, search page or 404 page', async () => {
    await page.goto(`${site.url}search/`);
    // Every indexed page, from Pagefind's own API (a string, so Vitest leaves its `import()` alone).
    const pages: { url: string; content: string }[] = await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      const all = await pagefind.search(null);
      return Promise.all(all.results.map((result) => result.data()));
    })()`);
    const urls = pages.map((p) => p.url);
    expect(urls).toContain(`${base}eligibility/`);
    expect(urls).not.toContain(`${base}search/`);
    expect(urls).not.toContain(`${base}404.html`);
    for (const { url, content } of pages) {
      expect(content, url).not.toContain(en.footer.disclaimer);
      expect(content, url).not.toContain(en.skipLink);
      expect(content, url).not.toContain(`${en.nav.home} ${en.nav.ssc}`);
    }
  });

  it('searches from the form with the keyboard and puts the query in the address', async () => {
    await page.goto(site.url);
    await page.getByRole('link', { name: en.searchLink, exact: true }).click();
    await page.waitForURL(`${site.url}search/`);
    await page.getByLabel(en.search.label).fill('pregnancy');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=pregnancy');
    expect(await page.getByRole('status').textContent()).toMatch(/results? for “pregnancy”/);
    expect((await resultLinks(page))[0]).toBe(`${base}eligibility/`);

    await page.getByLabel(en.search.label).fill('xylophone');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.getByRole('status').textContent()).toBe(en.search.none.replace('{query}', 'xylophone'));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-q')?.value === 'pregnancy');
    await settled(page);
    expect((await resultLinks(page))[0], 'Back restores the previous search').toBe(`${base}eligibility/`);
  });

  it('loads Pagefind only when a search starts', async () => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`${site.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByLabel(en.search.label).fill('mrss');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(fetched.some((url) => url.endsWith(`${base}pagefind/pagefind.js`))).toBe(true);
    page.removeAllListeners('request');
  });

  it('says so plainly when the search index cannot load', async () => {
    const context = await browser.newContext();
    const broken = await context.newPage();
    await broken.route('**/pagefind/**', (route) => route.abort());
    await broken.goto(`${site.url}search/?q=mrss`);
    await settled(broken);
    expect(await broken.getByRole('status').textContent()).toBe(en.search.failed);
    await context.close();
  });

  it('says search needs JavaScript when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}search/?q=mrss`);
    expect(await noJs.locator('main').innerText()).toContain(en.search.noScript);
    expect(await noJs.getByRole('search').isVisible(), 'the form that cannot work is hidden').toBe(false);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results shown (%s)', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await searchFor('hepatitis');
    // Evaluated through DevTools, so the page's CSP does not apply to axe itself.
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.evaluate(async () => {
      const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run();
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('has a CSP on the search page that allows Pagefind and nothing more', () => {
    const policy = (file: string) => {
      const meta = loadDocument(root, file).querySelector('meta[http-equiv="content-security-policy"]');
      const directives = (meta?.getAttribute('content') ?? '').split(';').map((d) => d.trim().split(/\s+/));
      return Object.fromEntries(directives.filter(([name]) => name).map(([name, ...values]) => [name, values]));
    };
    const search = policy('search/index.html');
    expect(search['connect-src']).toEqual(["'self'"]);
    expect(search['worker-src']).toEqual(["'self'"]);
    expect(search['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", 'blob:', 'data:', '*', 'https:']) {
      expect(search['script-src']).not.toContain(loose);
      expect(search['style-src']).not.toContain(loose);
    }
    const content = policy('faq/index.html');
    // Runs only its service worker's registration; lets tools read robots.txt.
    expect(content['connect-src']).toEqual(["'self'"]);
    expect(content['worker-src']).toEqual(["'self'"]); // its service worker
    expect(content['script-src']).not.toContain("'wasm-unsafe-eval'");
  });

  it('ran every search above without a CSP violation or script error', () => {
    expect(problems).toEqual([]);
  });
});

const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)));

describe('search in `astro dev`, which has no index', () => {
  let dev: ChildProcess | undefined;
  afterAll(() => {
    dev?.kill();
  });

  it('tells the reader to use the built site', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const args = ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)];
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
      // As from a shell: under VITEST Astro's dev server serves no pages, and NODE_ENV=test is Vitest's.
      // --ignore-lock: run in the foreground (Astro 7 may background itself) beside any other dev server.
      env: { ...withoutVitest(process.env), FORCE_COLOR: '0' },
    });
    await new Promise<void>((ready, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
      dev!.stderr!.on('data', (chunk: Buffer) => (output += chunk));
      dev!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        if (output.includes(`:${port}`)) {
          clearTimeout(timer);
          ready();
        }
      });
      dev!.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/?q=mrss`);
    expect(await settled(page)).toBe(en.search.unavailable);
    await page.close();
  });
});
