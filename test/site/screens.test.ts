// Screens: every page at 360 px and 1280 px into test-results/, and no horizontal scroll at 360 px.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { fillAnswers, openEveryCalculator } from '../support/browser';
import { ALL_ROUTES, CHECK_PAGES, isCheck, useSiteInChromium } from '../support/site';

const OUT = 'test-results/screens';
const name = (path: string) => (path === '/' ? 'home' : path.replace(/\W+/g, '-').replace(/^-|-$/g, ''));

describe('every page on narrow and wide screens', () => {
  const site = useSiteInChromium();
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  // One load a page: the layouts are CSS alone (media queries), so a resized page is laid out as a
  // page loaded at that width.
  it.each([...ALL_ROUTES, '/404.html'])(
    '%s fits 360 and 1280 px and is captured, and has no horizontal scroll at 320 px either',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(site.url + path.slice(1));
      if (isCheck(path)) await page.waitForSelector('[data-verdict]');
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: `${OUT}/${name(path)}-${width}.png`, fullPage: true });
        expect(await overflow(page), `at ${width} px`).toBeLessThanOrEqual(width);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await overflow(page), 'at 320 px').toBeLessThanOrEqual(320);
      await page.close();
    },
  );

  it.each(CHECK_PAGES)(
    '$path fits 360 px with errors showing, every calculator open and a full result',
    async ({ path }) => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(site.url + path.slice(1));
      await fillAnswers(page, { ...examples[1]!.answers, lvef_pct: 'sixty-two' });
      expect(await openEveryCalculator(page)).toBeGreaterThan(0);
      await page.locator('input[name="egfr"]').focus();
      await page.waitForSelector('[role="alert"]');
      await page.screenshot({ path: `${OUT}/${name(path)}-errors-360.png`, fullPage: true });
      expect(await overflow(page)).toBeLessThanOrEqual(360);
      await page.close();
    },
  );
});
