// Every number in the criteria's wording, their plain summaries and the checker's questions is a
// number of the criteria data (a threshold, or a fact's accepted range), or one of the few other
// numbers the registry gives, listed below with the reason. Typing "50" where the data says 55 fails.
// Runs on every language's text.
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_THRESHOLD } from '../../src/calculators/scores';
import {
  conditionsOf,
  CRITERIA,
  FACTS,
  FACT_IDS,
  factsOf,
  thresholdsOf,
  thresholdsOn,
  type FactId,
} from '../../src/criteria';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { questionWording } from '../../src/i18n/format';
import type { UiStrings } from '../../src/i18n/types';

const LANGUAGES: [string, UiStrings][] = [
  ['English', en],
  ['Chinese', zh],
];

/** Numbers in the registry's criteria that are not thresholds of the engine, by the fact they belong to. */
const OTHER_NUMBERS: Partial<Record<FactId, number[]>> = {
  ssc_classification_met: [2013, CLASSIFICATION_THRESHOLD], // the 2013 ACR/EULAR criteria, met at a total of 9
  mrss: [51], // the mRSS's maximum, "(total 51 points)"
  egfr: [1.73], // part of eGFR's unit, mL/min/1.73 m²
  contraception_agreed: [1], // "until 1 year after the infusion"
  recent_myocardial_infarction: [6], // "within 6 months before screening"
  transplant_within_3_months: [3],
  acute_gvhd_grade2_within_2_weeks: [2], // grade 2 or above, within 2 weeks
  live_vaccine_within_4_weeks: [4],
  other_trial_within_3_months: [3],
};

/** A fact's own numbers: its thresholds and the registry's other numbers about it. */
const ownNumbers = (fact: FactId): number[] => [
  ...thresholdsOn(fact).map((t) => t.value),
  ...(OTHER_NUMBERS[fact] ?? []),
];

/** The numbers a criterion's wording may contain: those of its facts. */
const criterionNumbers = new Map<string, number[]>(
  CRITERIA.map(({ id, rule }) => [id, [...new Set(conditionsOf(rule).flatMap(factsOf))].flatMap(ownNumbers)]),
);
criterionNumbers.set('E13', []);

/** Numbers a hint uses only to show how to write a value, or quotes from another question of its criterion. */
const EXAMPLES: Partial<Record<FactId, number[]>> = {
  ast_x_uln: [1.5], // "For example 1.5 for 1.5 × ULN"
  months_without_remission: [3.5], // "3 and a half months is 3.5": part of a month, so that 3½ is not typed as 3
  acute_gvhd_grade2_within_2_weeks: [3], // why it is asked after "No": the transplant question covers 3 months only
};

/** The numbers a question may contain: its fact's own numbers, accepted range and examples. */
function factNumbers(fact: FactId): number[] {
  const spec = FACTS[fact];
  return [...('min' in spec ? [spec.min, spec.max] : []), ...ownNumbers(fact), ...(EXAMPLES[fact] ?? [])];
}

/** Numbers as written in prose: "55", "3.0", "0,5"; not the digits of names such as SpO2, CD19 or Scl-70. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![A-Za-z\d.,\-])\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
}

const strangers = (text: string, allowed: number[]) => numbersIn(text).filter((n) => !allowed.includes(n));

describe('finding numbers', () => {
  it('finds numbers the way a reader sees them', () => {
    expect(numbersIn('LVEF of 55% or more, AST at most 3.0 × ULN, SpO2 of 92%, CD19, anti-Scl-70, 0,5')).toEqual([
      55, 3, 92, 0.5,
    ]);
  });

  it('fails when a threshold is typed wrong', () => {
    expect(strangers('Percentage, 0 to 100. The trial needs 50 or more.', factNumbers('lvef_pct'))).toEqual([50]);
    expect(numbersIn('LVEF of 50% or more; FVC of 50% of predicted or more')).not.toContain(55);
  });
});

describe.each(LANGUAGES)('numbers in the %s wording', (_language, strings) => {
  const text = strings.criterionText;

  it.each([...criterionNumbers.keys()])('criterion %s says only its own numbers', (id) => {
    const wording = text[id as keyof typeof text];
    const summary = strings.criteria.summary[id as keyof typeof text];
    expect(strangers(`${wording} ${summary}`, criterionNumbers.get(id)!)).toEqual([]);
  });

  it.each(CRITERIA.map((c) => [c.id, c] as const))(
    'criterion %s states every threshold of the data',
    (_id, { id, rule }) => {
      const stated = numbersIn(text[id]);
      const missing = conditionsOf(rule)
        .flatMap(thresholdsOf)
        .filter((t) => !stated.includes(t.value));
      expect(missing).toEqual([]);
    },
  );

  it.each(FACT_IDS)("the question about %s says only its criteria's numbers", (fact) => {
    const { label, hint } = questionWording(fact, strings.questions);
    expect(hint, 'every placeholder is filled').not.toMatch(/\{\w+\}/);
    expect(strangers(`${label} ${hint}`, factNumbers(fact))).toEqual([]);
  });
});

// Wording the review of 6 December 2026 (part B) found misleading, in either language: each retired
// phrase with what the criterion says instead. The Chinese rules for single words are in
// test/support/zh-rules.ts.
describe('wording that misled, retired', () => {
  it('the verdict says "may be", as carefully as 可能符合 (the data-verdict value stays likely_eligible)', () => {
    expect(en.checker.verdictShort.likely_eligible).toBe('May be eligible');
    expect(en.checker.verdict.likely_eligible).toMatch(/^May be eligible/);
    expect(zh.checker.verdict.likely_eligible).toMatch(/^可能符合入组条件/);
    for (const strings of [en, zh]) expect(JSON.stringify(strings)).not.toMatch(/likely eligible/i);
  });

  it('E8 is about viral DNA or RNA above normal, not "active hepatitis"', () => {
    for (const { criteria } of [en, zh]) expect(criteria.summary.E8).toMatch(/DNA[^]*RNA/);
    expect(en.criteria.summary.E8).not.toMatch(/active hepatitis/i);
    expect(en.criteria.summary.E8).toContain('carrier');
    expect(zh.criteria.summary.E8).toContain('携带者');
  });

  it('E11 is a known malignant disease: not "cancer now or in the past", not any tumour', () => {
    expect(en.criteria.summary.E11).toContain('malignant disease');
    expect(en.criteria.summary.E11).not.toMatch(/now or in the past/);
    expect(en.criterionText.E11).not.toMatch(/such as a tumour/);
    expect(en.questions.known_malignancy.hint).toContain('benign');
    expect(zh.questions.known_malignancy.hint).toContain('良性');
  });

  it('I6 says its numbers are what "basically normal" means', () => {
    expect(en.criterionText.I6).toMatch(/^Major organ function basically normal, meaning all of the following:/);
    expect(zh.criterionText.I6).toMatch(/^主要器官功能基本正常，即同时符合以下各项：/);
  });

  it('E6 quotes the registry and says what it leaves open', () => {
    expect(en.criterionText.E6).toContain('infections that require systemic treatment');
    expect(en.questions.active_infection.hint).toMatch(/does not say whether/);
    expect(zh.questions.active_infection.hint).toContain('注册记录没说');
  });
});
