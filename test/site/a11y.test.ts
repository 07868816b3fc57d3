// Accessibility: axe-core on every page in light and dark, and on /check/ in every verdict state and
// with error messages showing. Zero violations. Each page is loaded once and checked in both schemes:
// every rule in light, then the colour rules in dark, the only ones the dark scheme can change (it sets
// colour custom properties only, which inDark checks on each page).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { axeViolations, fillAnswers, inDark, openEveryCalculator, verdictStates } from '../support/browser';
import { ALL_ROUTES, CHECK_PAGES, isCheck, useSiteInChromium } from '../support/site';

const site = useSiteInChromium();

/** Opens a page in the light scheme; `bothSchemes` then checks it in light and, switched, in dark. */
async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ colorScheme: 'light' });
  await page.goto(site.url + path.slice(1));
  if (isCheck(path)) await page.waitForSelector('[data-verdict]');
  return page;
}

/** axe's violations in the light colour scheme and then, on the same page, in the dark one. */
async function bothSchemes(page: Page) {
  const light = await axeViolations(page);
  return { light, ...(await inDark(page)) };
}

const NONE = { light: [], beyondColours: [], dark: [] };

describe('axe in the light and dark colour schemes', () => {
  it.each([...ALL_ROUTES, '/404.html'])('finds no violation on %s', async (path) => {
    const page = await open(path);
    expect(await bothSchemes(page)).toEqual(NONE);
    await page.close();
  });

  describe.each(CHECK_PAGES)('on $path', ({ path }) => {
    it.each(Object.entries(verdictStates(examples)))('finds no violation showing %s', async (verdict, answers) => {
      const page = await open(path);
      await fillAnswers(page, answers);
      await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe(verdict);
      expect(await bothSchemes(page)).toEqual(NONE);
      await page.close();
    });

    it('finds no violation with error messages showing and every calculator open', async () => {
      const page = await open(path);
      expect(await openEveryCalculator(page)).toBeGreaterThan(0);
      await page.fill('#c-egfr-h', '0');
      await page.fill('#c-egfr-c', '1');
      await page.fill('input[name="lvef_pct"]', 'abc');
      await page.fill('input[name="mrss"]', '15.5');
      await page.locator('input[name="egfr"]').focus();
      await page.waitForSelector('[role="alert"]');
      // Each error shows in the island's render after its field is left: polled.
      await expect.poll(() => page.locator('.question--error').count()).toBe(2);
      expect(await page.locator('details.calculator .error-message').count()).toBeGreaterThan(0);
      expect(await bothSchemes(page)).toEqual(NONE);
      await page.close();
    });
  });
});
