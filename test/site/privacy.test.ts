// Privacy: from load to verdict on /check/, nothing leaves the tab and nothing is stored.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { fillAnswers } from '../support/browser';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

describe.each(CHECK_PAGES)('the checker on $path keeps answers in the tab', ({ path, strings }) => {
  const site = useSiteInChromium();

  it('makes no request after its own assets, sets no cookie and stores nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(site.url + path.slice(1), { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-verdict]');
    const assets = requests.map((r) => r.url());
    expect(assets.every((url) => url.startsWith(site.url.replace(/\/$/, '')))).toBe(true);

    requests.length = 0;
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
