// The table of languages (src/i18n/languages.ts): every other module reads it, so its codes are checked here.
import { describe, expect, it } from 'vitest';
import { defaultLang, LANGS, LANGUAGES } from '../../src/i18n/languages';
import { formatDate, ui } from '../../src/i18n';

describe('the table of languages', () => {
  it('puts the default language first, at the site root, and every other under its own prefix', () => {
    expect(defaultLang()).toBe(LANGS[0]);
    expect(LANGUAGES[defaultLang()].prefix).toBe('');
    for (const lang of LANGS.slice(1)) expect(LANGUAGES[lang].prefix).toBe(`/${lang}`);
  });

  it.each(LANGS)('gives %s a BCP 47 lang, an og:locale of language_TERRITORY and an Intl locale', (lang) => {
    const { lang: tag, og, intl, name } = LANGUAGES[lang];
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(og).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(tag.startsWith(og.slice(0, 2))).toBe(true);
    expect(Intl.DateTimeFormat.supportedLocalesOf(intl)).toEqual([intl]);
    expect(name.trim()).not.toBe('');
  });

  it('writes dates as each language writes them', () => {
    expect(formatDate('2025-01-30', 'en')).toBe('30 January 2025');
    expect(formatDate('2025-01-30', 'zh')).toBe('2025年1月30日');
  });

  it.each(LANGS)('has strings for %s', (lang) => {
    expect(ui(lang).siteName).toBeTruthy();
  });
});
