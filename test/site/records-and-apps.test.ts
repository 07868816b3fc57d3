// In Chromium, on the built pages: the calculators read Chinese lab units and other glucocorticoids,
// and in WeChat's built-in browser (Android and iOS user agents) the checker says how to print or
// save and still copies with navigator.clipboard removed.
import { describe, expect, it } from 'vitest';
import { openCalculator } from '../support/browser';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

const WECHAT = {
  android:
    'Mozilla/5.0 (Linux; Android 13; V2134A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  ios: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
};

const zhPage = CHECK_PAGES.find((p) => p.lang === 'zh')!;

describe('the calculators in Chromium', () => {
  const site = useSiteInChromium();

  it('/zh/check/: 38 µmol/L and 140 cm give an eGFR near 134, which fills the question', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + zhPage.path.slice(1));
    const calc = await openCalculator(page, 'egfr');
    expect(await calc.locator('input[name="c-egfr-unit"][value="umol/L"]').isChecked()).toBe(true);
    await page.fill('#c-egfr-h', '140');
    await page.fill('#c-egfr-c', '38');
    await expect.poll(() => calc.locator('.calc-result').first().textContent()).toContain('134.5');
    await calc.getByRole('button', { name: zhPage.strings.calculators.use }).first().click();
    // "Use this value" fills the question in the frame after the click's (hydrate.ts): polled.
    await expect.poll(() => page.inputValue('input[name="egfr"]')).toBe('134.5');
    await page.close();
  });

  it('/zh/check/: 38 marked as mg/dL is flagged as probably µmol/L and gives no eGFR to use', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + zhPage.path.slice(1));
    const calc = await openCalculator(page, 'egfr');
    await page.fill('#c-egfr-h', '140');
    await page.fill('#c-egfr-c', '38');
    await calc.locator('input[name="c-egfr-unit"][value="mg/dL"]').check();
    await expect.poll(() => calc.locator('[role="alert"]').textContent()).toContain('µmol/L');
    expect(await calc.locator('.calc-result').count()).toBe(0);
    expect(await calc.getByRole('button', { name: zhPage.strings.calculators.use }).count()).toBe(0);
    expect(await page.inputValue('input[name="egfr"]')).toBe('');
    await page.close();
  });

  it.each(CHECK_PAGES)(
    '$path: methylprednisolone 12 mg/day at 28 kg gives 0.54 mg/kg/day',
    async ({ path, strings }) => {
      const page = await site.browser.newPage();
      await page.goto(site.url + path.slice(1));
      const fact = 'max_glucocorticoid_mg_per_kg_day';
      const calc = await openCalculator(page, fact);
      await calc.locator(`input[name="c-${fact}-drug"][value="methylprednisolone"]`).check();
      await page.fill(`#c-${fact}-a`, '12');
      await page.fill(`#c-${fact}-b`, '28');
      await expect.poll(() => calc.locator('.calc-result').textContent()).toContain('0.54');
      await calc.getByRole('button', { name: strings.calculators.use }).click();
      await expect.poll(() => page.inputValue(`input[name="${fact}"]`)).toBe('0.54');
      await page.close();
    },
  );
});

describe.each(Object.entries(WECHAT))('in WeChat (%s)', (_system, userAgent) => {
  const site = useSiteInChromium();

  it.each(CHECK_PAGES)(
    '$path says how to print or save, and Copy works without navigator.clipboard',
    async ({ path, strings }) => {
      const context = await site.browser.newContext({ userAgent, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        // As in an app's browser without the Clipboard API; record what the page copies.
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
        const w = window as unknown as { copied?: string };
        document.addEventListener('copy', (e) => {
          const target = e.target as HTMLTextAreaElement;
          w.copied = target.value ?? '';
        });
      });
      await page.goto(site.url + path.slice(1));
      await page.waitForSelector('.checker[data-ready]');
      expect(await page.evaluate(() => 'clipboard' in navigator && navigator.clipboard)).toBeFalsy();
      await expect.poll(() => page.locator('#in-app').textContent()).toBe(strings.actions.inApp);
      expect(await page.getByRole('button', { name: strings.checker.print, exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: strings.checker.save, exact: true }).count()).toBe(0);
      await page.fill('input[name="mrss"]', '14');
      await page.getByRole('button', { name: strings.checker.copy }).click();
      await expect.poll(() => page.textContent('.checker-notice')).toBe(strings.actions.notice.copied);
      const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied);
      expect(copied).toContain(strings.checker.printTitle);
      expect(copied).toContain('mRSS');
      await context.close();
    },
  );
});
