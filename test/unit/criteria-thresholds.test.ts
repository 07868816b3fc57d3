import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/criteria';
import { patient } from './patients';

const statusOf = (id: string, changes: Record<string, unknown>) =>
  evaluate(patient(changes)).criteria.find((c) => c.id === id)!.status;

describe('each threshold, on both sides', () => {
  it.each([
    ['I1', 'age_years', 4, 'fail'],
    ['I1', 'age_years', 5, 'pass'],
    ['I1', 'age_years', 18, 'pass'],
    ['I1', 'age_years', 19, 'fail'],
    ['I4', 'mrss', 14, 'fail'],
    ['I4', 'mrss', 15, 'pass'],
    ['I5', 'max_glucocorticoid_mg_per_kg_day', 0.49, 'fail'],
    ['I5', 'max_glucocorticoid_mg_per_kg_day', 0.5, 'pass'],
    ['I5', 'months_without_remission', 3, 'fail'],
    ['I5', 'months_without_remission', 3.01, 'pass'],
    ['I6', 'lvef_pct', 54.9, 'fail'],
    ['I6', 'lvef_pct', 55, 'pass'],
    ['I6', 'egfr', 29.9, 'fail'],
    ['I6', 'egfr', 30, 'pass'],
    ['I6', 'ast_x_uln', 3.0, 'pass'],
    ['I6', 'ast_x_uln', 3.01, 'fail'],
    ['I6', 'alt_x_uln', 3.0, 'pass'],
    ['I6', 'alt_x_uln', 3.01, 'fail'],
    ['I6', 'bilirubin_x_uln', 2.0, 'pass'],
    ['I6', 'bilirubin_x_uln', 2.01, 'fail'],
    ['I6', 'spo2_pct', 91.9, 'fail'],
    ['I6', 'spo2_pct', 92, 'pass'],
    ['I6', 'dlco_pct_pred', 39.9, 'fail'],
    ['I6', 'dlco_pct_pred', 40, 'pass'],
    ['I6', 'fvc_pct_pred', 49.9, 'fail'],
    ['I6', 'fvc_pct_pred', 50, 'pass'],
    ['E1', 'mpap_mmhg', 45, 'pass'],
    ['E1', 'mpap_mmhg', 45.1, 'fail'],
  ] as const)('%s with %s = %s is %s', (id, fact, value, expected) => {
    expect(statusOf(id, { [fact]: value })).toBe(expected);
  });
});

describe('yes/no criteria', () => {
  it.each([
    ['I2', 'ssc_classification_met', false, 'fail'],
    ['I3', 'autoantibody_positive', false, 'fail'],
    ['I8', 'consent_willing', false, 'fail'],
    ['E3', 'active_cns_disease', true, 'fail'],
    ['E4', 'congenital_heart_disease', true, 'fail'],
    ['E4', 'recent_myocardial_infarction', true, 'fail'],
    ['E4', 'severe_arrhythmia', true, 'fail'],
    ['E4', 'pericardial_or_myocardial_disease', true, 'fail'],
    ['E4', 'vasoactive_support', true, 'fail'],
    ['E5', 'active_tuberculosis', true, 'fail'],
    ['E6', 'active_infection', true, 'fail'],
    ['E7', 'transplant_within_3_months', true, 'fail'],
    ['E7', 'acute_gvhd_grade2_within_2_weeks', true, 'fail'],
    ['E8', 'hiv_ab_positive', true, 'fail'],
    ['E8', 'treponema_ab_positive', true, 'fail'],
    ['E9', 'live_vaccine_within_4_weeks', true, 'fail'],
    ['E11', 'known_malignancy', true, 'fail'],
    ['E12', 'other_trial_within_3_months', true, 'fail'],
    ['E2', 'prior_car_t', true, 'review'],
    ['E2', 'prior_car_t', undefined, 'unknown'],
  ] as const)('%s with %s = %s is %s', (id, fact, value, expected) => {
    expect(statusOf(id, { [fact]: value })).toBe(expected);
  });
});

