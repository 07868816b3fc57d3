// The checker, the calculators, saved answers and search in the two engines besides Chromium that
// families use: WebKit (every browser on an iPhone, and WeChat's there, is WebKit; here WebKitGTK's
// MiniBrowser through WebKitWebDriver, in a virtual display) and Gecko (Firefox ESR, headless, through
// puppeteer-core over WebDriver BiDi). Root build, both languages. One browser per engine for the file;
// the pages come through test/support/engine-server.ts, whose probe records every uncaught error,
// rejected promise, console.error and CSP violation. An engine that is not installed fails with the
// command to install it (npm test's pretest step installs them: scripts/system-deps.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import examples from '../fixtures/examples.json';
import { engineServer, type EngineServer } from '../support/engine-server';
import { ENGINES, launch, type Tab } from '../support/engines';
import { checkerState, clickButton, fallbackState, fillAnswers, phoneLayout } from '../support/in-page';
import { CHECK_PAGES, serveBuild } from '../support/site';

const OUT = 'test-results/screens';
const PHONE = { width: 390, height: 844 };
let server: EngineServer;
let closeSite: (() => Promise<void>) | undefined;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  let url = inject('siteUrl') ?? '';
  if (!url) ({ url, close: closeSite } = await serveBuild());
  server = await engineServer(url);
});
afterAll(async () => {
  await server?.close();
  await closeSite?.();
});

