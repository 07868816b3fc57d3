// src/lib/offline.ts: when a page registers its language's service worker. (That the worker then makes
// the site work offline is tested on the built site, test/site/offline.test.ts.)
import { describe, expect, it } from 'vitest';
import { registration } from '../../src/lib/offline';

/** Runs the inline module with the browser's parts it uses stubbed. */
function run({ serviceWorkers = true, pageScript }: { serviceWorkers?: boolean; pageScript?: Promise<void> }) {
  const registered: string[] = [];
  const listeners: Record<string, () => void> = {};
  const navigator = {
    serviceWorker: serviceWorkers
      ? { controller: null, register: (src: string) => Promise.resolve(registered.push(src)) }
      : undefined,
  };
  const globals = {
    navigator,
    self: { pageScriptStarted: pageScript },
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
    document: {},
  };
  new Function(...Object.keys(globals), registration('/zh/sw.js'))(...Object.values(globals));
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  return { registered, listeners, settle };
}

describe("a page's service worker registration", () => {
  it("waits for the page's load event", async () => {
    const page = run({});
    await page.settle();
    expect(page.registered).toEqual([]);
    page.listeners.load!();
    await page.settle();
    expect(page.registered).toEqual(['/zh/sw.js']);
  });

  it('on a page whose script starts after its first paint, waits for that script too', async () => {
    let started!: () => void;
    const page = run({ pageScript: new Promise<void>((resolve) => (started = resolve)) });
    page.listeners.load!();
    await page.settle();
    expect(page.registered).toEqual([]);
    started();
    await page.settle();
    expect(page.registered).toEqual(['/zh/sw.js']);
  });

  it('does nothing in a browser without service workers', () => {
    const page = run({ serviceWorkers: false });
    expect(page.listeners).toEqual({});
  });
});
