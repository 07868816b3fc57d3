// One Chromium and one server of the root build for every site test file (after build.setup.ts). A test
// file connects to the browser through its WebSocket endpoint (launchChromium in helpers.ts), which
// takes milliseconds where a launch takes a second or more, and closing it there only disconnects.
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { DIST, serveBuild } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's Playwright endpoint (ws://...). */
    chromiumEndpoint: string;
    /** The root build (DIST), served at this URL, ending in '/'. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const site = await serveBuild(DIST);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', site.url);
  return async () => {
    await browser.close();
    await site.close();
  };
}
