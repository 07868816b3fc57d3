// Drives the built /check/ page through its automation contract: inputs named by fact id, yes/no
// radios with values yes/no/unknown, immunomodulator checkboxes, text inputs for numbers, and
// data-verdict / data-criterion / data-status on the result.
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { fillAnswers } from '../support/browser';
import { fill, formatDate } from '../../src/i18n';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

describe.each(CHECK_PAGES)('the checker on $path, driven by name', ({ path, lang, strings }) => {
  const site = useSiteInChromium();

  it('paints its form before any script is fetched, and keeps what was chosen before the script ran', async () => {
    const page = await site.browser.newPage();
    // Held back until the form is chosen in, so that the choice certainly comes first.
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url + path.slice(1));
    await page.check('input[name="consent_willing"][value="yes"]');
    release();
    await page.waitForSelector('[data-ready]');
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')),
    }));
    expect(paint).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.startTime).toBeGreaterThan(paint!);
    expect(await page.isChecked('input[name="consent_willing"][value="yes"]')).toBe(true);
    // "1 of 44 answered": the checker counts the answer given before it started.
    const [before, after] = fill(strings.checker.progress, { answered: 1, total: '\u0000' }).split('\u0000');
    await expect.poll(() => page.textContent('.checker-bar__progress')).toMatch(new RegExp(`^${before}\\d+${after}$`));
    await page.close();
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_name, example) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path.slice(1));
    await fillAnswers(page, example.answers, { pointer: true });
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe(example.verdict);
    const failing = await page.$$eval('[data-status="fail"]', (rows) =>
      rows.map((r) => r.getAttribute('data-criterion')),
    );
    expect(failing).toEqual(example.fail);
    expect(await page.locator('[data-criterion]').count()).toBe(21);
    await page.close();
  });

  it('counts "another immunomodulator (not listed)" like a named one', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path.slice(1));
    await fillAnswers(page, { ...examples[0]!.answers, other_immunomodulators: ['other_immunomodulator'] });
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('likely_eligible');
    expect(await page.getAttribute('[data-criterion="I5"]', 'data-status')).toBe('pass');
    await page.close();
  });

  it.each([
    ['a decimal comma and spaces', ' 0,8 ', '88', 'sixty'],
    ['full-width digits from a Chinese input method', '０，８', '８８', '六十'],
  ])('reads %s, and never counts bad text', async (_name, dose, spo2, bad) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path.slice(1));
    await fillAnswers(page, {
      ...examples[0]!.answers,
      max_glucocorticoid_mg_per_kg_day: undefined,
      lvef_pct: undefined,
      spo2_pct: undefined,
    });
    await page.fill('input[name="max_glucocorticoid_mg_per_kg_day"]', dose);
    await page.fill('input[name="spo2_pct"]', spo2);
    await page.fill('input[name="lvef_pct"]', bad);
    await page.locator('input[name="lvef_pct"]').blur();
    await expect.poll(() => page.getAttribute('[data-criterion="I5"]', 'data-status')).toBe('pass');
    // SpO2 88 is read (and fails I6; 55 would be flagged as a pulse rate, src/criteria/guards.ts); LVEF is not known.
    await expect.poll(() => page.getAttribute('[data-criterion="I6"]', 'data-status')).toBe('fail');
    expect(await page.textContent('[data-criterion="I6"] .reasons')).not.toContain(strings.criteria.factLabel.lvef_pct);
    expect(await page.textContent('#q-lvef_pct')).toContain(strings.checker.errorPrefix);
    expect(await page.textContent('#q-lvef_pct')).toContain(strings.questions.lvef_pct.what);
    expect(await page.textContent('[role="alert"]')).toContain(strings.checker.errorSummary);
    await page.close();
  });

  it.each([
    ['nothing answered', {}],
    ['a full answer set', examples[1]!.answers],
  ])('prints answers and results on at most two A4 pages, with %s', async (_name, answers) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path.slice(1));
    await page.waitForSelector('[data-verdict]');
    await fillAnswers(page, answers);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    // The print date as the page's language writes dates ("1 December 2026", "2026年12月1日").
    expect(printed).toContain(fill(strings.checker.printNote, { date: formatDate(new Date(), lang) }));
    expect(printed).toContain(strings.checker.summaryAnswers);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.close();
  });
});
