// Shared helpers for tests of the built site: the static server and Debian's Chromium. Under Vitest's
// site project, test/support/site.setup.ts has started one Chromium and one server of the root build
// for every file: launchChromium connects to that browser and useSiteInChromium uses that server.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { serve } from '../../scripts/serve.ts';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

/** Where the site tests build the site: at the root, and under the sub-path /trial/. */
export const DIST = process.env.TEST_DIST || 'dist';
export const DIST_SUB = process.env.TEST_DIST_SUB || 'dist-sub';
export const SUB_PATH = '/trial/';

export { ALL_ROUTES, isCheck, ROUTES } from '../../src/lib/routes';

/** The checker in each language, with that language's strings. */
export const CHECK_PAGES = [
  { path: '/check/', lang: 'en', strings: en },
  { path: '/zh/check/', lang: 'zh', strings: zh },
] as const;

/** Serves a built folder on `port` (0: a free one); returns its base URL (ending in '/') and a close function. */
export async function serveBuild(root = DIST, base = '/', port = 0) {
  const { server, url } = (await serve({ root, base, port })) as { server: Server; url: string };
  return { url, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium). Fails loudly if it is missing. */
export function chromiumPath(): string {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it with "apt-get update && apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  return CHROMIUM_PATH;
}

/**
 * Chromium for one test file: a connection to the site project's shared browser, or, outside it, a
 * browser of its own. Either way `close()` when done (for the shared one it only disconnects, closing
 * the pages and contexts this connection opened).
 */
export async function launchChromium(): Promise<Browser> {
  const shared = inject('chromiumEndpoint');
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * For the tests of one file or describe block: the root build served (by the site project, else here)
 * and Chromium (launchChromium) before them, both let go after. Read `browser` and `url` inside tests
 * and hooks.
 */
export function useSiteInChromium() {
  const site = { browser: undefined as unknown as Browser, url: '' };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    site.url = inject('siteUrl') ?? '';
    if (!site.url) ({ url: site.url, close } = await serveBuild());
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
