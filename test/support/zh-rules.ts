// The rules of the Chinese edition that a machine can check, for the tests of the Chinese strings
// (test/unit/zh-wording.test.ts) and of the built Chinese pages (test/site/zh-pages.test.ts).
// Sources: ../shared/reference/ZH-TERMS.md (one word per concept, page names, writing rules) and the
// December 2026 bilingual review, part C.

/**
 * Retired words: each concept has one word (ZH-TERMS). A retired word found anywhere in the Chinese
 * strings or pages fails, with the word to use instead.
 */
export const RETIRED: [RegExp, string][] = [
  // Screening, the trial's visit, is 筛选; the site's own check is 预筛 (also catches 预筛查).
  [/筛查/u, '筛选 (the trial’s screening) or 预筛 (this site’s check)'],
  // One name per page (ZH-TERMS "page names"): the FAQ is 常见问题 ...
  [/问题与解答|常见问题解答/u, '常见问题'],
  // ... the criteria page 入组资格标准 (入选标准 and 排除标准 are the two lists, and stay) ...
  [/入组标准/u, '入组资格标准'],
  // ... and the checker 入组资格预筛.
  [/(?<!入组)资格预筛/u, '入组资格预筛'],
  // Calques of English (review C).
  [/心脏病发作/u, '心肌梗死（心梗）'],
  [/心脏影像检查|心脏超声/u, '心脏彩超（超声心动图）'],
  [/照护者/u, '陪护家属'],
  [/报酬/u, '补贴'],
  [/肺容量/u, '用力肺活量（FVC）'],
  [/另一项报告治疗了/u, '另一项报告介绍了……接受治疗的'],
];

/** The retired words in a text, with what to write instead. */
export function retiredWords(text: string): string[] {
  return RETIRED.filter(([word]) => word.test(text)).map(([word, use]) => `${word.source} -> ${use}`);
}

const FULL_WIDTH = '，。：；？！、（）“”《》';

/** Punctuation rules for Chinese text (ZH-TERMS "Writing rules"; review C). */
export const PUNCTUATION: [string, RegExp][] = [
  // No ASCII space beside full-width punctuation: "如已测量 （选填）", "2025年1月30日 （…）", "。 下一句".
  [
    'an ASCII space beside full-width punctuation',
    new RegExp(`[ \\u00a0][${FULL_WIDTH}]|[${FULL_WIDTH}][ \\u00a0]`, 'u'),
  ],
  // Half-width brackets and commas in Chinese text: "手指肿胀 (2)", "剂量 (mg)".
  ['a half-width bracket, comma or stop beside Chinese', /\p{Script=Han} ?[(),;:?!]|[(),;:?!] ?\p{Script=Han}/u],
  ['a straight double quote beside Chinese', /\p{Script=Han}"|"\p{Script=Han}/u],
  // The Chinese dash is "——"; a single em dash or " - " between words is English.
  ['a single em dash (use ——)', /(?<!—)—(?!—)/u],
  // One style of Roman numeral: Latin letters (I期, III), which a reader can type and search for.
  ['a Unicode Roman numeral (write I, II, III)', /[\u2160-\u2188]/u],
];

/** The punctuation problems of a text. */
export function punctuationProblems(text: string): string[] {
  return PUNCTUATION.filter(([, rule]) => rule.test(text)).map(
    ([what, rule]) => `${what}: …${text.slice(Math.max(0, text.search(rule) - 12), text.search(rule) + 14)}…`,
  );
}

/** Dates are written 2026年12月1日: not 2026-12-01, not "1 December 2026". */
export const NOT_A_CHINESE_DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** The sentence that calls the English record authoritative: at most once a page, footer included. */
export const AUTHORITATIVE = /一切以英文注册记录为准/gu;
