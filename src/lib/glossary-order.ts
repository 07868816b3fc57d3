/**
 * The glossary's order. English sorts A to Z. Chinese sorts by pinyin, and a term read by its Latin
 * letters (CAR-T, CD19, T细胞) sits under that letter among the Chinese terms, where a reader looks for it:
 * a pinyin collator alone puts every Latin-letter term after the last Chinese one.
 */
import type { Lang } from '../i18n';

const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

/**
 * The first Chinese character of each pinyin initial letter, in pinyin order (the collator's order):
 * a Chinese character belongs to the last letter whose first character sorts at or before it. There are
 * no syllables starting with i, u or v.
 */
const LETTER_STARTS: [string, string][] = [
  ['A', '吖'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '咑'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

/** The letter a Chinese reader files a word under: its first Latin letter, or its first syllable's initial. */
export function pinyinLetter(word: string): string {
  const first = [...word.replace(/^[\d\s年]+/u, '')][0] ?? '';
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  let letter = '#';
  for (const [name, start] of LETTER_STARTS) if (pinyin.compare(start, first) <= 0) letter = name;
  return letter;
}

interface Sortable {
  term: string;
  sortAs?: string;
}

/** Orders Chinese terms by letter, Latin-letter terms first within a letter, then by pinyin. */
function compareZh(a: Sortable, b: Sortable): number {
  const [ka, kb] = [a.sortAs ?? a.term, b.sortAs ?? b.term];
  const [la, lb] = [pinyinLetter(ka), pinyinLetter(kb)];
  if (la !== lb) return la < lb ? -1 : 1;
  const latin = (k: string) => (/^[A-Za-z]/.test(k) ? 0 : 1);
  return latin(ka) - latin(kb) || pinyin.compare(ka, kb);
}

/** A language's glossary terms in the order its readers look them up (a new array). */
export function glossaryOrder<T extends Sortable>(terms: readonly T[], lang: Lang): T[] {
  const english = new Intl.Collator('en', { sensitivity: 'base' });
  return [...terms].sort(lang === 'zh' ? compareZh : (a, b) => english.compare(a.sortAs ?? a.term, b.sortAs ?? b.term));
}
