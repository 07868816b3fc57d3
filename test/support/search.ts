// Drives /zh/search/ as a reader does: the query in the address (?q=), then the results the page shows
// once the search has settled. Shared by the Chinese search tests.
import type { Page } from 'playwright-core';
import { zh } from '../../src/i18n/zh';

/** One result as shown: the page's link and the links to its sections, best first. */
export interface ShownResult {
  page: string;
  sections: string[];
}

/** Searches `query` on the Chinese search page of the site at `siteUrl`; returns the results and status. */
export async function searchZh(page: Page, siteUrl: string, query: string) {
  await page.goto(`${siteUrl}zh/search/?q=${encodeURIComponent(query)}`);
  return shownResults(page);
}

/**
 * Searches `query` as a reader does who types it into the search field of /zh/search/ and presses
 * Enter: the page is loaded only when it is not already open, so that many queries need one load (and
 * one start of Pagefind) rather than one each. The form runs the same search as `?q=` (search-ui.ts).
 */
export async function searchZhInForm(page: Page, siteUrl: string, query: string) {
  const at = `${siteUrl}zh/search/`;
  if (!page.url().startsWith(at)) await page.goto(at);
  await page.fill('[data-search] input', query);
  // The form's submit handler marks the search busy at once, before the press returns.
  await page.press('[data-search] input', 'Enter');
  return shownResults(page);
}

/** The results the search page shows once its search has settled. */
async function shownResults(page: Page) {
  await page.waitForFunction((loading) => {
    const status = document.querySelector('[data-search-status]')?.textContent;
    return !document.querySelector('[data-search]')?.hasAttribute('aria-busy') && status && status !== loading;
  }, zh.search.loading);
  const results: ShownResult[] = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      page: item.querySelector('.search-result__title a')!.getAttribute('href')!,
      sections: [...item.querySelectorAll('.search-result__sections a')].map((a) => a.getAttribute('href')!),
    })),
  );
  return { results, status: (await page.textContent('[data-search-status]'))! };
}
