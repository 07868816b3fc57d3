// Sharing the trial, on the built site: the A4 flyer prints on one page and its QR code opens the
// language's home page; the poster's QR code does too; every page has a link preview picture of
// 1200 x 630; the records in the build pass their schemas.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LANGS as LANGUAGE_KEYS, LANGUAGES } from '../../src/i18n/languages';
import { CriteriaFileSchema } from '../../src/criteria/file-schema';
import { registration } from '../../src/lib/offline';
import { CtgovStudySchema } from '../../src/records/ctgov-schema';
import { DIST, DIST_SUB, SUB_PATH, useSiteInChromium } from '../support/site';
import { SITE_ORIGIN, htmlFiles, loadDocument } from '../support/pages';

/** Each language of src/i18n/languages.ts: its page path prefix ('zh/'), og:locale and the others'. */
const LANGS = LANGUAGE_KEYS.map((lang) => ({
  lang,
  prefix: LANGUAGES[lang].prefix ? `${LANGUAGES[lang].prefix.slice(1)}/` : '',
  og: LANGUAGES[lang].og,
  alternate: LANGUAGE_KEYS.filter((l) => l !== lang).map((l) => LANGUAGES[l].og)[0]!,
}));
const BUILDS = [
  { root: DIST, base: '/' },
  { root: DIST_SUB, base: SUB_PATH },
];
const OUT = 'test-results/share';

/** The text of the QR code in a PNG, or null. */
function readQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe.each(BUILDS)('the build in $root', ({ root, base }) => {
  describe.each(LANGS)('in $lang', ({ prefix, og, alternate }) => {
    const home = new URL(base + prefix, SITE_ORIGIN).href;

    it('has a portrait poster at least 750 px wide whose QR code opens the home page', () => {
      const png = readFileSync(join(root, prefix, 'poster.png'));
      const { width, height } = PNG.sync.read(png);
      expect(width).toBeGreaterThanOrEqual(750);
      expect(height).toBeGreaterThan(width);
      expect(readQr(png)).toBe(home);
    });

    it('has a 1200 x 630 link preview picture', () => {
      const { width, height } = PNG.sync.read(readFileSync(join(root, prefix, 'og.png')));
      expect({ width, height }).toEqual({ width: 1200, height: 630 });
    });

    it('gives every page of the language a link preview: og:image at SITE_URL, og:locale and its alternate', () => {
      const pages = htmlFiles(root).filter((f) => (prefix ? f.startsWith(prefix) : !f.startsWith('zh/')));
      expect(pages.length).toBeGreaterThan(8);
      for (const file of pages.filter((f) => f !== '404.html')) {
        const meta = (p: string) =>
          loadDocument(root, file).querySelector(`meta[property="${p}"]`)?.getAttribute('content');
        expect(meta('og:image'), file).toBe(new URL(`${base}${prefix}og.png`, SITE_ORIGIN).href);
        expect([meta('og:image:width'), meta('og:image:height')], file).toEqual(['1200', '630']);
        expect(meta('og:title'), file).toBeTruthy();
        expect(meta('og:description'), file).toBeTruthy();
        expect(meta('og:locale'), file).toBe(og);
        expect(meta('og:locale:alternate'), file).toBe(alternate);
        const card = loadDocument(root, file).querySelector('meta[name="twitter:card"]')?.getAttribute('content');
        expect(card, file).toBe('summary_large_image');
      }
    });

    it("has a flyer with the QR code to the home page, the address printed under it, and no script but its service worker's registration", () => {
      const document = loadDocument(root, `${prefix}flyer/index.html`);
      expect(document.querySelector('.flyer-qr svg')).not.toBeNull();
      expect(document.querySelector('.flyer-qr')!.textContent).toContain(home.replace(/^https?:\/\//, ''));
      expect(document.querySelector('main')!.textContent).toContain('NCT06792344');
      expect(document.querySelector('main a[href="https://clinicaltrials.gov/study/NCT06792344"]')).not.toBeNull();
      const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
      expect(scripts.map((s) => s.textContent)).toEqual([registration(`${base}${prefix}sw.js`)]);
      const poster = document.querySelector('img.poster')!;
      expect(poster.getAttribute('src')).toBe(`${base}${prefix}poster.png`);
      expect(poster.getAttribute('alt')).toBeTruthy();
    });

    it('links the flyer from the home and contact pages', () => {
      for (const file of [`${prefix}index.html`, `${prefix}contact/index.html`]) {
        expect(loadDocument(root, file).querySelector(`main a[href="${base}${prefix}flyer/"]`), file).not.toBeNull();
      }
    });

    it('links the three records from the eligibility page', () => {
      const hrefs = [...loadDocument(root, `${prefix}eligibility/index.html`).querySelectorAll('main a')].map((a) =>
        a.getAttribute('href'),
      );
      for (const file of ['NCT06792344.json', 'NCT06792344.fhir.json', 'criteria.json']) {
        expect(hrefs).toContain(`${base}records/${file}`);
      }
    });
  });

  it('publishes records that pass their schemas', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(root, 'records', file), 'utf8'));
    expect(CtgovStudySchema.safeParse(read('NCT06792344.json')).error).toBeUndefined();
    const criteria = read('criteria.json');
    expect(CriteriaFileSchema.safeParse(criteria).error).toBeUndefined();
    // Absolute only when the build was given SITE_URL; never localhost.
    expect(criteria.$schema).toBe(
      process.env.SITE_URL ? new URL(`${base}records/criteria.schema.json`, SITE_ORIGIN).href : 'criteria.schema.json',
    );
    for (const file of readdirSync(join(root, 'records'))) {
      expect(readFileSync(join(root, 'records', file), 'utf8'), file).not.toContain('localhost');
    }
    expect(read('criteria.schema.json').$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const bundle = read('NCT06792344.fhir.json');
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType)).toEqual([
      'ResearchStudy',
      'Organization',
      'EvidenceVariable',
    ]);
  });
});

describe('the flyer in Chromium', () => {
  const site = useSiteInChromium();

  describe.each(LANGS)('in $lang', ({ lang, prefix }) => {
    it('prints on exactly one A4 page', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${prefix}flyer/`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      await page.close();
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `flyer-${lang}.pdf`), pdf);
      const document = await PDFDocument.load(pdf);
      expect(document.getPageCount()).toBe(1);
      const { width, height } = document.getPage(0).getSize();
      // A4 is 210 x 297 mm: 595.3 x 841.9 points.
      expect(Math.round(width)).toBe(595);
      expect(Math.round(height)).toBe(842);
    });

    it('has a QR code that a phone reads as the home page at SITE_URL', async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${site.url}${prefix}flyer/`);
      const shot = await page.locator('.flyer-qr svg').screenshot();
      await page.close();
      expect(readQr(shot)).toBe(new URL(`/${prefix}`, SITE_ORIGIN).href);
    });
  });
});
