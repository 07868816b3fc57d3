// Chinese search in Chromium against the real Pagefind index: /zh/search/ searches the Chinese pages
// only, the queries a parent or doctor would type put the right page first, and a word that only
// shares characters with the site's text is not offered as a match.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh';
import { fill } from '../../src/i18n/format';
import { searchZh } from '../support/search';
import { useSiteInChromium } from '../support/site';

/** A query and the Chinese pages that may come first. */
const QUERIES: [string, string[]][] = [
  ['环磷酰胺', ['/zh/eligibility/']],
  ['激素', ['/zh/eligibility/']],
  ['怀孕', ['/zh/eligibility/']],
  // The glossary's hepatitis B entries now explain the 乙肝五项 panel (表面抗原 vs 表面抗体, carriers).
  ['乙肝', ['/zh/eligibility/', '/zh/glossary/']],
  ['细胞因子释放综合征', ['/zh/faq/', '/zh/glossary/']],
  ['雷诺', ['/zh/systemic-sclerosis/', '/zh/glossary/']],
  ['mRSS', ['/zh/eligibility/']],
  ['硬皮病', ['/zh/glossary/', '/zh/systemic-sclerosis/']],
  ['CTX', ['/zh/glossary/']],
  ['MMF', ['/zh/glossary/']],
  // The names families use for the hospital, and the word a parent types to reach it (ZH-TERMS).
  ['浙大儿院', ['/zh/contact/']],
  ['浙江省儿童医院', ['/zh/contact/']],
  ['联系方式', ['/zh/contact/']],
];

const site = useSiteInChromium();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

/** Searches from /zh/search/ and returns the result links once the search has settled. */
async function search(query: string) {
  const { results, status } = await searchZh(page, site.url, query);
  return { links: results.map((r) => r.page), status };
}

describe('search on /zh/search/', () => {
  it.each(QUERIES)('puts the right page first for %s', async (query, first) => {
    const { links, status } = await search(query);
    console.log(`${query}: ${links.slice(0, 3).join(' ')}`);
    expect(first).toContain(links[0]);
    expect(status).toBe(fill(links.length === 1 ? zh.search.one : zh.search.many, { count: links.length, query }));
  });

  it('finds only Chinese pages', async () => {
    for (const [query] of QUERIES) {
      const { links } = await search(query);
      for (const link of links) expect(link.startsWith('/zh/'), `${query}: ${link}`).toBe(true);
    }
  });

  it.each(['多发性硬化', '环磷酸', '红霉素'])(
    'does not offer %s, which only shares characters with the site',
    async (query) => {
      const { links, status } = await search(query);
      expect(links).toEqual([]);
      expect(status).toBe(fill(zh.search.none, { query }));
    },
  );
});

describe('search on the English /search/', () => {
  it('finds only English pages', async () => {
    await page.goto(`${site.url}search/?q=mRSS`);
    await page.waitForSelector('.search-result__title a');
    const links = await page
      .locator('.search-result__title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith('/zh/'), link).toBe(false);
  });
});
