import { LANGS, LANGUAGES, type Lang } from '../i18n/languages.ts';

export { LANGS };

/**
 * Site-relative URL for a path such as `/eligibility/#I4`, in a language, honouring the base path
 * (`BASE_PATH`).
 */
export function url(path: string, lang: Lang): string {
  return asset(pagePath(path, lang));
}

/** A page's path in a language, without the base path: `/faq/` -> `/zh/faq/`. */
export function pagePath(path: string, lang: Lang): string {
  return LANGUAGES[lang].prefix + (path.startsWith('/') ? path : `/${path}`);
}

/** Absolute URL of a path in a language at the public origin (SITE_URL), base path included. */
export function absoluteUrl(path: string, lang: Lang, site: URL | undefined): string {
  if (!site) throw new Error('site is not set in astro.config.mjs');
  return new URL(url(path, lang), site).href;
}

/** URL of a file that has no language (favicon, sitemap), honouring the base path. */
export function asset(path: string): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') + path;
}

/** `getStaticPaths` for a page in every language: `[...lang]` is empty for English, `zh` for Chinese. */
export function langPaths() {
  return LANGS.map((lang) => ({
    params: { lang: LANGUAGES[lang].prefix.slice(1) || undefined },
    props: { lang },
  }));
}

/** The language of a page from Astro's `currentLocale` (for components inside MDX, which get no props). */
export function langOf(locale: string | undefined): Lang {
  const lang = LANGS.find((l) => l === locale);
  if (!lang) throw new Error(`Unknown locale ${locale}: add it to src/i18n/languages.ts`);
  return lang;
}

/**
 * The same page in another language: `/trial/zh/faq/` -> `/trial/faq/`. `pathname` is the page's own
 * path (Astro.url.pathname), base path included.
 */
export function counterpart(pathname: string, from: Lang, to: Lang): string {
  const own = url('/', from);
  const rest = pathname.startsWith(own) ? pathname.slice(own.length - 1) : '/';
  return url(rest, to);
}
