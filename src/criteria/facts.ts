/**
 * The facts the pre-screen asks about: ids, types, units and accepted ranges, as the project's data
 * dictionary fixes them from the registry's criteria (NCT06792344). Language-neutral: units are codes,
 * and question wording and unit labels live in each language's module under src/i18n/.
 */

/**
 * The other immunomodulators that count towards criterion I5. The registry's list ends in "etc.", so it
 * is open: `other_immunomodulator` is one it does not name, and counts the same.
 */
export const IMMUNOMODULATORS = [
  'antimalarial',
  'azathioprine',
  'mycophenolate',
  'methotrexate',
  'leflunomide',
  'tacrolimus',
  'cyclosporine',
  'rituximab',
  'belimumab',
  'telitacicept',
  'other_biologic',
  'other_immunomodulator',
] as const;
export type Immunomodulator = (typeof IMMUNOMODULATORS)[number];

/** Units as codes; each language labels them. */
export type Unit =
  'years' | 'points' | 'mg_per_kg_day' | 'months' | 'percent' | 'ml_min_173' | 'x_uln' | 'percent_predicted' | 'mmhg';

interface BooleanFact {
  type: 'boolean';
}
interface NumberFact {
  /** 'integer' accepts whole numbers only. */
  type: 'integer' | 'number';
  min: number;
  max: number;
  unit: Unit;
}
interface EnumListFact {
  type: 'enum[]';
  values: readonly Immunomodulator[];
}
export type FactSpec = BooleanFact | NumberFact | EnumListFact;

const yesNo: BooleanFact = { type: 'boolean' };
const range = (type: NumberFact['type'], min: number, max: number, unit: Unit): NumberFact => ({
  type,
  min,
  max,
  unit,
});

export const FACTS = {
  age_years: range('integer', 0, 120, 'years'),
  childbearing_potential: yesNo,
  ssc_classification_met: yesNo,
  autoantibody_positive: yesNo,
  mrss: range('integer', 0, 51, 'points'),
  max_glucocorticoid_mg_per_kg_day: range('number', 0, 30, 'mg_per_kg_day'),
  cyclophosphamide_received: yesNo,
  other_immunomodulators: { type: 'enum[]', values: IMMUNOMODULATORS },
  months_without_remission: range('number', 0, 600, 'months'),
  rapid_progression_refractory: yesNo,
  lvef_pct: range('number', 0, 100, 'percent'),
  ecg_normal: yesNo,
  egfr: range('number', 0, 300, 'ml_min_173'),
  ast_x_uln: range('number', 0, 1000, 'x_uln'),
  alt_x_uln: range('number', 0, 1000, 'x_uln'),
  bilirubin_x_uln: range('number', 0, 1000, 'x_uln'),
  spo2_pct: range('number', 0, 100, 'percent'),
  dlco_pct_pred: range('number', 0, 300, 'percent_predicted'),
  fvc_pct_pred: range('number', 0, 300, 'percent_predicted'),
  urine_pregnancy_negative: yesNo,
  contraception_agreed: yesNo,
  consent_willing: yesNo,
  mpap_mmhg: range('number', 0, 150, 'mmhg'),
  severe_pulmonary_hypertension: yesNo,
  other_severe_organ_involvement: yesNo,
  prior_car_t: yesNo,
  active_cns_disease: yesNo,
  congenital_heart_disease: yesNo,
  recent_myocardial_infarction: yesNo,
  severe_arrhythmia: yesNo,
  pericardial_or_myocardial_disease: yesNo,
  vasoactive_support: yesNo,
  active_tuberculosis: yesNo,
  active_infection: yesNo,
  transplant_within_3_months: yesNo,
  acute_gvhd_grade2_within_2_weeks: yesNo,
  hbsag_positive: yesNo,
  hbcab_positive: yesNo,
  hbv_dna_above_normal: yesNo,
  hcv_ab_positive: yesNo,
  hcv_rna_above_normal: yesNo,
  hiv_ab_positive: yesNo,
  treponema_ab_positive: yesNo,
  live_vaccine_within_4_weeks: yesNo,
  blood_pregnancy_positive: yesNo,
  known_malignancy: yesNo,
  other_trial_within_3_months: yesNo,
} as const satisfies Record<string, FactSpec>;

export type FactId = keyof typeof FACTS;
export const FACT_IDS = Object.keys(FACTS) as FactId[];

/**
 * The time windows that are part of a yes/no fact's meaning, as the registry words them: the event
 * happened within `value` `unit` before `before` (the records state them; the questions ask about them).
 */
export const FACT_WINDOWS = {
  recent_myocardial_infarction: { value: 6, unit: 'months', before: 'screening' },
  transplant_within_3_months: { value: 3, unit: 'months', before: 'screening' },
  acute_gvhd_grade2_within_2_weeks: { value: 2, unit: 'weeks', before: 'screening' },
  live_vaccine_within_4_weeks: { value: 4, unit: 'weeks', before: 'screening' },
  other_trial_within_3_months: { value: 3, unit: 'months', before: 'enrolment' },
} as const satisfies Partial<Record<FactId, { value: number; unit: 'weeks' | 'months'; before: string }>>;

/** A parsed answer set: a missing key means "not known yet". */
export type Answers = {
  [K in FactId]?: (typeof FACTS)[K] extends BooleanFact
    ? boolean
    : (typeof FACTS)[K] extends EnumListFact
      ? Immunomodulator[]
      : number;
};