describe.each(ENGINES)('in %s', (engine) => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await launch(engine, server.url);
  });
  afterAll(() => tab?.close());

  const state = () => tab.run(checkerState);
  /** Opens a checker page and waits until it has hydrated and built its result. */
  async function openChecker(path: string, phone?: typeof PHONE) {
    await tab.open(path, phone);
    await expect.poll(async () => ((s) => s.verdict !== null || s.failed)(await state())).toBe(true);
    expect((await state()).failed, 'the checker fell back: its script failed to start').toBe(false);
  }

  describe.each(CHECK_PAGES)('$path', ({ path, strings }) => {
    it('hydrates with no console error, uncaught exception or CSP violation', async () => {
      await openChecker(path);
      const { ready, verdict, rows, problems } = await state();
      expect({ ready, verdict, rows, problems }).toEqual({
        ready: true,
        verdict: 'incomplete',
        rows: 21,
        problems: [],
      });
    });

    // Half the examples in each language (both languages fill the same names; Chromium runs them all in both).
    const half = examples.filter((_, i) => i % 2 === (path.startsWith('/zh/') ? 1 : 0));
    it(`gives ${half.length} worked examples their verdicts and failing criteria, filled in by name`, async () => {
      for (const example of half) {
        await openChecker(path);
        await tab.run(fillAnswers, example.answers);
        await expect.poll(async () => (await state()).verdict, { message: example.name }).toBe(example.verdict);
        const { failing, rows, problems } = await state();
        expect({ name: example.name, failing, rows, problems }).toEqual({
          name: example.name,
          failing: example.fail,
          rows: 21,
          problems: [],
        });
      }
    });

    it('eGFR: 140 cm and 38 µmol/L give 134.5, and "Use this value" fills the empty question', async () => {
      await openChecker(path);
      await tab.click('#q-egfr details.calculator summary');
      await expect.poll(() => tab.run(() => Boolean(document.querySelector('#q-egfr .calc')))).toBe(true);
      await tab.click('input[name="c-egfr-unit"][value="umol/L"]');
      await tab.type('#c-egfr-h', '140');
      await tab.type('#c-egfr-c', '38');
      const result = () => tab.run(() => document.querySelector('#q-egfr .calc-result')?.textContent ?? '');
      await expect.poll(result).toContain('134.5');
      expect(await tab.run(() => document.querySelector<HTMLInputElement>('input[name="egfr"]')!.value)).toBe('');
      await tab.run(clickButton, strings.calculators.use, '#q-egfr .calc');
      await expect
        .poll(() => tab.run(() => document.querySelector<HTMLInputElement>('input[name="egfr"]')!.value))
        .toBe('134.5');
    });

    it('dose: methylprednisolone 12 mg/day at 28 kg gives 0.54 mg/kg/day, which fills the question', async () => {
      const fact = 'max_glucocorticoid_mg_per_kg_day';
      await openChecker(path);
      await tab.click(`#q-${fact} details.calculator summary`);
      await expect.poll(() => tab.run((f) => Boolean(document.querySelector(`#q-${f} .calc`)), fact)).toBe(true);
      await tab.click(`input[name="c-${fact}-drug"][value="methylprednisolone"]`);
      await tab.type(`#c-${fact}-a`, '12');
      await tab.type(`#c-${fact}-b`, '28');
      await expect
        .poll(() => tab.run((f) => document.querySelector(`#q-${f} .calc-result`)?.textContent ?? '', fact))
        .toContain('0.54');
      await tab.run(clickButton, strings.calculators.use, `#q-${fact} .calc`);
      const value = () => tab.run((f) => document.querySelector<HTMLInputElement>(`input[name="${f}"]`)!.value, fact);
      await expect.poll(value).toBe('0.54');
    });

    it('"Save answers" downloads the answers and "Open saved answers" reads them back', async () => {
      const example = examples[0]!;
      await openChecker(path);
      await tab.run(fillAnswers, example.answers);
      await expect.poll(async () => (await state()).verdict).toBe(example.verdict);
      tab.clearDownloads();
      await tab.run(clickButton, strings.checker.save);
      // Whole: a browser writes the file under another name (.part) until it is complete.
      const complete = () => tab.downloads().filter((d) => d.name.endsWith('.json') && d.text.trim().endsWith('}'));
      await expect.poll(() => complete().length).toBe(1);
      const saved = complete()[0]!;
      expect(saved.name).toMatch(/^prescreen-answers-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(saved.text) as { answers: Record<string, unknown> };
      expect(file.answers).toMatchObject({ age_years: '12', ecg_normal: 'yes', lvef_pct: '62' });

      const dir = mkdtempSync(join(tmpdir(), 'engine-saved-'));
      try {
        writeFileSync(join(dir, 'answers.json'), saved.text);
        await openChecker(path);
        expect((await state()).verdict).toBe('incomplete');
        await tab.upload('input[type="file"]', join(dir, 'answers.json'));
        await expect.poll(async () => (await state()).verdict).toBe(example.verdict);
        expect(await tab.run(() => document.querySelector<HTMLInputElement>('input[name="lvef_pct"]')!.value)).toBe(
          '62',
        );
        expect((await state()).problems).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('shows a note and the way to the criteria, not a dead form, when the script fails to start', async () => {
      server.breakScripts = true;
      try {
        await tab.open(path);
        await expect.poll(async () => (await tab.run(fallbackState)).failed).toBe(true);
        expect(await tab.run(fallbackState)).toEqual({
          failed: true,
          form: false,
          note: [strings.checkPage.scriptFailed],
          checklist: [[strings.checkPage.checklistLink, path.replace('check/', 'eligibility/')]],
        });
      } finally {
        server.breakScripts = false;
      }
    });
  });

  it.each([
    ['/search/?q=mRSS', '/eligibility/'],
    [`/zh/search/?q=${encodeURIComponent('浙大儿院')}`, '/zh/contact/'],
  ])('search answers %s (a Web Worker and WebAssembly) with %s first', async (path, first) => {
    await tab.open(path);
    const shown = () =>
      tab.run(() => {
        const busy = document.querySelector('[data-search]')?.hasAttribute('aria-busy');
        const links = [...document.querySelectorAll('.search-result__title a')].map((a) => a.getAttribute('href'));
        return busy ? [] : links;
      });
    await expect.poll(async () => (await shown())[0]).toBe(first);
    expect(await tab.run(() => (window as unknown as { __problems: string[] }).__problems)).toEqual([]);
  });

  describe.each(CHECK_PAGES)(`$path at ${PHONE.width} × ${PHONE.height}`, ({ path, lang }) => {
    it('does not scroll sideways, keeps focused fields and the last line clear of the bar, 16 px fields', async () => {
      await openChecker(path, PHONE);
      await tab.run(fillAnswers, { age_years: 12, consent_willing: true, lvef_pct: 40 });
      const shot = `${OUT}/engine-${engine}-zh-check-${PHONE.width}`;
      if (lang === 'zh') await tab.screenshot(`${shot}.png`);
      const layout = await tab.run(phoneLayout);
      // Scrolled to the end: the footer's last line above the bar.
      if (lang === 'zh') await tab.screenshot(`${shot}-end.png`);
      expect(layout.width).toBeLessThanOrEqual(PHONE.width);
      expect(layout.scrollWidth).toBeLessThanOrEqual(PHONE.width);
      expect(layout.small).toEqual([]);
      expect(layout.focused).toBeGreaterThan(40);
      expect(layout.covered).toEqual([]);
      expect(layout.lastLine.bottom, layout.lastLine.text).toBeLessThanOrEqual(layout.lastLine.barTop);
    });
  });
});
