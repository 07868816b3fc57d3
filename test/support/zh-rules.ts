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
  [/照护者/u, '陪护人'],
  [/报酬/u, '补贴'],
  [/肺容量/u, '用力肺活量（FVC）'],
  [/另一项报告治疗了/u, '另一项报告介绍了……接受治疗的'],
  // One word per concept (review of 6 December 2026, part B). Where two words stay, they name two things:
  // 研究者 = the investigators, who judge (the registry's word: I5, E2, E13); 研究团队 = the study team,
  // whom a family contacts, who explains and decides. 研究医生 was a third name for one of them.
  [/研究医生/u, '研究者 (the investigators who judge) or 研究团队 (the team a family contacts)'],
  // The registry's 血管活性药物, glossed once as 血管活性药物（升压药）: 升压药 alone is a second name.
  [/(?<!血管活性药物（)升压药/u, '血管活性药物（升压药）'],
  // E6's "systemic treatment" is 全身治疗, explained as 口服、打针或输液使用抗感染药 (not 吃药: a cold
  // treated with 感冒药 is not one).
  [/口服或静脉输液|吃药/u, '全身治疗（口服、打针或输液使用抗感染药）'],
  // E11 is a known malignant disease: 恶性疾病 (如恶性肿瘤). 癌症 stays only in names (美国国家癌症研究所,
  // 癌症中心); a bare 肿瘤 takes in benign lumps such as 血管瘤.
  [/癌症(?!研究所|中心)/u, '恶性疾病 (E11) or 恶性肿瘤'],
  [/(?<![恶良]性)肿瘤/u, '恶性肿瘤 (a benign lump is not a malignant disease)'],
  // The registry's "major organ" is 主要器官.
  [/重要器官/u, '主要器官'],
  // 总分 is a child's own sum (of the calculator, of the ACR/EULAR items); the most there is, 满分.
  [/总分\d+分/u, '满分 (the maximum); 总分 is the child’s own sum'],
  // Eligible is 符合入组条件 (ZH-TERMS' verdicts); the criteria are 入组资格标准, and 入选标准 and 排除标准
  // are its two lists.
  [/(?<!入组)符合条件|入选条件/u, '符合入组条件; 入选标准 (the inclusion list)'],
  // 免疫调节剂 is I5's word (its list includes antimalarials and biologics); 免疫抑制剂 is the narrower
  // class the SSc page and the studies name. 免疫抑制药(物) was a second name for the second.
  [/免疫抑制药/u, '免疫抑制剂'],
  // The child in this trial is 孩子 (孩子本人 beside the guardian); 患者 and 患儿 are patients in general.
  [/受试者|患者本人/u, '孩子 (孩子本人 beside 监护人); 患者自己 for patients in general'],
  // The one who stays with a patient (review B, low).
  [/陪护家属/u, '陪护人'],
  [/一直控制不住/u, '目前没有控制住'],
  // Misreadings (review B): 可能怀孕 is "may be pregnant now", not "able to become pregnant"; 移植反应
  // reads as rejection, GVHD is the reverse; 活动性乙肝 leaves out carriers with viral DNA above normal.
  [/可能怀孕/u, '已有怀孕可能'],
  [/移植反应/u, '移植物抗宿主病（GVHD）'],
  [/活动性[乙丙]肝/u, '乙肝病毒DNA或丙肝病毒RNA高于正常范围（乙肝“携带者”也按这一条看）'],
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
