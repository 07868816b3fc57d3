// Drives the built /check/ page through its automation contract: inputs named by fact id, yes/no
// radios with values yes/no/unknown, immunomodulator checkboxes, text inputs for numbers, and
// data-verdict / data-criterion / data-status on the result.
import { describe, expect, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { fillAnswers } from './browser';
import { useSiteInChromium } from './helpers';

describe('the checker page, driven by name', () => {
  const site = useSiteInChromium();

  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_name, example) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}check/`);
    await fillAnswers(page, example.answers);
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe(example.verdict);
    const failing = await page.$$eval('[data-status="fail"]', (rows) => rows.map((r) => r.getAttribute('data-criterion')));
    expect(failing).toEqual(example.fail);
    expect(await page.locator('[data-criterion]').count()).toBe(21);
    await page.close();
  });

  it('counts "another immunomodulator (not listed)" like a named one', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}check/`);
    await fillAnswers(page, { ...examples[0]!.answers, other_immunomodulators: ['other_immunomodulator'] });
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('likely_eligible');
    expect(await page.getAttribute('[data-criterion="I5"]', 'data-status')).toBe('pass');
    await page.close();
  });

  it('reads a decimal comma and surrounding spaces, and never counts bad text', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}check/`);
    await fillAnswers(page, { ...examples[0]!.answers, max_glucocorticoid_mg_per_kg_day: undefined, lvef_pct: undefined });
    await page.fill('input[name="max_glucocorticoid_mg_per_kg_day"]', ' 0,8 ');
    await page.fill('input[name="lvef_pct"]', 'sixty');
    await page.locator('input[name="lvef_pct"]').blur();
    await expect.poll(() => page.getAttribute('[data-criterion="I5"]', 'data-status')).toBe('pass');
    expect(await page.getAttribute('[data-criterion="I6"]', 'data-status')).toBe('unknown');
    expect(await page.textContent('#q-lvef_pct')).toContain('Enter LVEF as a percentage from 0 to 100');
    expect(await page.textContent('[role="alert"]')).toContain('There is a problem');
    await page.close();
  });

  it.each([
    ['nothing answered', {}],
    ['a full answer set', examples[1]!.answers],
  ])('prints answers and results on at most two A4 pages, with %s', async (_name, answers) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}check/`);
    await page.waitForSelector('[data-verdict]');
    await fillAnswers(page, answers);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    expect(printed).toMatch(/Pre-screen only, not a medical record\. Printed \d{4}-\d{2}-\d{2}\./);
    expect(printed).toContain('Answers');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.close();
  });
});
