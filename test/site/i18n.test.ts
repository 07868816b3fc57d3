// Both languages, page for page: every page has its counterpart, says its language, links to the other
// language with hreflang alternates and a plain switch link, and the sitemap lists both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, LANGUAGES as LANGUAGE_TABLE } from '../../src/i18n/languages';
import { ALL_ROUTES, DIST, DIST_SUB, ROUTES, SUB_PATH } from '../support/site';
import { SITE_ORIGIN, htmlFiles, loadDocument } from '../support/pages';

/** The table of languages (src/i18n/languages.ts), with prefixes as page paths ('zh/'). */
const LANGUAGES = LANGS.map((key) => {
  const { prefix, lang, og, name } = LANGUAGE_TABLE[key];
  return { key, prefix: prefix ? `${prefix.slice(1)}/` : '', html: lang, og, name };
});

const fileOf = (prefix: string, route: string) => `${prefix}${route.slice(1)}index.html`;

describe.each([
  { root: DIST, base: '/' },
  { root: DIST_SUB, base: SUB_PATH },
])('the build in $root', ({ root, base }) => {
  it('has every page in both languages and no other page', () => {
    const expected = [...ALL_ROUTES.map((route) => `${route.slice(1)}index.html`), '404.html'].sort();
    expect(htmlFiles(root)).toEqual(expected);
  });

  describe.each(LANGUAGES)('in $html', ({ prefix, html, og }) => {
    const others = LANGUAGES.filter((l) => l.html !== html);

    it.each(ROUTES)('%s says its language and links to its counterpart', (route) => {
      const document = loadDocument(root, fileOf(prefix, route));
      expect(document.documentElement.getAttribute('lang')).toBe(html);
      expect(document.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(og);
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          l.getAttribute('href'),
        ]),
      );
      const absolute = (p: string) => new URL(`${base}${p}${route.slice(1)}`, SITE_ORIGIN).href;
      expect(alternates).toEqual({
        ...Object.fromEntries(LANGUAGES.map((l) => [l.html, absolute(l.prefix)])),
        'x-default': absolute(''),
      });

      const switchLinks = [...document.querySelectorAll('a.header-lang')].map((a) => ({
        name: a.textContent,
        html: a.getAttribute('lang'),
        hreflang: a.getAttribute('hreflang'),
        href: a.getAttribute('href'),
      }));
      expect(switchLinks).toEqual(
        others.map((o) => ({
          name: o.name,
          html: o.html,
          hreflang: o.html,
          href: `${base}${o.prefix}${route.slice(1)}`,
        })),
      );
    });

    it.each(ROUTES)('%s keeps every link inside its own language', (route) => {
      const document = loadDocument(root, fileOf(prefix, route));
      const own = [...document.querySelectorAll('main a[href^="/"], nav a[href^="/"]')].map((a) =>
        a.getAttribute('href')!,
      );
      expect(own.length).toBeGreaterThan(0);
      // The records (/records/) are data with no language: both editions link the same files.
      for (const href of own.filter((h) => !h.startsWith(`${base}records/`)))
        expect(href.startsWith(`${base}zh/`), href).toBe(prefix === 'zh/');
    });
  });

  it('punctuates the footer as each language does', () => {
    const footer = (file: string) =>
      loadDocument(root, file).querySelector('footer')!.textContent!.replace(/\s+/g, ' ');
    expect(footer('index.html')).toContain('NCT06792344 on ClinicalTrials.gov. Last reviewed: ');
    expect(footer('zh/index.html')).toContain('一切以英文注册记录为准：NCT06792344（ClinicalTrials.gov）。');
    expect(footer('zh/index.html')).not.toMatch(/[\u4e00-\u9fff][.:,]/);
  });

  it('has a 404 page that helps in every language', () => {
    const document = loadDocument(root, '404.html');
    expect(document.documentElement.getAttribute('lang')).toBe(LANGUAGES[0]!.html);
    for (const { html } of LANGUAGES.slice(1))
      expect(document.querySelector(`[lang="${html}"] h2`), html).not.toBeNull();
    const hrefs = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(LANGUAGES.flatMap((l) => [`${base}${l.prefix}`, `${base}${l.prefix}search/`])),
    );
  });

  it('lists both languages in the sitemap, each page with its alternate', () => {
    const sitemap = readFileSync(join(root, 'sitemap-0.xml'), 'utf8');
    for (const route of ALL_ROUTES) {
      expect(sitemap).toContain(`<loc>${new URL(base + route.slice(1), SITE_ORIGIN).href}</loc>`);
    }
    for (const { html } of LANGUAGES) expect(sitemap).toContain(`hreflang="${html}"`);
  });
});
