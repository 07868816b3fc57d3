/**
 * The glossary's order, from each language's collation in the table of languages (src/i18n/languages.ts).
 * A language written in Latin letters sorts A to Z. One that is not (Chinese: pinyin) files each word under
 * an index letter, and a term read by its Latin letters (CAR-T, CD19, T细胞) sits under that letter among
 * the language's own terms, where a reader looks for it: a pinyin collator alone puts every Latin-letter
 * term after the last Chinese one.
 */
import { LANGUAGES, type Collation, type Lang } from '../i18n/languages';

interface Sortable {
  term: string;
  sortAs?: string;
}

/** A collation's index letters as [letter, first character filed under it], in the collation's order. */
function letterStarts({ letters = '' }: Collation): [string, string][] {
  return [...letters.matchAll(/([A-Z])([^A-Z])/g)].map((m) => [m[1]!, m[2]!]);
}

/**
 * The letter a reader of `lang` files a word under: its first Latin letter, or the last index letter
 * whose first character sorts at or before the word's first character ('#' before the first letter).
 */
export function indexLetter(word: string, lang: Lang): string {
  const collation: Collation = LANGUAGES[lang].collation;
  const year = new RegExp(`^[\\d\\s${collation.yearSuffix ?? ''}]+`, 'u');
  const first = [...word.replace(year, '')][0] ?? '';
  if (/[A-Za-z]/.test(first) || !collation.letters) return first.toUpperCase();
  const collator = new Intl.Collator(collation.locale);
  let letter = '#';
  for (const [name, start] of letterStarts(collation)) if (collator.compare(start, first) <= 0) letter = name;
  return letter;
}

/** A language's glossary terms in the order its readers look them up (a new array). */
export function glossaryOrder<T extends Sortable>(terms: readonly T[], lang: Lang): T[] {
  const collation: Collation = LANGUAGES[lang].collation;
  const key = (t: Sortable) => t.sortAs ?? t.term;
  if (!collation.letters) {
    const collator = new Intl.Collator(collation.locale, { sensitivity: 'base' });
    return [...terms].sort((a, b) => collator.compare(key(a), key(b)));
  }
  // By index letter, the Latin-letter terms first within a letter, then by the collation.
  const collator = new Intl.Collator(collation.locale);
  const latin = (k: string) => (/^[A-Za-z]/.test(k) ? 0 : 1);
  const sortKeys = new Map(terms.map((t) => [t, { word: key(t), letter: indexLetter(key(t), lang) }]));
  return [...terms].sort((a, b) => {
    const [ka, kb] = [sortKeys.get(a)!, sortKeys.get(b)!];
    if (ka.letter !== kb.letter) return ka.letter < kb.letter ? -1 : 1;
    return latin(ka.word) - latin(kb.word) || collator.compare(ka.word, kb.word);
  });
}