describe('I5, refractory disease', () => {
  it('passes on the standard route', () => expect(statusOf('I5', {})).toBe('pass'));
  it('needs at least one other immunomodulator', () =>
    expect(statusOf('I5', { other_immunomodulators: [] })).toBe('fail'));
  it('counts an immunomodulator the registry does not name (its list ends in "etc.")', () => {
    const result = evaluate(patient({ other_immunomodulators: ['other_immunomodulator'] }));
    expect(result.criteria.find((c) => c.id === 'I5')!.status).toBe('pass');
    expect(result.verdict).toBe('likely_eligible');
  });
  it('goes to the study team when the standard route fails but the disease progresses rapidly', () => {
    expect(statusOf('I5', { cyclophosphamide_received: false, rapid_progression_refractory: true })).toBe('review');
  });
  it('goes to the study team when the standard route is unknown and the disease progresses rapidly', () => {
    expect(statusOf('I5', { cyclophosphamide_received: undefined, rapid_progression_refractory: true })).toBe('review');
  });
  it('is unknown when the standard route fails and rapid progression is not known', () => {
    const result = evaluate(patient({ cyclophosphamide_received: false, rapid_progression_refractory: undefined }));
    const i5 = result.criteria.find((c) => c.id === 'I5')!;
    expect(i5.status).toBe('unknown');
    expect(i5.missing).toEqual(['rapid_progression_refractory']);
  });
});

describe('I7 and E10, pregnancy', () => {
  it('do not apply without childbearing potential', () => {
    expect(statusOf('I7', { childbearing_potential: false })).toBe('pass');
    expect(statusOf('E10', { childbearing_potential: false, blood_pregnancy_positive: true })).toBe('pass');
  });
  it('need negative tests and contraception with childbearing potential', () => {
    expect(statusOf('I7', { childbearing_potential: true })).toBe('unknown');
    expect(
      statusOf('I7', { childbearing_potential: true, urine_pregnancy_negative: true, contraception_agreed: false }),
    ).toBe('fail');
    expect(statusOf('E10', { childbearing_potential: true, blood_pregnancy_positive: true })).toBe('fail');
  });
});

describe('E1, a measured pressure outranks the yes/no answer', () => {
  it('fails on the yes/no answer when no pressure is given', () => {
    expect(statusOf('E1', { severe_pulmonary_hypertension: true })).toBe('fail');
  });
  it('passes on a measured 40 mmHg even if the box says severe', () => {
    expect(statusOf('E1', { severe_pulmonary_hypertension: true, mpap_mmhg: 40 })).toBe('pass');
  });
  it('fails on other severe organ involvement', () => {
    expect(statusOf('E1', { other_severe_organ_involvement: true, mpap_mmhg: 30 })).toBe('fail');
  });
});

describe('E8, infections', () => {
  it.each([
    [{ hbsag_positive: true, hbv_dna_above_normal: true }, 'fail'],
    [{ hbcab_positive: true, hbv_dna_above_normal: false }, 'pass'],
    [{ hbcab_positive: true }, 'unknown'],
    [{ hcv_ab_positive: true, hcv_rna_above_normal: true }, 'fail'],
    [{ hcv_ab_positive: true, hcv_rna_above_normal: false }, 'pass'],
  ])('%o is %s', (changes, expected) => expect(statusOf('E8', changes)).toBe(expected));
});

