// The site project's global setup: the two builds (test/support/build.ts), one Chromium and one server
// of the root build for every site test file. A test file connects to the browser through its WebSocket
// endpoint (launchChromium in site.ts), which takes milliseconds where a launch takes a second or more,
// and closing it there only disconnects.
//
// Vitest runs every project's global setup before any test, so the builds are started here but not
// awaited: the unit and component tests run meanwhile. The server starts on a port chosen now once the
// builds are done, and then a file says so (its path is `siteReadyFile`): test/support/site-ready.ts,
// a setup file of the site project, waits for it before each site test file, and fails the file with
// the build's output if a build failed. SKIP_SITE_BUILD=1 tests an existing build.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { startBuilds } from './build';
import { freePort } from './ports';
import { DIST, serveBuild } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's Playwright endpoint (ws://...). */
    chromiumEndpoint: string;
    /** The root build (DIST), served at this URL, ending in '/' (once `siteReadyFile` exists). */
    siteUrl: string;
    /** Written when the builds are done and served: `{ "ok": true }`, or `{ "error": "..." }`. */
    siteReadyFile: string;
  }
}

export default async function setup(project: TestProject) {
  // `npm test` (scripts/test.ts) names the file, to start `astro check` when the builds are done.
  const dir = mkdtempSync(join(tmpdir(), 'site-tests-'));
  const readyFile = process.env.SITE_READY_FILE || join(dir, 'ready.json');
  const builds = process.env.SKIP_SITE_BUILD ? { done: Promise.resolve(), stop() {} } : startBuilds();
  const port = await freePort();
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let site: Awaited<ReturnType<typeof serveBuild>> | undefined;
  // Written whole, then renamed, so that a reader never sees half of it.
  const say = (result: object) => {
    writeFileSync(`${readyFile}.part`, JSON.stringify(result));
    renameSync(`${readyFile}.part`, readyFile);
  };
  const ready = builds.done
    .then(async () => {
      site = await serveBuild(DIST, '/', port);
      say({ ok: true });
    })
    .catch((error: Error) => say({ error: error.message }));
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', `http://127.0.0.1:${port}/`);
  project.provide('siteReadyFile', readyFile);
  return async () => {
    builds.stop();
    await ready;
    await browser.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
