// Answers saved on the device, in Chromium: "Save answers" downloads a file of fact ids and values,
// "Open saved answers" reads one back through the File API, across languages. Files that are not ours,
// damaged, too large or from a newer version are refused with a message in the page's language, and
// the answers on screen stay as they were. Nothing is sent or stored while saving or opening: the only
// requests are for the buttons' own code, which loads when the reader first reaches for them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACT_IDS } from '../../src/criteria';
import { formatDate } from '../../src/i18n';
import { MAX_SAVED_BYTES, SAVED_FORMAT, SAVED_VERSION } from '../../src/components/checker/saved';
import examples from '../fixtures/examples.json';
import { escapeRegExp, fillAnswers, oneOf } from '../support/browser';
import { CHECK_PAGES, useSiteInChromium } from '../support/site';

const site = useSiteInChromium();
/** The chunks of what the buttons do (requested.ts) and of their words (actions.ts), loaded on first use. */
const BUTTONS_CODE = /\/_astro\/(requested|actions)\.[\w-]+\.js$/;
type CheckPage = (typeof CHECK_PAGES)[number];

async function open(page: Page, path: string) {
  await page.goto(site.url + path.slice(1));
  await page.waitForSelector('[data-verdict]');
}

async function save(page: Page, { strings }: CheckPage): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: strings.checker.save }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^prescreen-answers-\d{4}-\d{2}-\d{2}\.json$/);
  // Copied out (download.path() is not there when the browser is shared, through a connection).
  const dir = mkdtempSync(join(tmpdir(), 'saved-answers-'));
  try {
    await download.saveAs(join(dir, download.suggestedFilename()));
    return readFileSync(join(dir, download.suggestedFilename()), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openFile(page: Page, { strings }: CheckPage, text: string | Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: strings.checker.open }).click(),
  ]);
  await chooser.setFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

const notice = (page: Page) => page.locator('.checker-notice').textContent();
const values = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.checker-form input')].map((i) =>
      i.type === 'text' ? i.value.trim() : i.checked,
    ),
  );

describe.each([
  [CHECK_PAGES[0], CHECK_PAGES[1]],
  [CHECK_PAGES[1], CHECK_PAGES[0]],
])('answers saved on $path', (from, to) => {
  it(`open on ${to.path} with the same answers and verdict, and nothing is sent or stored`, async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests: Request[] = [];
    await open(page, from.path);
    const example = examples[0]!;
    await fillAnswers(page, { ...example.answers, lvef_pct: ' 62 ' });
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe(example.verdict);
    page.on('request', (r) => requests.push(r));
    const text = await save(page, from);
    // The notice names the file the browser was asked to save; it never claims the file was saved. It
    // comes with the island's render after the click's frame (hydrate.ts), which may follow the download.
    const [before, after] = from.strings.actions.notice.saved.split('{file}').map(escapeRegExp);
    await expect
      .poll(() => notice(page))
      .toMatch(new RegExp(`^${before}prescreen-answers-\\d{4}-\\d{2}-\\d{2}\\.json${after}$`));

    // Fact ids and values only: no wording of either language.
    const file = JSON.parse(text) as { format: string; version: number; saved: string; answers: object };
    expect(Object.keys(file)).toEqual(['format', 'version', 'saved', 'answers']);
    expect(file).toMatchObject({ format: SAVED_FORMAT, version: SAVED_VERSION });
    expect(file.saved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(file.answers).every((key) => (FACT_IDS as string[]).includes(key))).toBe(true);
    expect(file.answers).toMatchObject({ lvef_pct: '62', ecg_normal: 'yes' });
    expect(text).not.toMatch(/[\u4e00-\u9fff]|LVEF|Yes/);

    const other = await context.newPage();
    other.on('request', (r) => requests.push(r));
    await open(other, to.path);
    requests.length = 0;
    await openFile(other, to, text);
    await expect.poll(() => other.getAttribute('[data-verdict]', 'data-verdict')).toBe(example.verdict);
    await expect
      .poll(() => notice(other))
      .toBe(to.strings.actions.notice.opened.replace('{date}', formatDate(file.saved, to.lang)));
    expect(await other.inputValue('input[name="lvef_pct"]')).toBe('62');
    expect(await other.isChecked('input[name="ecg_normal"][value="yes"]')).toBe(true);
    expect(await values(other)).toEqual(await values(page));

    // Nothing sent: the only requests are the site's own code of the buttons, fetched without a query.
    const sent = requests.filter(
      (r) => !(r.method() === 'GET' && BUTTONS_CODE.test(r.url()) && r.url().startsWith(site.url)),
    );
    expect(sent.map((r) => r.url())).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(
      await other.evaluate(async () => [
        localStorage.length,
        sessionStorage.length,
        (await indexedDB.databases()).length,
      ]),
    ).toEqual([0, 0, 0]);
    await context.close();
  });
});

