// What keeps the checker quick on a cheap phone, counted rather than timed, so that it holds on a busy
// machine too. `npm run bench` times the same things (when every question is usable, the worst
// interaction, Lighthouse performance); these are the checks that stand in for them here:
// - layout shift: hydration and the result rows built after it move nothing on the first screen;
// - interaction: one keystroke changes a few nodes (the field, its criterion's row, the verdict), never
//   the form or the list again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/budgets.ts';
import examples from '../fixtures/examples.json';
import { fillAnswers } from '../support/browser';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

const site = useSiteInChromium();
/** Lighthouse's mobile screen. */
const PHONE = { width: 412, height: 823 };

/**
 * Where every element of <body> that starts on the first screen starts, and its width, by its place in
 * the document. A layout shift is an element that moves; growing downwards (as <main> does when the
 * result rows are built below the form) shifts nothing.
 */
function firstScreen(page: Page) {
  return page.evaluate((height) => {
    const boxes: string[] = [];
    document.body.querySelectorAll('*').forEach((element, i) => {
      const { top, left, width, height: h } = element.getBoundingClientRect();
      if (top < height && h > 0 && width > 0) boxes.push(`${i} ${element.tagName} at ${left},${top}, ${width} wide`);
    });
    return boxes;
  }, PHONE.height);
}

/** Counts DOM mutations (nodes added or removed, attributes and text changed) until `action` settles. */
async function mutationsDuring(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { changes: number };
    w.changes = 0;
    new MutationObserver((records) => {
      for (const r of records) w.changes += r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1;
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await action();
  // Preact renders on the next microtask or frame; two frames later every update has landed.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { changes: number }).changes);
}

describe.each(CHECK_PAGES)('the checker on $path, counted rather than timed', ({ path }) => {
  it('moves nothing on the first screen of a phone while it hydrates and builds its result rows', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const asBuilt = await context.newPage();
    // Scripts held back, never answered: the page as built. (Refused, they would show the fallback
    // checklist that a script failing to start shows: src/integrations/paint-first.ts.)
    await asBuilt.route('**/*.js', () => {});
    await asBuilt.goto(site.url + path.slice(1));
    const hydrated = await context.newPage();
    await hydrated.goto(site.url + path.slice(1));
    await hydrated.waitForSelector('[data-verdict]');
    const before = await firstScreen(asBuilt);
    expect(before.length).toBeGreaterThan(10);
    expect(await firstScreen(hydrated)).toEqual(before);
    await context.close();
  });

  it('changes a few nodes for a keystroke that flips the verdict, not the form or the list', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('[data-verdict]');
    const { lvef_pct: _, ...rest } = examples[0]!.answers as Record<string, unknown>;
    await fillAnswers(page, rest);
    const field = page.locator('input[name="lvef_pct"]');
    await field.click();
    await page.keyboard.type('6');
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('ineligible');
    const changes = await mutationsDuring(page, async () => {
      await page.keyboard.type('2');
      await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('likely_eligible');
    });
    console.log(`${path}: one keystroke that flips the verdict changed ${changes} nodes`);
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThanOrEqual(BUDGETS.keystrokeDomChanges);
    await page.close();
  });
});
