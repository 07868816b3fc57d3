// The table of languages (src/i18n/languages.ts): every other module reads it, so its codes are checked here.
import { describe, expect, it } from 'vitest';
import { defaultLang, LANGS, LANGUAGES } from '../../src/i18n/languages';
import { formatDate, ui } from '../../src/i18n';
import { glossaryOrder, indexLetter } from '../../src/lib/glossary-order';

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

  it.each(LANGS)('gives %s a collation Intl supports, its index letters A to Z in the collation order', (lang) => {
    const { locale, letters = '' } = LANGUAGES[lang].collation as { locale: string; letters?: string };
    expect(Intl.Collator.supportedLocalesOf(locale).length).toBe(1);
    const pairs = [...letters.matchAll(/([A-Z])([^A-Z])/g)];
    expect(pairs.map((m) => m[0]).join('')).toBe(letters);
    expect(pairs.map((m) => m[1])).toEqual(pairs.map((m) => m[1]).sort());
    const starts = pairs.map((m) => m[2]!);
    expect(starts).toEqual([...starts].sort(new Intl.Collator(locale).compare));
  });

  it('files words under the letter each language looks them up by', () => {
    expect(['系统性硬化病', '肺动脉高压', '2013年ACR/EULAR', 'CD19', '阿'].map((w) => indexLetter(w, 'zh'))).toEqual([
      'X',
      'F',
      'A',
      'C',
      'A',
    ]);
    expect(['mRSS', '2013 ACR/EULAR', 'Raynaud'].map((w) => indexLetter(w, 'en'))).toEqual(['M', 'A', 'R']);
    const zh = glossaryOrder(
      [{ term: '系统性硬化病' }, { term: 'CAR-T细胞' }, { term: '补体' }, { term: 'B细胞' }],
      'zh',
    );
    expect(zh.map((t) => t.term)).toEqual(['B细胞', '补体', 'CAR-T细胞', '系统性硬化病']);
  });
});