describe.each(CHECK_PAGES)('a file that is not saved answers, on $path', (checkPage) => {
  const valid = { format: SAVED_FORMAT, version: SAVED_VERSION, saved: '2026-11-25', answers: { mrss: '20' } };
  it.each([
    ['another program’s JSON', JSON.stringify({ hello: 'world' }), 'notOurs'],
    ['not JSON at all', 'PK\u0003\u0004 a zip file', 'notOurs'],
    ['cut off half way', JSON.stringify(valid).slice(0, 60), 'damaged'],
    ['from a newer version', JSON.stringify({ ...valid, version: SAVED_VERSION + 1 }), 'newerVersion'],
    ['with an answer no question has', JSON.stringify({ ...valid, answers: { weight_kg: '30' } }), 'damaged'],
    ['larger than 100 KB', `${JSON.stringify(valid)}${' '.repeat(MAX_SAVED_BYTES)}`, 'tooLarge'],
  ] as const)('%s: refused with a message, answers untouched', async (_, text, problem) => {
    const page = await site.browser.newPage();
    await open(page, checkPage.path);
    await fillAnswers(page, { age_years: 9, lvef_pct: 50, ecg_normal: true });
    await expect.poll(() => page.getAttribute('[data-verdict]', 'data-verdict')).toBe('ineligible');
    const before = await values(page);
    await openFile(page, checkPage, text);
    await expect.poll(() => notice(page)).toBe(checkPage.strings.actions.notice[problem]);
    expect(await values(page)).toEqual(before);
    expect(await page.getAttribute('[data-verdict]', 'data-verdict')).toBe('ineligible');
    await page.close();
  });

  it('opens wrong values into their fields and reports them like typed ones', async () => {
    const page = await site.browser.newPage();
    await open(page, checkPage.path);
    await openFile(page, checkPage, JSON.stringify({ ...valid, answers: { lvef_pct: '600', mrss: '20' } }));
    await expect.poll(() => page.inputValue('input[name="lvef_pct"]')).toBe('600');
    expect(await page.getAttribute('input[name="lvef_pct"]', 'aria-invalid')).toBe('true');
    expect(await page.locator('[role="alert"] a').allTextContents()).toHaveLength(1);
    expect(await page.getAttribute('[data-criterion="I6"]', 'data-status')).toBe('unknown');
    await page.close();
  });
});

describe.each(CHECK_PAGES)('what Copy, Save and Open do, on $path', (checkPage) => {
  it('loads when the reader reaches for the buttons, not with the page', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => void (BUTTONS_CODE.test(r.url()) && loaded.push(r.url())));
    await open(page, checkPage.path);
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    await fillAnswers(page, { mrss: 20 });
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    expect(JSON.parse(await save(page, checkPage)).answers).toEqual({ mrss: '20' });
    expect(loaded.map((url) => url.match(BUTTONS_CODE)![1]).sort()).toEqual(['actions', 'requested']);
    // Fetched after the answers, and carrying none of them: the site's own files, as named, no query, no body.
    for (const r of requests) {
      expect(r.method()).toBe('GET');
      expect(r.url()).toMatch(new RegExp(`^${escapeRegExp(site.url)}_astro/[\\w.-]+\\.js$`));
      expect(r.postData()).toBeNull();
    }
    expect(requests).toHaveLength(2);
    await context.close();
  });

  it('says so when it cannot load (the connection gone), and works at the next press', async () => {
    const page = await site.browser.newPage();
    await page.route(BUTTONS_CODE, (route) => route.abort('internetdisconnected'));
    await open(page, checkPage.path);
    const copy = page.getByRole('button', { name: checkPage.strings.checker.copy });
    await copy.click();
    await expect.poll(() => notice(page)).toBe(checkPage.strings.checker.notLoaded);
    expect(await page.getAttribute('.checker-notice', 'class')).toContain('checker-notice--problem');
    await page.unrouteAll();
    await copy.click();
    const { copied, copyFailed } = checkPage.strings.actions.notice;
    await expect.poll(() => notice(page)).toMatch(oneOf(copied, copyFailed));
    await page.close();
  });
});
