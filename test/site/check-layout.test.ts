// The verdict in view, in both layouts and both languages: a sticky panel beside the questions from
// 64rem, a bar fixed to the bottom of a phone's screen below it. The bar never hides the focused field,
// the verdict is announced once per change, and axe finds nothing in either layout. Screenshots of
// both layouts at 360, 768 and 1280 px go to test-results/screens/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { axeViolations, fillAnswers, inDark } from '../support/browser';
import { phoneLayout } from '../support/in-page';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

const OUT = 'test-results/screens';
const site = useSiteInChromium();
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

async function open(path: string, width: number, height = 800): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.goto(site.url + path.slice(1));
  await page.waitForSelector('[data-verdict]');
  return page;
}

/** Where an element is on screen, or null when it is not displayed. */
const box = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el || getComputedStyle(el).display === 'none') return null;
    const { top, bottom, left, right } = el.getBoundingClientRect();
    return { top, bottom, left, right };
  }, selector);

describe.each(CHECK_PAGES)('the verdict in view on $path', ({ path, strings }) => {
  const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
  const t = strings.checker;

  it.each([360, 768, 1280])('looks finished at %i px, at the top and deep in the form', async (width) => {
    const page = await open(path, width);
    await fillAnswers(page, { age_years: 12, consent_willing: true, lvef_pct: 50 });
    // The verdict follows the last answer a frame later (hydrate.ts): the picture is of the result.
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('ineligible');
    await page.locator('input[name="egfr"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/${name}-layout-${width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const verdict = await box(page, '.verdict');
    const bar = await box(page, '.checker-bar');
    if (width >= 1024) {
      // The panel beside the form, its verdict on screen while the form scrolls.
      expect(bar).toBeNull();
      expect(verdict!.top).toBeGreaterThanOrEqual(0);
      expect(verdict!.bottom).toBeLessThanOrEqual(800);
      expect(verdict!.left).toBeGreaterThan((await box(page, 'input[name="egfr"]'))!.right);
    } else {
      // The bar across the bottom of the screen, saying the verdict.
      expect(bar!.bottom).toBe(800);
      expect(bar!.left).toBe(0);
      expect(await page.textContent('.checker-bar')).toContain(t.verdictShort.ineligible);
    }
    await page.close();
  });

  // The same measure as WebKit's and Firefox's (test/site/engines.test.ts), at an iPhone's 390 × 844.
  it('at 390 × 844: no sideways scrolling, focused fields and the last line clear of the bar, 16 px fields', async () => {
    const page = await open(path, 390, 844);
    await fillAnswers(page, { age_years: 12, consent_willing: true, lvef_pct: 40 });
    if (name.startsWith('zh')) await page.screenshot({ path: `${OUT}/engine-chromium-zh-check-390.png` });
    const layout = await page.evaluate(phoneLayout);
    if (name.startsWith('zh')) await page.screenshot({ path: `${OUT}/engine-chromium-zh-check-390-end.png` });
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.small).toEqual([]);
    expect(layout.focused).toBeGreaterThan(40);
    expect(layout.covered).toEqual([]);
    expect(layout.lastLine.bottom, layout.lastLine.text).toBeLessThanOrEqual(layout.lastLine.barTop);
    await page.close();
  });

  it('jumps from the bar to the result on a phone', async () => {
    const page = await open(path, 360);
    await page.locator('.checker-bar a').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
    const results = await box(page, '#results');
    expect(results!.top).toBeGreaterThanOrEqual(-1);
    expect(results!.top).toBeLessThan((await box(page, '.checker-bar'))!.top);
    await page.close();
  });

  it('never hides the focused field behind the bar (WCAG 2.4.11), tabbing through every question', async () => {
    const page = await open(path, 360, 640);
    await page.locator('input[name="age_years"]').focus();
    const hidden: string[] = [];
    let stops = 0;
    for (let i = 0; i < 300; i++) {
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        if (!el.closest('.checker-form')) return null;
        const bar = document.querySelector('.checker-bar')!.getBoundingClientRect();
        const { top, bottom } = el.getBoundingClientRect();
        return {
          id: `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`,
          ok: top >= 0 && bottom <= bar.top,
        };
      });
      if (!where) break;
      stops++;
      if (!where.ok) hidden.push(where.id);
      await page.keyboard.press('Tab');
    }
    expect(stops).toBeGreaterThan(40);
    expect(hidden).toEqual([]);
    await page.close();
  });

  it('announces the verdict politely once per change, not on every keystroke', async () => {
    const page = await open(path, 360);
    await page.evaluate(() => {
      const region = document.querySelector('.checker > [role="status"][aria-live="polite"]')!;
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() => (window as unknown as { said: string[] }).said.push(region.textContent ?? '')).observe(
        region,
        { childList: true, characterData: true, subtree: true },
      );
    });
    // 4 keystrokes; the verdict changes once (to not eligible at "5", as an LVEF under 55 rules out;
    // 28-44 would be flagged as a fractional shortening, src/criteria/guards.ts).
    await page.locator('input[name="lvef_pct"]').pressSequentially('50.5', { delay: 50 });
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('ineligible');
    await page.waitForTimeout(300);
    // What the region said (a change that leaves it empty says nothing).
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
    expect(said).toEqual([t.verdictNow.replace('{verdict}', t.verdict.ineligible)]);
    // The verdict itself is not a second live region.
    expect(await page.locator('.verdict [aria-live]').count()).toBe(0);
    await page.close();
  });

  it('has no axe violation at 360 px in light and dark and at 1280 px, with errors and a verdict showing', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'light' });
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('[data-verdict]');
    await fillAnswers(page, { ...examples[1]!.answers, lvef_pct: 'sixty' });
    await page.waitForSelector('[role="alert"]');
    expect(await axeViolations(page), 'at 360 px').toEqual([]);
    expect(await inDark(page), 'at 360 px, dark').toEqual({ beyondColours: [], dark: [] });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page), 'at 1280 px').toEqual([]);
    await page.close();
  });
});
