// Keyboard: the whole checker completed without a mouse; focus always visible; links in the verdict
// move focus to the question they name.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

/** Tab until the element with this selector has focus (fails after many presses). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with Tab`);
}

/** Whether the focused element draws a focus indicator: an outline of 2 px or more, or a box shadow. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== 'none';
  });
}

describe.each(CHECK_PAGES)('the checker on $path with the keyboard alone', ({ path, strings }) => {
  const site = useSiteInChromium();

  it('can be completed to a verdict, with focus visible at every stop', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('[data-verdict]');
    const answers = examples[0]!.answers as Record<string, unknown>;
    let stops = 0;
    for (const [fact, value] of Object.entries(answers)) {
      if (typeof value === 'boolean') {
        // Tab reaches the radio group at its first option; Space chooses it, each arrow the next one.
        // Lab results list "Negative" first, so the options' order is read from the page.
        await tabTo(page, `input[name="${fact}"]`);
        const order = await page.$$eval(`input[name="${fact}"]`, (inputs) =>
          inputs.map((i) => i.getAttribute('value')),
        );
        await page.keyboard.press('Space');
        for (let i = 0; i < order.indexOf(value ? 'yes' : 'no'); i++) await page.keyboard.press('ArrowRight');
      } else if (Array.isArray(value)) {
        for (const item of value) {
          await tabTo(page, `input[name="${fact}"][value="${item}"]`);
          await page.keyboard.press('Space');
        }
      } else {
        await tabTo(page, `input[name="${fact}"]`);
        await page.keyboard.type(String(value));
      }
      expect(await focusIsVisible(page), `focus on ${fact}`).toBe(true);
      stops++;
    }
    expect(stops).toBe(Object.keys(answers).length);
    // The verdict follows the last keystroke a frame later (hydrate.ts).
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('likely_eligible');
    for (const [fact, value] of Object.entries(answers)) {
      if (typeof value === 'boolean')
        expect(await page.isChecked(`input[name="${fact}"][value="${value ? 'yes' : 'no'}"]`), fact).toBe(true);
    }
    await page.close();
  });

  it('moves focus to the question a link in the result names', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('[data-verdict]');
    await tabTo(page, '.ask-for .missing a');
    const name = await page.evaluate(() => document.activeElement!.textContent);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(name).toBe(strings.criteria.factLabel.age_years);
    expect(focused).toBe('age_years');
    await page.close();
  });
});
