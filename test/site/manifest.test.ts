// Installable: each language's web app manifest (src/pages/[...lang]/manifest.webmanifest.ts) in both
// builds, linked from every page of that language, with the site's mark as SVG and as 192 and 512 px
// PNGs; and Chromium, which reads it as a browser does, finds nothing that stops the install.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n';
import { LANGS, LANGUAGES, type Lang } from '../../src/i18n/languages';
import { pagePath } from '../../src/lib/paths';
import { DIST, DIST_SUB, SUB_PATH, useSiteInChromium } from '../support/site';
import { htmlFiles, loadDocument } from '../support/pages';

const BUILDS = [
  { root: DIST, base: '/' },
  { root: DIST_SUB, base: SUB_PATH },
];

/** The language of a built page, from its `lang` attribute. */
const langOfPage = (root: string, file: string): Lang =>
  LANGS.find((l) => LANGUAGES[l].lang === loadDocument(root, file).documentElement.lang)!;

describe.each(BUILDS)('the web app manifests of the build in $root', ({ root, base }) => {
  describe.each(LANGS)('in %s', (lang) => {
    const home = base + pagePath('/', lang).slice(1);
    const file = join(root, pagePath('/manifest.webmanifest', lang).slice(1));
    const manifest = JSON.parse(readFileSync(file, 'utf8'));

    it("names the site in the language, opens at its home page and stays within the language's pages", () => {
      expect(manifest).toMatchObject({
        id: home,
        name: ui(lang).siteName,
        short_name: 'NCT06792344',
        lang: LANGUAGES[lang].lang,
        start_url: home,
        scope: home,
        display: 'standalone',
        theme_color: '#005eb8',
      });
    });

    it("has the site's mark as SVG and as square PNGs of 192 and 512 px", () => {
      const icons = manifest.icons as { src: string; sizes: string; type: string }[];
      expect(icons.map((i) => [i.sizes, i.type])).toEqual([
        ['any', 'image/svg+xml'],
        ['192x192', 'image/png'],
        ['512x512', 'image/png'],
      ]);
      for (const icon of icons) {
        expect(icon.src.startsWith(base)).toBe(true);
        const bytes = readFileSync(join(root, icon.src.slice(base.length)));
        if (icon.type !== 'image/png') continue;
        const { width, height } = PNG.sync.read(bytes);
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    });

    it('is linked from every page of the language', () => {
      const pages = htmlFiles(root).filter((page) => langOfPage(root, page) === lang);
      expect(pages.length).toBeGreaterThan(8);
      for (const page of pages)
        expect(loadDocument(root, page).querySelector('link[rel="manifest"]')?.getAttribute('href'), page).toBe(
          base + pagePath('/manifest.webmanifest', lang).slice(1),
        );
    });
  });
});

describe('installing the site in Chromium', () => {
  const site = useSiteInChromium();

  it.each(LANGS)('%s: the manifest parses without errors and nothing stops the install', async (lang) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + pagePath('/', lang).slice(1));
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(JSON.parse(data ?? '{}').name).toBe(ui(lang).siteName);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test browser's context is incognito, which by itself stops an install; nothing else may.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await context.close();
  });
});
