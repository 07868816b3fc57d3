// In Chromium, both languages: the calculators give a result only from what was entered and never
// replace an answer unasked; answers, typed numbers and calculator inputs survive Back and reload in the
// same tab (kept in its history entry only) and a new tab starts empty; the copied summary gives units
// and what the calculators were given. Screenshots of each new message at 360 px go to
// test-results/screens/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openCalculator } from '../support/browser';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

const OUT = 'test-results/screens';
const PHONE = { width: 360, height: 740 };
const site = useSiteInChromium();

/** A screenshot of one element, for a person to look at. */
const shoot = (page: Page, selector: string, name: string) =>
  page
    .locator(selector)
    .first()
    .screenshot({ path: `${OUT}/${name}.png` });

describe.each(CHECK_PAGES)('$path: the calculators and the answers kept in the tab', ({ path, lang, strings }) => {
  const c = strings.calculators;
  async function open(options: { userAgent?: string } = {}) {
    const context = await site.browser.newContext({ viewport: PHONE, ...options });
    const page = await context.newPage();
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('[data-verdict]');
    return { context, page };
  }

  it('a calculator with items left unanswered never offers a value', async () => {
    const { context, page } = await open();
    const acr = await openCalculator(page, 'ssc_classification_met');
    expect(await acr.locator('input[type="radio"]:checked').count()).toBe(0);
    await acr.locator('input[name="c-ssc_classification_met-antibodies"][value="yes"]').check();
    await expect.poll(() => acr.locator('.calc-result').textContent()).toContain('3');
    expect(await acr.getByRole('button', { name: c.use }).count()).toBe(0);
    await shoot(page, '#q-ssc_classification_met .calc-result', `calc-acr-open-${lang}-360`);

    const mrss = await openCalculator(page, 'mrss');
    for (const area of ['face', 'fingersRight', 'fingersLeft']) await page.selectOption(`#c-mrss-${area}`, '3');
    await expect.poll(() => mrss.locator('[aria-live]').last().textContent()).toContain('3');
    expect(await mrss.locator('.calc-result').count()).toBe(0);
    expect(await mrss.getByRole('button', { name: c.use }).count()).toBe(0);
    await shoot(page, '#q-mrss .calc p[aria-live]', `calc-mrss-partial-${lang}-360`);
    expect(await page.inputValue('input[name="mrss"]')).toBe('');
    await context.close();
  });

  it('"Use this value" over a different answer asks first and can be declined', async () => {
    const { context, page } = await open();
    await page.fill('input[name="mrss"]', '24');
    const mrss = await openCalculator(page, 'mrss');
    for (const select of await mrss.locator('select').all()) await select.selectOption('0');
    await mrss.getByRole('button', { name: c.use }).click();
    const alert = mrss.locator('.calc-confirm [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('24');
    await shoot(page, '#q-mrss .calc-confirm', `calc-replace-${lang}-360`);
    await mrss.getByRole('button', { name: c.replaceNo }).click();
    // The checker answers in the frame after the click's (hydrate.ts): polled, not read at once.
    await expect.poll(() => alert.count()).toBe(0);
    expect(await page.inputValue('input[name="mrss"]')).toBe('24');
    await mrss.getByRole('button', { name: c.use }).click();
    await mrss.getByRole('button', { name: c.replaceYes }).click();
    await expect.poll(() => page.inputValue('input[name="mrss"]')).toBe('0');
    await expect.poll(() => page.getAttribute('[data-criterion="I4"]', 'data-status')).toBe('fail');
    await context.close();
  });

  it('eGFR on both sides of 30: neither result offered, the study team decides', async () => {
    const { context, page } = await open();
    const egfr = await openCalculator(page, 'egfr');
    await page.fill('#c-egfr-h', '120');
    await page.fill('#c-egfr-c', '1.6');
    await egfr.locator('input[name="c-egfr-unit"][value="mg/dL"]').check();
    await egfr.locator('input[name="c-egfr-sex"][value="male"]').check();
    await page.fill('#c-egfr-age', '11');
    await expect.poll(() => egfr.locator('[role="alert"]').textContent()).toBe(c.egfrSplit.replaceAll('{limit}', '30'));
    expect(await egfr.getByRole('button', { name: c.use }).count()).toBe(0);
    await shoot(page, '#q-egfr .calc-columns', `calc-egfr-split-${lang}-360`);
    await shoot(page, '#q-egfr .calc [role="alert"]', `calc-egfr-split-note-${lang}-360`);
    await context.close();
  });

  it('typed numbers, radios and an open calculator survive Back and reload; a new tab starts empty', async () => {
    const { context, page } = await open();
    await page.check('input[name="ecg_normal"][value="yes"]');
    await page.fill('input[name="lvef_pct"]', '62');
    const fact = 'max_glucocorticoid_mg_per_kg_day';
    const dose = await openCalculator(page, fact);
    await dose.locator(`input[name="c-${fact}-drug"][value="methylprednisolone"]`).check();
    await page.fill(`#c-${fact}-a`, '10');
    await page.fill(`#c-${fact}-b`, '24');
    await expect.poll(() => dose.locator('.calc-result').textContent()).toContain('0.52');

    const expectRestored = async () => {
      await page.waitForSelector('.checker[data-ready]');
      await expect.poll(() => page.inputValue('input[name="lvef_pct"]')).toBe('62');
      expect(await page.isChecked('input[name="ecg_normal"][value="yes"]')).toBe(true);
      await page.waitForSelector(`#q-${fact} .calc`);
      expect(await page.inputValue(`#c-${fact}-b`)).toBe('24');
      expect(await page.isChecked(`input[name="c-${fact}-drug"][value="methylprednisolone"]`)).toBe(true);
      await expect.poll(() => page.locator(`#q-${fact} .calc-result`).textContent()).toContain('0.52');
    };
    // A link in the page (the intro's link to the criteria), then Back.
    await page.click('main a[href$="/eligibility/"]');
    await page.waitForURL(/eligibility/);
    await page.goBack();
    await expectRestored();
    await page.reload();
    await expectRestored();
    // Only this tab's history entry holds them; the browser's storage stays empty.
    expect(JSON.stringify(await page.evaluate(() => history.state))).toContain('"weightKg":"24"');
    expect(
      await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
        cookie: document.cookie,
      })),
    ).toEqual({ local: 0, session: 0, indexedDB: 0, cookie: '' });

    const fresh = await context.newPage();
    await fresh.goto(site.url + path.slice(1));
    await fresh.waitForSelector('[data-verdict]');
    expect(await fresh.inputValue('input[name="lvef_pct"]')).toBe('');
    expect(await fresh.locator('input[name="ecg_normal"]:checked').count()).toBe(0);
    expect(await fresh.locator('details.calculator[open]').count()).toBe(0);

    // Clear all answers clears the tab's entry too: a reload then starts empty.
    await page.getByRole('button', { name: strings.checker.clear }).click();
    await page.getByRole('button', { name: strings.checker.clearYes }).click();
    await page.reload();
    await page.waitForSelector('[data-verdict]');
    expect(await page.inputValue('input[name="lvef_pct"]')).toBe('');
    expect(await page.locator('details.calculator[open]').count()).toBe(0);
    await context.close();
  });

  it('the copied summary holds units and what the calculators were given, and says it was copied', async () => {
    const { context, page } = await open();
    await page.evaluate(() => {
      const w = window as unknown as { copied?: string };
      Clipboard.prototype.writeText = (text: string) => {
        w.copied = text;
        return Promise.resolve();
      };
    });
    await page.fill('input[name="age_years"]', '9');
    const fact = 'max_glucocorticoid_mg_per_kg_day';
    const dose = await openCalculator(page, fact);
    await dose.locator(`input[name="c-${fact}-drug"][value="methylprednisolone"]`).check();
    await page.fill(`#c-${fact}-a`, '10');
    await page.fill(`#c-${fact}-b`, '24');
    await dose.getByRole('button', { name: c.use }).click();
    const egfr = await openCalculator(page, 'egfr');
    await page.fill('#c-egfr-h', '121');
    await page.fill('#c-egfr-c', '62');
    await egfr.locator('input[name="c-egfr-unit"][value="umol/L"]').check();
    await egfr.locator('input[name="c-egfr-sex"][value="male"]').check();
    await page.fill('#c-egfr-age', '8');
    await expect.poll(() => egfr.locator('.calc-result').count()).toBe(2);
    await page.getByRole('button', { name: strings.checker.copy }).click();
    await expect.poll(() => page.textContent('.checker-notice')).toBe(strings.actions.notice.copied);
    const copied = (await page.evaluate(() => (window as unknown as { copied?: string }).copied))!;
    expect(copied).toContain(strings.actions.copyNote.split('{date}')[0]!);
    expect(copied).not.toContain(strings.checker.printNote.split('{date}')[0]!);
    expect(copied).toContain(strings.criteria.units.years.replace('{n}', '9'));
    expect(copied).toContain(strings.criteria.units.mg_per_kg_day.replace('{n}', '0.52'));
    expect(copied).toContain(strings.checker.summaryCalculators);
    for (const text of [c.drugs.methylprednisolone, '12.5', '121', '62', 'µmol/L', c.male, c.schwartz, c.ckid])
      expect(copied).toContain(text);
    await context.close();
  });
});

describe.each(CHECK_PAGES)('$path in an app’s built-in browser', ({ path, lang, strings }) => {
  it('points to no Save or Print button it removed, and says what Open saved answers needs', async () => {
    const userAgent =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
    const context = await site.browser.newContext({ viewport: PHONE, userAgent });
    const page = await context.newPage();
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('.checker[data-ready]');
    await expect.poll(() => page.locator('#in-app').textContent()).toBe(strings.actions.inApp);
    expect(await page.getByText(strings.actions.inAppOpen).isVisible()).toBe(true);
    // The intro's paragraph that names "Save answers" is hidden; no visible text names the Save button.
    expect(await page.locator('.not-in-app').isVisible()).toBe(false);
    const visible = await page.evaluate(() => document.querySelector('main')!.innerText);
    expect(visible).not.toContain(`“${strings.checker.save}”`);
    expect(visible).not.toContain(`"${strings.checker.save}"`);
    await shoot(page, '.checker-actions', `in-app-actions-${lang}-360`);
    await page.locator('#in-app').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/in-app-note-${lang}-360.png` });
    await context.close();
  });
});
