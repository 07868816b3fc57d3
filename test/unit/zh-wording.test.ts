// The Chinese strings (src/i18n/zh) use one word per concept and Chinese punctuation, and the copied
// summary joins Chinese sentences as Chinese does: no retired word, no half-width bracket or comma
// beside Chinese, no ASCII space beside full-width punctuation, "——" for a dash, Latin Roman numerals.
// The built pages are checked the same way in test/site/zh-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/criteria';
import { summaryText } from '../../src/components/checker/summaryText';
import { askedQuestions, toAnswers, type Raw } from '../../src/components/checker/form';
import { zh } from '../../src/i18n/zh';
import { NOT_A_CHINESE_DATE, punctuationProblems, retiredWords } from '../support/zh-rules';
import examples from '../fixtures/examples.json';

/** Every string of the Chinese module, with its key path. */
function leaves(value: unknown, path = 'zh'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  return [];
}

const STRINGS = leaves(zh);

describe('the Chinese strings', () => {
  it('are all found (the walk reaches every module)', () => {
    expect(STRINGS.length).toBeGreaterThan(300);
    expect(STRINGS.map(([path]) => path)).toContain('zh.questions.age_years.hint');
  });

  it('use no retired word', () => {
    const found = STRINGS.flatMap(([path, text]) => retiredWords(text).map((problem) => `${path}: ${problem}`));
    expect(found).toEqual([]);
  });

  it('use Chinese punctuation', () => {
    const found = STRINGS.flatMap(([path, text]) => punctuationProblems(text).map((p) => `${path}: ${p}`));
    expect(found).toEqual([]);
  });
});

describe('the rules themselves', () => {
  it('catch the slips the review found', () => {
    expect(retiredWords('筛查前4周内')).toHaveLength(1);
    expect(retiredWords('本预筛查保存的回答文件')).toHaveLength(1);
    expect(retiredWords('请阅读问题与解答')).toHaveLength(1);
    expect(retiredWords('看看资格预筛')).toHaveLength(1);
    expect(retiredWords('入组资格预筛和入组资格标准')).toEqual([]);
    expect(punctuationProblems('手指肿胀 (2)')).toHaveLength(1);
    expect(punctuationProblems('剂量 (mg)')).toHaveLength(1);
    expect(punctuationProblems('如已测量 （选填）')).toHaveLength(1);
    expect(punctuationProblems('不符合。 下一句。')).toHaveLength(1);
    expect(punctuationProblems('可能符合 — 最终')).toHaveLength(1);
    expect(punctuationProblems('抗RNA聚合酶Ⅲ抗体')).toHaveLength(1);
    expect(punctuationProblems('可能符合——最终由研究团队决定（选填）')).toEqual([]);
    // One word per concept, and the misreadings of the review of 6 December 2026, part B.
    for (const slip of [
      '只有在研究医生认为安全时',
      '需要用升压药维持血压',
      '需要口服或静脉输液治疗的感染',
      '需要吃药、打针或输液治疗的感染',
      '现在或过去患有癌症',
      '已知患有恶性疾病，如肿瘤',
      '心、肺、肾等重要器官',
      '（总分51分）',
      '孩子可能符合条件',
      '纳入标准、入选条件',
      '停用免疫抑制药物',
      '育龄期受试者',
      '患者本人或其监护人',
      '一位家长或其他陪护家属',
      '一直控制不住的感染',
      '已来月经或可能怀孕的女孩',
      '最近发生过移植反应',
      '活动性乙肝（乙型肝炎）或丙肝',
    ])
      expect(retiredWords(slip), slip).toHaveLength(1);
    for (const kept of [
      '需要用血管活性药物（升压药）维持血压',
      '需要全身治疗（口服、打针或输液使用抗感染药）的感染',
      '美国国家癌症研究所；癌症中心的CAR-T患者指南',
      '筛选前已知患有恶性疾病（如恶性肿瘤）；良性的肿块（如血管瘤）',
      '满分51分；总分达到9分或以上；总分0至51分',
      '可能符合入组条件；入组资格标准；入选标准和排除标准；纳入标准',
      '免疫调节剂；免疫抑制剂',
      '孩子本人或其监护人；患者自己的T细胞；患儿',
      '研究者判断；联系研究团队',
      '虽未来月经但已有怀孕可能',
      '移植物抗宿主病（GVHD）',
    ])
      expect(retiredWords(kept), kept).toEqual([]);
    expect(NOT_A_CHINESE_DATE.test('打印日期：2026-12-01。')).toBe(true);
    expect(NOT_A_CHINESE_DATE.test('打印日期：2026年12月1日。')).toBe(false);
  });
});

describe('the words kept in pairs on purpose, each for its own thing', () => {
  it('不确定 is the answer a reader chooses (Don’t know); 尚不清楚 is what is not known yet', () => {
    expect(zh.checker.unknown).toBe('不确定');
    expect(zh.checker.status.unknown).toBe('尚不清楚');
    expect(zh.checker.statusExclusion.unknown).toBe('尚不清楚');
  });

  it('研究团队 is the team a family contacts and that decides; 研究者 the investigators who judge (the registry’s word)', () => {
    expect(zh.checker.verdict.review).toContain('研究团队');
    expect(zh.checker.nextSteps).toContain('研究团队');
    for (const id of ['I5', 'E2', 'E13'] as const) expect(zh.criterionText[id]).toContain('研究者');
    expect(zh.criteria.explain.review.I5).toContain('研究者');
  });

  it('a result badge does not begin 不适 (skimmed as 不适合, "not suitable")', () => {
    const badges = [...Object.values(zh.checker.status), ...Object.values(zh.checker.statusExclusion)];
    expect(badges.filter((badge) => badge.startsWith('不适'))).toEqual([]);
  });
});

describe('the copied summary in Chinese', () => {
  const strings = {
    ...zh,
    loadCalculators: async () => zh.calculators,
    loadFlags: async () => zh.flags,
    loadActions: async () => zh.actions,
  };
  const date = new Date('2026-12-01T09:00:00Z');

  it.each(examples.map((e) => [e.name, e.answers] as const))('%s: Chinese punctuation and date', (_name, answers) => {
    // As the form holds them: yes/no as 'yes'/'no', numbers as typed, lists as lists.
    const raw: Raw = Object.fromEntries(
      Object.entries(answers).map(([fact, value]) => [
        fact,
        typeof value === 'boolean' ? (value ? 'yes' : 'no') : Array.isArray(value) ? value : String(value),
      ]),
    );
    const asked = askedQuestions(raw);
    const text = summaryText(raw, asked, evaluate(toAnswers(raw, asked)), date, strings, zh.actions);
    // Copied, not printed: the copy says the day it was copied.
    expect(text).toContain('复制日期：2026年12月1日。');
    expect(text).not.toContain('打印日期');
    expect(text).not.toMatch(NOT_A_CHINESE_DATE);
    const lines = text.split('\n').map((line) => line.replace(/^- /, ''));
    expect(lines.flatMap(punctuationProblems)).toEqual([]);
    expect(lines.flatMap(retiredWords)).toEqual([]);
  });
});
