// How the checker feels on a cheap phone: Chromium with its CPU slowed down 4x (as Lighthouse's mobile
// preset does), measuring, from navigation start, (0) its first contentful paint (the form is on
// screen and takes answers, which the island keeps), (1) when every question is on the page and usable
// (the island has hydrated the form: `data-ready`), (2) when the per-criterion list is complete too
// (`data-verdict`), and (3) the worst interaction while a person types a number, picks a radio and
// ticks a box (Event Timing durations, which include the verdict's update). Median of several fresh
// page loads. The page is watched with one MutationObserver, and the harness waits for it through
// DevTools (a promise the page resolves), not with Playwright's waitForFunction: that evaluates
// Playwright's own script in the page (about 50 ms at 4x) in the middle of the load it measures, which
// no reader's phone runs. In 10 loads alternated between the two ways of waiting, on one build, the
// median of "every question usable" was 50-77 ms later with waitForFunction.
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** What the page records, on `window`. */
interface Watched {
  __events: { name: string; duration: number }[];
  __paint?: number;
  __usable?: number;
  __complete?: number;
  /** Resolves once the per-criterion list is complete. */
  __settled: Promise<void>;
}
declare const window: Window & Watched;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs in the page before its own scripts (through DevTools, so the page's CSP does not apply). */
function observe() {
  window.__events = [];
  // durationThreshold is Event Timing's, not yet in TypeScript's DOM types (hence the cast).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      if (e.interactionId) window.__events.push({ name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    window.__paint ??= list.getEntriesByName('first-contentful-paint')[0]?.startTime;
  }).observe({ type: 'paint', buffered: true });
  let settle: () => void;
  window.__settled = new Promise((resolve) => (settle = resolve));
  new MutationObserver((_, observer) => {
    window.__usable ??= document.querySelector('[data-ready]') ? performance.now() : undefined;
    window.__complete ??= document.querySelector('[data-verdict]') ? performance.now() : undefined;
    if (!window.__complete) return;
    observer.disconnect();
    settle();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-verdict'] });
}

/** Waits, through DevTools alone, until the page's `__settled` resolves (at most 30 s). */
async function settled(cdp: CDPSession): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the checker did not complete within 30 s')), 30_000);
  });
  try {
    await Promise.race([cdp.send('Runtime.evaluate', { expression: 'window.__settled', awaitPromise: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** { paintMs, usableMs, completeMs, worstInteractionMs } for the checker at `url`, each the median of `runs` loads. */
export interface FormTimes {
  paintMs: number;
  usableMs: number;
  completeMs: number;
  worstInteractionMs: number;
}

export async function measureForm(url: string, runs = 5): Promise<FormTimes> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const paint: number[] = [];
  const usable: number[] = [];
  const complete: number[] = [];
  const worst: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(observe);
      await page.goto(url);
      await settled(cdp);
      const times = await page.evaluate(() => [window.__paint!, window.__usable!, window.__complete!]);
      paint.push(times[0]);
      usable.push(times[1]);
      complete.push(times[2]);
      // A person's pace: tap a field and type a number, choose a radio, tick a box. (Tapped first, as a
      // person does: typing straight into an unfocused field sent the first digit in the frame that
      // scrolled to it.)
      await page.locator('input[name="lvef_pct"]').click();
      await page.keyboard.type('62', { delay: 120 });
      await page.locator('input[name="ecg_normal"][value="yes"]').check();
      await page.locator('input[name="other_immunomodulators"][value="mycophenolate"]').check();
      await page.waitForTimeout(300);
      const durations = await page.evaluate(() => window.__events.map((e) => e.duration));
      // Event Timing reports only interactions of 16 ms or more; none means all were shorter.
      worst.push(durations.length ? Math.max(...durations) : 16);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    paintMs: Math.round(median(paint)),
    usableMs: Math.round(median(usable)),
    completeMs: Math.round(median(complete)),
    worstInteractionMs: Math.round(median(worst)),
  };
}
