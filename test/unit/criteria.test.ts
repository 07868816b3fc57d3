// The criteria table (src/criteria/criteria.ts) as data: ids, facts, thresholds, and its schema.
import { describe, expect, it } from 'vitest';
import { ALL_CRITERION_IDS, conditionsOf, CRITERIA, FACTS, FACT_IDS, factsOf, thresholdsOf } from '../../src/criteria';
import { CriterionSchema } from '../../src/criteria/schema';
import { en } from '../../src/i18n/en';

/** Each criterion's registry wording (`text`) and plain summary. */
const CRITERION_TEXT = Object.fromEntries(
  Object.entries(en.criterionText).map(([id, text]) => [
    id,
    { text, summary: en.criteria.summary[id as keyof typeof en.criteria.summary] },
  ]),
) as Record<keyof typeof en.criterionText, { text: string; summary: string }>;

/** Every threshold in the registry's eligibility text (ClinicalTrials.gov, NCT06792344), quoted exactly. */
const DICTIONARY_THRESHOLDS = [
  ['age_years', '>=', 5],
  ['age_years', '<=', 18],
  ['mrss', '>=', 15],
  ['max_glucocorticoid_mg_per_kg_day', '>=', 0.5],
  ['months_without_remission', '>', 3],
  ['lvef_pct', '>=', 55],
  ['egfr', '>=', 30],
  ['ast_x_uln', '<=', 3.0],
  ['alt_x_uln', '<=', 3.0],
  ['bilirubin_x_uln', '<=', 2.0],
  ['spo2_pct', '>=', 92],
  ['dlco_pct_pred', '>=', 40],
  ['fvc_pct_pred', '>=', 50],
  ['mpap_mmhg', '>', 45],
];

describe('the criteria data', () => {
  it('parses against the criterion schema', () => {
    for (const criterion of CRITERIA) expect(() => CriterionSchema.parse(criterion), criterion.id).not.toThrow();
  });
  it('has unique ids I1-I8, E1-E12, plus the standing note E13', () => {
    expect(new Set(ALL_CRITERION_IDS).size).toBe(21);
    expect(ALL_CRITERION_IDS.at(-1)).toBe('E13');
  });
  it('refers only to facts of the dictionary, and every fact is used', () => {
    const used = new Set(CRITERIA.flatMap(({ rule }) => conditionsOf(rule).flatMap(factsOf)));
    for (const fact of used) expect(FACT_IDS).toContain(fact);
    expect([...used].sort()).toEqual([...FACT_IDS].sort());
  });
  it('has exactly the thresholds of the dictionary', () => {
    const found = CRITERIA.flatMap(({ rule }) => conditionsOf(rule).flatMap(thresholdsOf)).map((t) => [
      t.fact,
      t.op,
      t.value,
    ]);
    expect(found.sort()).toEqual(DICTIONARY_THRESHOLDS.sort());
  });
  it('compares only numeric facts, and only within their range', () => {
    for (const [fact, , value] of DICTIONARY_THRESHOLDS) {
      const spec = FACTS[fact as keyof typeof FACTS];
      expect(spec.type === 'number' || spec.type === 'integer', String(fact)).toBe(true);
      if ('min' in spec) expect(value).toBeGreaterThanOrEqual(spec.min);
    }
  });
  it('has wording and a plain summary for every criterion, with the corrected spellings', () => {
    for (const id of ALL_CRITERION_IDS) {
      expect(CRITERION_TEXT[id].text.length, id).toBeGreaterThan(10);
      expect(CRITERION_TEXT[id].summary.length, id).toBeGreaterThan(5);
    }
    const all = Object.values(CRITERION_TEXT)
      .map((t) => t.text)
      .join(' ');
    for (const word of ['mycophenolate', 'tacrolimus', 'belimumab', 'telitacicept', 'severe pulmonary hypertension']) {
      expect(all.toLowerCase()).toContain(word);
    }
    for (const typo of ['motecophanate', 'tachlimus', 'Beliumab', 'titacept', 'PHA']) expect(all).not.toContain(typo);
  });
  it('keeps the meaning of the registry where a summary could narrow it (the wording rules of the accuracy audit)', () => {
    // E1 is any severe pulmonary hypertension, not only the arterial subtype.
    expect(CRITERION_TEXT.E1.text).not.toMatch(/arterial hypertension/i);
    // I5's list of immunomodulators ends in "etc.": it is given as examples.
    expect(CRITERION_TEXT.I5.text).toMatch(/immunomodulators, such as/);
    // I8: the patient OR the guardian agrees.
    expect(CRITERION_TEXT.I8.text).toMatch(/patient or guardian/);
    expect(CRITERION_TEXT.E4.summary).toMatch(/^Any congenital heart disease/);
    expect(CRITERION_TEXT.E6.summary).toMatch(/at screening/);
    expect(CRITERION_TEXT.E12.summary).toMatch(/interventional/);
  });
});
