// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver) and Gecko (Firefox ESR through
// puppeteer-core over WebDriver BiDi) behind one small interface, for test/site/engines.test.ts: one
// browser per engine for the whole file, one tab, driven by real clicks and keys where a reader would
// click or type. Both load the site through test/support/engine-server.ts (the probe that records
// errors, the phone frame). An engine that is not installed fails with the command to install it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ENGINES_INSTALL, FIREFOX_PATH } from '../../scripts/engines.ts';
import { WebDriver } from './webdriver';

export type EngineName = 'webkit' | 'firefox';

export interface Tab {
  engine: EngineName;
  /** Opens a path of the site (e.g. '/zh/check/'), full size, or at a phone's size (390 × 844). */
  open(path: string, phone?: { width: number; height: number }): Promise<void>;
  /** Runs `fn` in the page (in the phone frame when there is one) and returns its result. */
  run<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  click(css: string): Promise<void>;
  type(css: string, text: string): Promise<void>;
  /** Gives a file input a file, as choosing it in the file dialog does. */
  upload(css: string, file: string): Promise<void>;
  /** The files the browser has downloaded since the last clearDownloads(): name and text. */
  downloads(): { name: string; text: string }[];
  clearDownloads(): void;
  /** A PNG of what is on screen (the phone frame only, at phone size). */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

const files = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      )
    : [];

/** Firefox ESR, headless: downloads go to a folder of the test's, without asking. */
async function firefox(site: string): Promise<Tab> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install it with "${ENGINES_INSTALL}" or set FIREFOX_PATH.`);
  const downloads = mkdtempSync(join(tmpdir(), 'firefox-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const page: Page = await browser.newPage();
  return {
    engine: 'firefox',
    async open(path, phone) {
      await page.setViewport(phone ?? { width: 1280, height: 900 });
      await page.goto('about:blank'); // a new history entry, which keeps no answers (tabState.ts)
      await page.goto(site + path.slice(1));
    },
    run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    click: (css) => page.click(css),
    type: (css, text) => page.type(css, text),
    upload: async (css, file) => {
      const input = await page.$(css);
      if (!input) throw new Error(`no ${css}`);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    downloads: () =>
      files(downloads).map((f) => ({ name: f.slice(downloads.length + 1), text: readFileSync(f, 'utf8') })),
    clearDownloads: () => files(downloads).forEach((f) => rmSync(f)),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** MiniBrowser: it saves downloads in its home folder, a folder of the test's. */
async function webkit(site: string): Promise<Tab> {
  const home = mkdtempSync(join(tmpdir(), 'webkit-home-'));
  const driver = await WebDriver.webkit({ HOME: home, XDG_CONFIG_HOME: join(home, '.config') });
  let framed: { width: number; height: number } | undefined;
  // MiniBrowser's own files (settings, caches) are in folders whose names start with a dot.
  const saved = () => files(home).filter((f) => !f.slice(home.length).includes('/.'));
  return {
    engine: 'webkit',
    async open(path, phone) {
      await driver.frame(null);
      framed = phone;
      await driver.goto('about:blank'); // a new history entry, which keeps no answers (tabState.ts)
      if (!phone) {
        await driver.windowSize(1280, 900);
        return void (await driver.goto(site + path.slice(1)));
      }
      // Tall enough for the whole frame and MiniBrowser's toolbar, for the screenshot.
      await driver.windowSize(800, phone.height + 150);
      const query = new URLSearchParams({ src: path, width: String(phone.width), height: String(phone.height) });
      await driver.goto(`${site}__phone/?${query}`);
      await driver.frame(0);
    },
    run: (fn, ...args) => driver.call(String(fn), args) as never,
    click: (css) => driver.click(css),
    type: (css, text) => driver.type(css, text),
    upload: (css, file) => driver.type(css, file),
    downloads: () => saved().map((f) => ({ name: f.slice(home.length + 1), text: readFileSync(f, 'utf8') })),
    clearDownloads: () => saved().forEach((f) => rmSync(f)),
    async screenshot(file) {
      if (!framed) return writeFileSync(file, await driver.screenshot());
      // The frame's top-left corner is the page's (no margin); WebKitGTK's screenshot of the iframe
      // element comes out shifted by its toolbar's height, so the page's is cut to the frame instead.
      await driver.frame(null);
      const whole = PNG.sync.read(await driver.screenshot());
      await driver.frame(0);
      const frame = new PNG({ width: framed.width, height: Math.min(framed.height, whole.height) });
      PNG.bitblt(whole, frame, 0, 0, frame.width, frame.height, 0, 0);
      writeFileSync(file, PNG.sync.write(frame));
    },
    async close() {
      await driver.quit();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export const ENGINES: EngineName[] = ['firefox', 'webkit'];

export function launch(engine: EngineName, site: string): Promise<Tab> {
  return engine === 'firefox' ? firefox(site) : webkit(site);
}