describe('reasons', () => {
  it('are records of the clauses that decided, with a language-free notation beside them', () => {
    const i4 = evaluate(patient({ mrss: 14 })).criteria.find((c) => c.id === 'I4')!;
    expect(i4.why).toEqual([{ kind: 'threshold', fact: 'mrss', op: '>=', limit: 15, value: 14, met: false }]);
    expect(i4.reasons).toEqual(['mrss 14 >= 15: false']);
  });
  it('name every missing fact of an unknown criterion, without stopping early', () => {
    const i6 = evaluate(patient({ lvef_pct: undefined, egfr: undefined, ast_x_uln: 5 })).criteria.find(
      (c) => c.id === 'I6',
    )!;
    expect(i6.status).toBe('fail');
    const unknown = evaluate(patient({ lvef_pct: undefined, egfr: undefined })).criteria.find((c) => c.id === 'I6')!;
    expect(unknown.missing).toEqual(['lvef_pct', 'egfr']);
    expect(unknown.reasons).toEqual(['lvef_pct ? >= 55: unknown', 'egfr ? >= 30: unknown']);
  });
  it('say when the study team decides, and when a measured pressure outranks the answer', () => {
    const result = evaluate(patient({ prior_car_t: true, severe_pulmonary_hypertension: true, mpap_mmhg: 40 }));
    expect(result.criteria.find((c) => c.id === 'E2')!.why).toEqual([
      { kind: 'review', criterion: 'E2' },
      { kind: 'answer', fact: 'prior_car_t', value: true },
    ]);
    expect(result.criteria.find((c) => c.id === 'E1')!.reasons).toEqual([
      'mpap_mmhg 40 > 45: false',
      'mpap_mmhg outranks severe_pulmonary_hypertension',
      'other_severe_organ_involvement = false',
    ]);
  });
});

describe('the verdict', () => {
  it('is ineligible when any criterion fails, even with others unknown', () => {
    const result = evaluate({ age_years: 3 });
    expect(result.verdict).toBe('ineligible');
    expect(result.criteria.filter((c) => c.status === 'unknown').length).toBeGreaterThan(10);
  });
  it('is incomplete with nothing answered', () => expect(evaluate({}).verdict).toBe('incomplete'));
  it('is review when only the study team can decide', () => {
    expect(evaluate(patient({ prior_car_t: true })).verdict).toBe('review');
  });
  it('lists I1-I8 and E1-E12, never E13', () => {
    expect(evaluate({}).criteria.map((c) => c.id)).toEqual([
      'I1',
      'I2',
      'I3',
      'I4',
      'I5',
      'I6',
      'I7',
      'I8',
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E6',
      'E7',
      'E8',
      'E9',
      'E10',
      'E11',
      'E12',
    ]);
  });
});

describe('invalid answers', () => {
  it.each([
    ['mrss', 60, { problem: 'range', expected: 'integer', min: 0, max: 51, message: 'mrss: integer 0..51' }],
    ['mrss', 15.5, { problem: 'range', expected: 'integer', min: 0, max: 51, message: 'mrss: integer 0..51' }],
    ['lvef_pct', '62', { problem: 'type', expected: 'number', min: 0, max: 100, message: 'lvef_pct: number 0..100' }],
    [
      'lvef_pct',
      Number.NaN,
      { problem: 'type', expected: 'number', min: 0, max: 100, message: 'lvef_pct: number 0..100' },
    ],
    ['ecg_normal', 'yes', { problem: 'type', expected: 'boolean', message: 'ecg_normal: boolean' }],
  ])('%s = %s is reported as a record and counts as unknown', (field, value, record) => {
    const result = evaluate(patient({ [field]: value }));
    expect(result.invalid).toEqual([{ field, ...record }]);
    expect(result.verdict).toBe('incomplete');
  });
  it('reports an unknown immunomodulator', () => {
    const result = evaluate(patient({ other_immunomodulators: ['aspirin'] }));
    expect(result.invalid[0]).toMatchObject({ field: 'other_immunomodulators', problem: 'enum', expected: 'list' });
    expect(result.invalid[0]!.values).toContain('mycophenolate');
  });
  it.each([null, undefined, 42, 'text', [], [1, 2]])('accepts %o without throwing', (input) => {
    expect(() => evaluate(input)).not.toThrow();
  });
  it('ignores prototype keys', () => {
    const input = JSON.parse('{"__proto__": {"mrss": 99}, "constructor": 1, "mrss": 20}');
    expect(evaluate(input).criteria.find((c) => c.id === 'I4')!.status).toBe('pass');
  });
});
