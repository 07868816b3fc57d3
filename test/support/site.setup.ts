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
//
// When `npm test` runs every test, it names a second file (SITE_LIGHTHOUSE_FILE): Lighthouse's scores of
// every page (50 s here) are then measured here, once the site is served, beside the site test files
// that run one at a time, for test/site/budgets.test.ts to read. Without it, that file measures them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { startBuilds } from './build';
import { freePort } from './ports';
import { DIST, serveBuild } from './site';
import { writeWhole } from './written';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's Playwright endpoint (ws://...). */
    chromiumEndpoint: string;
    /** The root build (DIST), served at this URL, ending in '/' (once `siteReadyFile` exists). */
    siteUrl: string;
    /** Written when the builds are done and served: `{ "ok": true }`, or `{ "error": "..." }`. */
    siteReadyFile: string;
    /** Where Lighthouse's scores (`{ scores }` or `{ error }`) are written, if they are measured here, or ''. */
    lighthouseFile: string;
  }
}

export default async function setup(project: TestProject) {
  // `npm test` (scripts/test.ts) names the file, to start `astro check` when the builds are done.
  const dir = mkdtempSync(join(tmpdir(), 'site-tests-'));
  const readyFile = process.env.SITE_READY_FILE || join(dir, 'ready.json');
  const builds = process.env.SKIP_SITE_BUILD ? { done: Promise.resolve(), stop() {} } : startBuilds();
  const port = await freePort();
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const siteUrl = `http://127.0.0.1:${port}/`;
  let site: Awaited<ReturnType<typeof serveBuild>> | undefined;
  const ready = builds.done
    .then(async () => {
      site = await serveBuild(DIST, '/', port);
      writeWhole(readyFile, { ok: true });
    })
    .catch((error: Error) => writeWhole(readyFile, { error: error.message }));
  const lighthouseFile = process.env.SITE_LIGHTHOUSE_FILE ?? '';
  const lighthouse = lighthouseFile
    ? ready
        .then(async () => {
          if (!site) throw new Error('The site was not built.');
          const { measureLighthouse } = await import('../../scripts/lighthouse.ts');
          return measureLighthouse(siteUrl, { performance: false });
        })
        .then(
          (scores) => writeWhole(lighthouseFile, { scores }),
          (error: Error) => writeWhole(lighthouseFile, { error: error.message }),
        )
    : undefined;
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', siteUrl);
  project.provide('siteReadyFile', readyFile);
  project.provide('lighthouseFile', lighthouseFile);
  return async () => {
    builds.stop();
    await ready;
    await lighthouse;
    await browser.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
