// Privacy: from load to verdict on /check/, nothing leaves the tab and nothing is stored outside it: the
// answers and calculator inputs are kept only in the tab's own history entry (history.state).
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { fillAnswers, openCalculator } from '../support/browser';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

describe.each(CHECK_PAGES)('the checker on $path keeps answers in the tab', ({ path, strings }) => {
  const site = useSiteInChromium();

  it('makes no request after its own assets, sets no cookie and stores nothing outside the tab', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(site.url + path.slice(1), { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-verdict]');
    // A calculator open too, and the buttons reached for: their code and words load from the site, before
    // the answers (test/site/saved-answers.test.ts checks that loading them later sends nothing either).
    await openCalculator(page, 'egfr');
    await page.focus('.checker-actions button');
    await page.waitForLoadState('networkidle');
    const assets = requests.map((r) => r.url());
    expect(assets.every((url) => url.startsWith(site.url.replace(/\/$/, '')))).toBe(true);

    requests.length = 0;
    await page.fill('#c-egfr-h', '140');
    await page.fill('#c-egfr-c', '38');
    await fillAnswers(page, examples[0]!.answers);
    await page.getByRole('button', { name: strings.checker.copy }).click();
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('likely_eligible');
    await page.waitForTimeout(500);
    expect(requests.map((r) => r.url())).toEqual([]);

    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
      cookie: document.cookie,
    }));
    expect(storage).toEqual({ local: 0, session: 0, indexedDB: 0, cookie: '' });
    // The tab's own history entry holds them, typed numbers and calculator inputs included.
    const kept = JSON.stringify(await page.evaluate(() => history.state));
    expect(kept).toContain('"heightCm":"140"');
    expect(kept).toContain(`"lvef_pct":"${(examples[0]!.answers as Record<string, unknown>).lvef_pct}"`);
    await context.close();
  });

  it('refuses a fetch from the page: its Content-Security-Policy has connect-src none', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(site.url + path.slice(1));
    const outcome = await page.evaluate(() =>
      fetch('/anything').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(violations.join('\n')).toContain('connect-src');
    await page.close();
  });
});
