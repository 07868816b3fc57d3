// Accessibility: axe-core on every page in light and dark, and on /check/ in every verdict state and
// with error messages showing. Zero violations.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { axeViolations, fillAnswers, verdictStates } from './browser';
import { ALL_ROUTES, CHECK_PAGES, isCheck, useSiteInChromium } from './helpers';

const site = useSiteInChromium();

async function open(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await site.browser.newPage({ colorScheme });
  await page.goto(site.url + path.slice(1));
  if (isCheck(path)) await page.waitForSelector('[data-verdict]');
  return page;
}

describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (scheme) => {
  it.each([...ALL_ROUTES, '/404.html'])('finds no violation on %s', async (path) => {
    const page = await open(path, scheme);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  describe.each(CHECK_PAGES)('on $path', ({ path }) => {
    it.each(Object.entries(verdictStates(examples)))('finds no violation showing %s', async (verdict, answers) => {
      const page = await open(path, scheme);
      await fillAnswers(page, answers);
      await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe(verdict);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('finds no violation with error messages showing and every calculator open', async () => {
      const page = await open(path, scheme);
      for (const summary of await page.locator('details.calculator summary').all()) await summary.click();
      await page.waitForSelector('details.calculator table.mrss');
      await page.fill('#c-egfr-h', '0');
      await page.fill('#c-egfr-c', '1');
      await page.fill('input[name="lvef_pct"]', 'abc');
      await page.fill('input[name="mrss"]', '15.5');
      await page.locator('input[name="egfr"]').focus();
      await page.waitForSelector('[role="alert"]');
      expect(await page.locator('.question--error').count()).toBe(2);
      expect(await page.locator('details.calculator .error-message').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
