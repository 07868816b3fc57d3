// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import cspHashes from './src/integrations/csp-hashes.ts';
import noPreloadHelper from './src/integrations/no-preload-helper.ts';
import oneCheckerChunk from './src/integrations/one-checker-chunk.ts';
import paintFirst from './src/integrations/paint-first.ts';
import serverOnly from './src/integrations/server-only.ts';
import { defaultLang, LANGS, LANGUAGES } from './src/i18n/languages.ts';

// BASE_PATH builds the site under a sub-path (`BASE_PATH=/trial/ npm run build`).
// SITE_URL is the public origin used for canonical URLs, Open Graph and the sitemap.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';
// A build without SITE_URL would publish localhost links: say so once, at build time only (not dev or check).
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    `SITE_URL is not set: canonical links and the sitemap will point to ${site}. Set it to the public origin, e.g. SITE_URL=https://example.org npm run build`,
  );
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  build: {
    format: 'directory',
    // One request per page: the CSS is small, so it goes inline (HTML + CSS <= 14 KB gzip). The checker's
    // print view is a file of its own, linked with media="print" (src/pages/[...lang]/check.astro).
    inlineStylesheets: 'always',
  },
  // The languages are src/i18n/languages.ts: the default at the site root, each other under its prefix.
  i18n: { locales: LANGS, defaultLocale: defaultLang(), routing: { prefixDefaultLocale: false } },
  // The sitemap lists every language, each URL with its counterparts (xhtml:link hreflang).
  // serverOnly(preact()): Preact renders at build time; the checker's island hydrates itself (hydrate.ts).
  // noPreloadHelper: dynamic imports without Vite's preload helper (nothing for it to preload).
  // oneCheckerChunk: the code every checker script loads is one chunk.
  // paintFirst: each page paints before its scripts load; then they load in one round trip.
  // cspHashes (after paintFirst): each page's CSP allows only the inline code that page has.
  integrations: [
    mdx(),
    serverOnly(preact()),
    sitemap({
      i18n: { defaultLocale: defaultLang(), locales: Object.fromEntries(LANGS.map((l) => [l, LANGUAGES[l].lang])) },
    }),
    noPreloadHelper(),
    oneCheckerChunk(),
    paintFirst(),
    cspHashes(),
  ],
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Page-specific directives (connect-src, worker-src, wasm) are added by the layout.
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'none'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
