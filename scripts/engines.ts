// WebKit and Gecko, as the tests start them (test/support/engines.ts). Debian packages, installed by
// npm test's pretest step (scripts/system-deps.ts): `firefox-esr` (driven over WebDriver BiDi by
// puppeteer-core), `webkit2gtk-driver` (WebKitWebDriver, W3C WebDriver; it starts WebKitGTK's
// MiniBrowser, which comes with libwebkit2gtk) and `xvfb` (MiniBrowser has no headless mode: it draws
// into a virtual X display). FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH choose other binaries.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const XVFB_PATH = '/usr/bin/Xvfb';

/** WebKitGTK's MiniBrowser: /usr/lib/<arch>/webkit2gtk-4.<n>/MiniBrowser on Debian; undefined if none. */
export function findMiniBrowser(lib = '/usr/lib'): string | undefined {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const dirs = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : [];
  for (const arch of dirs(lib).sort())
    for (const webkit of dirs(join(lib, arch))
      .filter((name) => /^webkit2?gtk-/.test(name))
      .sort()
      .reverse()) {
      const file = join(lib, arch, webkit, 'MiniBrowser');
      if (existsSync(file)) return file;
    }
  return undefined;
}

/** The one command that installs what the two engines need, for messages. */
export const ENGINES_INSTALL = 'apt-get update && apt-get install -y webkit2gtk-driver firefox-esr xvfb';
