// Security policy: a CSP on every page without 'unsafe-inline' for scripts, Pagefind's extra needs
// granted only on /search/, workers from the site only (each page registers its language's service
// worker), no referrer, safe external links, and the same policy as headers.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/languages';
import { registration, workerPath } from '../../src/lib/offline';
import { ALL_ROUTES, DIST, isCheck, useSiteInChromium } from '../support/site';
import { htmlFiles, loadDocument } from '../support/pages';

/** The page's CSP as a map of directive -> sources. */
function policy(file: string): Map<string, string[]> {
  const meta = loadDocument(DIST, file).querySelector('meta[http-equiv="content-security-policy"]');
  const content = meta?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each(htmlFiles(DIST))('the policy of %s', (file) => {
  const csp = policy(file);
  const search = file.endsWith('search/index.html');
  const checker = file.endsWith('check/index.html');

  it('has a CSP whose scripts are only its own files and hashed inline scripts', () => {
    expect(csp.get('script-src')).toBeDefined();
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it(search ? 'grants what Pagefind needs' : 'grants no WebAssembly', () => {
    expect(csp.get('script-src')?.includes("'wasm-unsafe-eval'")).toBe(search);
  });

  it('allows workers from the site only (its service worker; on /search/ Pagefind’s too)', () => {
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });

  it(checker ? 'lets nothing connect anywhere' : 'connects only to its own site', () => {
    expect(csp.get('connect-src')).toEqual([checker ? "'none'" : "'self'"]);
  });

  if (!checker && !search) {
    it('runs no script but the registration of its language’s service worker (so connect-src self cannot be used)', () => {
      const scripts = [...loadDocument(DIST, file).querySelectorAll('script:not([type="application/ld+json"])')];
      const registrations = LANGS.map((lang) => registration(workerPath(lang)));
      expect(scripts.map((s) => s.getAttribute('src') ?? registrations.includes(s.textContent!))).toEqual([true]);
    });
  }

  it('sends no referrer and opens external links without an opener or referrer', () => {
    const document = loadDocument(DIST, file);
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel, link.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });
});

describe('the served site', () => {
  const site = useSiteInChromium();

  it.each([...ALL_ROUTES, '/404.html'])('serves %s with the security headers', async (path) => {
    const response = await fetch(site.url + path.slice(1));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it.each(ALL_ROUTES)('runs %s under both policies without a CSP violation or script error', async (path) => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(site.url + path.slice(1), { waitUntil: 'networkidle' });
    if (isCheck(path)) await page.waitForSelector('[data-verdict]');
    if (path.endsWith('/search/')) {
      await page.fill('input[type="search"]', path.startsWith('/zh/') ? '乙肝' : 'hepatitis');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-search] a[href*="eligibility"]');
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
