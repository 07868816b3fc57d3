import type { Lang } from './types';

/**
 * How each language is named outside the page text: the `lang` attribute and hreflang (BCP 47), and
 * Open Graph's og:locale (language_TERRITORY). One row a language; add a language here first.
 */
export const LOCALE: Record<Lang, { html: string; og: string }> = {
  en: { html: 'en', og: 'en_GB' },
  zh: { html: 'zh-CN', og: 'zh_CN' },
};
