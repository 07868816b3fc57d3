// The Chinese strings (src/i18n/zh) use one word per concept and Chinese punctuation, and the copied
// summary joins Chinese sentences as Chinese does: no retired word, no half-width bracket or comma
// beside Chinese, no ASCII space beside full-width punctuation, "——" for a dash, Latin Roman numerals.
// The built pages are checked the same way in test/site/zh-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/criteria';
import { summaryText } from '../../src/components/checker/summary';
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
    expect(NOT_A_CHINESE_DATE.test('打印日期：2026-12-01。')).toBe(true);
    expect(NOT_A_CHINESE_DATE.test('打印日期：2026年12月1日。')).toBe(false);
  });
});

describe('the copied summary in Chinese', () => {
  const strings = { ...zh, loadCalculators: async () => zh.calculators };
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
    const text = summaryText(raw, asked, evaluate(toAnswers(raw, asked)), date, strings);
    // Copied, not printed: the copy says the day it was copied.
    expect(text).toContain('复制日期：2026年12月1日。');
    expect(text).not.toContain('打印日期');
    expect(text).not.toMatch(NOT_A_CHINESE_DATE);
    const lines = text.split('\n').map((line) => line.replace(/^- /, ''));
    expect(lines.flatMap(punctuationProblems)).toEqual([]);
    expect(lines.flatMap(retiredWords)).toEqual([]);
  });
});
