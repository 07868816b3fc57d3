// Without JavaScript every page reads fully, and /check/ leads to every criterion with its thresholds.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_CRITERION_IDS } from '../../src/criteria';
import { fallbackState } from '../support/in-page';
import { ALL_ROUTES, CHECK_PAGES, useSiteInChromium } from '../support/site';

describe('with JavaScript off', () => {
  const site = useSiteInChromium();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
  });

  it.each(ALL_ROUTES)('%s has its heading and content', async (path) => {
    const page = await context.newPage();
    await page.goto(site.url + path.slice(1));
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.locator('main').innerText();
    // Chinese says as much in about half the characters.
    expect(text.length).toBeGreaterThan(path.startsWith('/zh/') ? 80 : 200);
    expect(text).not.toMatch(/loading/i);
    await page.close();
  });

  /** The text of the page /check/'s note links to, followed as a reader would: its link, clicked. */
  async function criteriaFrom(path: string) {
    const page = await context.newPage();
    await page.goto(site.url + path.slice(1));
    const note = await page.locator('main').innerText();
    await page.locator('.checklist-link a').click();
    await page.waitForURL(/\/eligibility\/$/);
    return { page, note, text: await page.locator('main').innerText() };
  }

  it("/check/'s link leads to the thresholds as the registry states them", async () => {
    const { page, text } = await criteriaFrom('/check/');
    for (const threshold of [
      'aged 5 years or older',
      '15 points',
      '0.5 mg/kg/day',
      'more than 3 months',
      '55%',
      '30 mL/min/1.73 m²',
      '3.0 ×',
      '2.0 ×',
      '92%',
      '40% of predicted',
      '50% of predicted',
      '45 mmHg',
      '4 weeks',
      '3 months',
    ]) {
      expect(text).toContain(threshold);
    }
    await page.close();
  });

  it.each(CHECK_PAGES)('$path leads to every criterion and its numbers, in its language', async ({ path, strings }) => {
    const { page, note, text } = await criteriaFrom(path);
    expect(note).toContain(strings.checkPage.noScript);
    expect(page.url()).toBe(site.url + path.slice(1).replace('check/', 'eligibility/'));
    for (const id of ALL_CRITERION_IDS) {
      expect(text).toMatch(new RegExp(`\\b${id}\\b`));
    }
    for (const number of [
      '5',
      '18',
      '15',
      '51',
      '0.5',
      '3',
      '55%',
      '30',
      '3.0',
      '2.0',
      '92%',
      '40%',
      '50%',
      '45',
      '4',
      '6',
    ]) {
      expect(text).toMatch(new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d.])`));
    }
    await page.close();
  });
});

describe('when the script fails to start (a browser too old for its syntax)', () => {
  const site = useSiteInChromium();

  it.each(CHECK_PAGES)(
    '$path shows a note and the way to the criteria instead of a form that answers nothing',
    async ({ path, strings }) => {
      const page = await site.browser.newPage();
      let broken = 0;
      await page.route('**/_astro/*.js', (route) => {
        broken++;
        return route.fulfill({ contentType: 'text/javascript', body: 'export const broken = ;\n' });
      });
      await page.goto(site.url + path.slice(1));
      await page.waitForSelector('[data-script-failed]');
      const shown = await page.evaluate(fallbackState);
      expect(shown).toEqual({
        failed: true,
        form: false,
        note: [strings.checkPage.scriptFailed],
        checklist: [[strings.checkPage.checklistLink, path.replace('check/', 'eligibility/')]],
      });
      expect(broken).toBeGreaterThan(0);
      await page.close();
    },
  );

  it('/check/ keeps the form and shows no such note when the script starts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}check/`);
    await page.waitForSelector('[data-verdict]');
    expect(await page.evaluate(fallbackState)).toEqual({ failed: false, form: true, note: [], checklist: [] });
    await page.close();
  });
});
