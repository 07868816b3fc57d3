// Without JavaScript every page reads fully, and /check/ shows every criterion with its thresholds.
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

  it('/check/ states the thresholds as the registry does', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}check/`);
    const text = await page.locator('main').innerText();
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

  it.each(CHECK_PAGES)('$path shows every criterion and its numbers, in its language', async ({ path, strings }) => {
    const page = await context.newPage();
    await page.goto(site.url + path.slice(1));
    const text = await page.locator('main').innerText();
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
    expect(text).toContain(strings.checkPage.noScript);
    await page.close();
  });
});

describe('when the script fails to start (a browser too old for its syntax)', () => {
  const site = useSiteInChromium();

  it.each(CHECK_PAGES)(
    '$path shows the checklist with a note instead of a form that answers nothing',
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
      expect({ form: shown.form, note: shown.note, criteria: shown.criteria }).toEqual({
        form: false,
        note: [strings.checkPage.scriptFailed],
        criteria: 2,
      });
      for (const id of ALL_CRITERION_IDS) expect(shown.text).toMatch(new RegExp(`\\b${id}\\b`));
      expect(broken).toBeGreaterThan(0);
      await page.close();
    },
  );

  it('/check/ keeps the form and shows no such note when the script starts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}check/`);
    await page.waitForSelector('[data-verdict]');
    expect(await page.evaluate(fallbackState)).toMatchObject({ failed: false, form: true, note: [], criteria: 0 });
    await page.close();
  });
});
