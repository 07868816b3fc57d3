/**
 * The site's languages, one row each, the default first. Everything that names a language outside the
 * page text reads this table: the URL prefix (src/lib/paths.ts), the `lang` attribute and hreflang
 * (BCP 47), Open Graph's og:locale (language_TERRITORY), the Intl locale whose dates each language's date words match, the
 * name on the language switch, Astro's i18n routing and the sitemap (astro.config.mjs), the content
 * collections. A new language is a new row here, its strings (src/i18n/<key>/) and its content
 * (src/content/<key>/).
 */
export const LANGUAGES = {
  en: { prefix: '', lang: 'en', og: 'en_GB', intl: 'en-GB', name: 'English' },
  zh: { prefix: '/zh', lang: 'zh-CN', og: 'zh_CN', intl: 'zh-CN', name: '中文' },
} as const satisfies Record<string, Language>;

export interface Language {
  /** Where its pages live: '' at the site root, '/zh' for /zh/faq/. */
  prefix: string;
  /** The `lang` attribute and hreflang (BCP 47). */
  lang: string;
  /** og:locale (language_TERRITORY). */
  og: string;
  /** The Intl locale whose dates `dayIn` and the language's date words reproduce (test/unit/format.test.ts). */
  intl: string;
  /** The language's own name, on the other language's switch link. */
  name: string;
}

/** A language's key: its strings' and content's folder name, and Astro's locale. */
export type Lang = keyof typeof LANGUAGES;

/** Every language of the site, the default (at the site root) first. Pure: bundles without it drop the table. */
export const LANGS = /* @__PURE__ */ Object.keys(LANGUAGES) as Lang[];

/** The default language, at the site root: the table's first row. */
export function defaultLang(): Lang {
  return LANGS[0]!;
}
