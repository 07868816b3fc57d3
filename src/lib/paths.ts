import type { Lang } from '../i18n/types';

/** The path prefix of each language: English at the root. */
const LANG_PREFIX: Record<Lang, string> = { en: '' };

/**
 * Site-relative URL for a path such as `/eligibility/#I4`, in a language, honouring the base path
 * (`BASE_PATH`).
 */
export function url(path: string, lang: Lang): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return base + LANG_PREFIX[lang] + (path.startsWith('/') ? path : `/${path}`);
}

/** URL of a file that has no language (favicon, sitemap), honouring the base path. */
export function asset(path: string): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') + path;
}

/** `getStaticPaths` for a page in every language: `[...lang]` is empty for English, `zh` for Chinese. */
export function langPaths() {
  return (Object.keys(LANG_PREFIX) as Lang[]).map((lang) => ({
    params: { lang: LANG_PREFIX[lang].slice(1) || undefined },
    props: { lang },
  }));
}

/** The language of a page from Astro's `currentLocale` (for components inside MDX, which get no props). */
export function langOf(locale: string | undefined): Lang {
  const lang = (Object.keys(LANG_PREFIX) as Lang[]).find((l) => l === locale);
  if (!lang) throw new Error(`Unknown locale ${locale}: add it to LANG_PREFIX and to i18n in astro.config.mjs`);
  return lang;
}
