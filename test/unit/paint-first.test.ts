// src/integrations/paint-first.ts: when the inline loader imports the page's script. (That no script is
// fetched before the first paint in Chromium is tested on the built checker, test/site/checker.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/integrations/paint-first';

type Observer = {
  callback: (list: { getEntriesByName: (name: string) => unknown[] }, o: Observer) => void;
  observe: () => void;
  disconnect: () => void;
};

/** Runs the loader with the browser's parts it uses stubbed; returns what it imported and preloaded. */
function run({
  paintTiming,
  painted = false,
  fails = false,
}: {
  paintTiming: boolean;
  painted?: boolean;
  fails?: boolean;
}) {
  const imported: string[] = [];
  const marked: string[] = [];
  const shown: string[] = [];
  const preloaded: string[] = [];
  const observers: Observer[] = [];
  const self: { pageScriptStarted?: Promise<unknown> } = {};
  const frames: (() => void)[] = [];
  const globals = {
    self,
    PerformanceObserver: Object.assign(
      function (this: Observer, callback: Observer['callback']) {
        this.callback = callback;
        this.observe = () => {};
        this.disconnect = () => observers.splice(observers.indexOf(this), 1);
        observers.push(this);
      } as unknown as { new (): unknown },
      { supportedEntryTypes: paintTiming ? ['paint', 'resource'] : ['resource'] },
    ),
    requestAnimationFrame: (frame: () => void) => frames.push(frame),
    performance: { getEntriesByName: (name: string) => (painted && name === 'first-contentful-paint' ? [{}] : []) },
    document: {
      documentElement: { setAttribute: (name: string) => marked.push(name) },
      querySelectorAll: (css: string) =>
        css === 'noscript'
          ? [{ textContent: '<p>checklist</p>', insertAdjacentHTML: (_: string, html: string) => shown.push(html) }]
          : [],
      createElement: () => ({}),
      head: { append: (link: { rel: string; href: string }) => preloaded.push(`${link.rel} ${link.href}`) },
    },
    __import: (url: string) => {
      imported.push(url);
      return fails ? Promise.reject(new SyntaxError('Unexpected token')) : Promise.resolve({});
    },
  };
  const code = afterPaint('/_astro/entry.js', ['/_astro/a.js', '/_astro/b.js']).replace('import(', '__import(');
  new Function(...Object.keys(globals), code)(...Object.values(globals));
  const paint = (name: string) =>
    [...observers].forEach((o) => o.callback({ getEntriesByName: (n) => (n === name ? [{}] : []) }, o));
  return { imported, preloaded, paint, frames, marked, shown, code, self };
}

describe('the paint-first loader', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('imports the script and preloads its imports once the first contentful paint is reported, once', () => {
    const page = run({ paintTiming: true });
    page.paint('first-paint');
    vi.advanceTimersByTime(100);
    expect(page.imported).toEqual([]);
    page.paint('first-contentful-paint');
    expect(page.imported).toEqual(['/_astro/entry.js']);
    expect(page.preloaded).toEqual(['modulepreload /_astro/a.js', 'modulepreload /_astro/b.js']);
    vi.advanceTimersByTime(5000);
    expect(page.imported).toHaveLength(1);
  });

  it('imports at once when the page painted before the loader ran', () => {
    const page = run({ paintTiming: true, painted: true });
    expect(page.imported).toEqual(['/_astro/entry.js']);
  });

  it('waits for the next frame in a browser without Paint Timing', () => {
    const page = run({ paintTiming: false });
    expect(page.imported).toEqual([]);
    page.frames.forEach((frame) => frame());
    expect(page.imported).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(page.imported).toEqual(['/_astro/entry.js']);
  });

  it('loads after 3 s if no paint is ever reported', () => {
    const page = run({ paintTiming: true });
    vi.advanceTimersByTime(2999);
    expect(page.imported).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.imported).toEqual(['/_astro/entry.js']);
  });

  it('marks the page and shows what its <noscript> holds when the script fails to start', async () => {
    const page = run({ paintTiming: true, painted: true, fails: true });
    expect(page.imported).toEqual(['/_astro/entry.js']);
    await vi.waitFor(() => expect(page.marked).toEqual(['data-script-failed']));
    expect(page.shown).toEqual(['<p>checklist</p>']);
  });

  it('leaves the page alone when the script starts', async () => {
    const page = run({ paintTiming: true, painted: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(page.marked).toEqual([]);
    expect(page.shown).toEqual([]);
  });

  it("settles the promise the worker's registration waits for once the script has started, or failed to", async () => {
    for (const fails of [false, true]) {
      const page = run({ paintTiming: true, fails });
      let settled = false;
      void page.self.pageScriptStarted!.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(100);
      expect(settled).toBe(false);
      page.paint('first-contentful-paint');
      await vi.waitFor(() => expect(settled).toBe(true));
    }
  });

  it('uses no syntax newer than ES2017 (no ?. or ??), so that older WebKit runs it and can fall back', () => {
    expect(run({ paintTiming: true }).code).not.toMatch(/\?\.|\?\?/);
  });
});
