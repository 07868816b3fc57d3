/**
 * The site's languages, one row each, the default first. Everything that names a language outside the
 * page text reads this table: the URL prefix (src/lib/paths.ts), the `lang` attribute and hreflang
 * (BCP 47), Open Graph's og:locale (language_TERRITORY), the Intl locale whose dates each language's date words match, the
 * collation of its glossary, the name on the language switch, Astro's i18n routing and the sitemap (astro.config.mjs), the content
 * collections. A new language is a new row here, its strings (src/i18n/<key>/) and its content
 * (src/content/<key>/).
 */
export const LANGUAGES = {
  en: { prefix: '', lang: 'en', og: 'en_GB', intl: 'en-GB', name: 'English', collation: { locale: 'en' } },
  zh: {
    prefix: '/zh',
    lang: 'zh-CN',
    og: 'zh_CN',
    intl: 'zh-CN',
    name: '中文',
    // Pinyin order. Each letter is followed by the first character of the collation filed under it (there
    // are no syllables starting with i, u or v); a year before a term ("2013年") is read past.
    collation: {
      locale: 'zh-CN-u-co-pinyin',
      letters: 'A吖B八C嚓D咑E妸F发G旮H哈J丌K咔L垃M妈N拏O噢P妑Q七R呥S仨T他W屲X夕Y丫Z帀',
      yearSuffix: '年',
    },
  },
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
  /** How the language's lists (the glossary) are ordered: src/lib/glossary-order.ts. */
  collation: Collation;
}

/** A language's sort order for the terms its readers look up. */
export interface Collation {
  /** The Intl.Collator locale, with its collation (`-u-co-pinyin`). */
  locale: string;
  /**
   * For a script without Latin letters: the index letters readers file words under, each followed by
   * the first character the collation files under it. Without it, words file under their first letter.
   */
  letters?: string;
  /** What ends a year before a term (2013年), which the index letter reads past like the year's digits. */
  yearSuffix?: string;
}

/** A language's key: its strings' and content's folder name, and Astro's locale. */
export type Lang = keyof typeof LANGUAGES;

/** Every language of the site, the default (at the site root) first. Pure: bundles without it drop the table. */
export const LANGS = /* @__PURE__ */ Object.keys(LANGUAGES) as Lang[];

/** The default language, at the site root: the table's first row. */
export function defaultLang(): Lang {
  return LANGS[0]!;
}
