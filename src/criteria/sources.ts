/**
 * Where each fact comes from: the test or record a parent can ask the child's doctor for. Language-free
 * codes; each language names them (src/i18n/<lang>/checker.ts, `sources`).
 */
import type { FactId } from './facts';

/** In the order a family would gather them: what they know, then the doctors' records and tests. */
export const SOURCES = [
  'family',
  'treatmentHistory',
  'rheumatologist',
  'bloodTests',
  'heartUltrasound',
  'ecg',
  'lungFunction',
  'fingerClip',
  'heartCatheter',
  'pregnancyTests',
  'medicalRecords',
] as const;
export type Source = (typeof SOURCES)[number];

export const FACT_SOURCE: Record<FactId, Source> = {
  age_years: 'family',
  childbearing_potential: 'family',
  contraception_agreed: 'family',
  consent_willing: 'family',
  ssc_classification_met: 'rheumatologist',
  autoantibody_positive: 'bloodTests',
  mrss: 'rheumatologist',
  max_glucocorticoid_mg_per_kg_day: 'treatmentHistory',
  cyclophosphamide_received: 'treatmentHistory',
  other_immunomodulators: 'treatmentHistory',
  months_without_remission: 'treatmentHistory',
  rapid_progression_refractory: 'rheumatologist',
  lvef_pct: 'heartUltrasound',
  ecg_normal: 'ecg',
  egfr: 'bloodTests',
  ast_x_uln: 'bloodTests',
  alt_x_uln: 'bloodTests',
  bilirubin_x_uln: 'bloodTests',
  spo2_pct: 'fingerClip',
  dlco_pct_pred: 'lungFunction',
  fvc_pct_pred: 'lungFunction',
  urine_pregnancy_negative: 'pregnancyTests',
  blood_pregnancy_positive: 'pregnancyTests',
  mpap_mmhg: 'heartCatheter',
  severe_pulmonary_hypertension: 'medicalRecords',
  other_severe_organ_involvement: 'medicalRecords',
  prior_car_t: 'treatmentHistory',
  active_cns_disease: 'medicalRecords',
  congenital_heart_disease: 'medicalRecords',
  recent_myocardial_infarction: 'medicalRecords',
  severe_arrhythmia: 'medicalRecords',
  pericardial_or_myocardial_disease: 'medicalRecords',
  vasoactive_support: 'medicalRecords',
  active_tuberculosis: 'medicalRecords',
  active_infection: 'medicalRecords',
  transplant_within_3_months: 'treatmentHistory',
  acute_gvhd_grade2_within_2_weeks: 'medicalRecords',
  hbsag_positive: 'bloodTests',
  hbcab_positive: 'bloodTests',
  hbv_dna_above_normal: 'bloodTests',
  hcv_ab_positive: 'bloodTests',
  hcv_rna_above_normal: 'bloodTests',
  hiv_ab_positive: 'bloodTests',
  treponema_ab_positive: 'bloodTests',
  live_vaccine_within_4_weeks: 'treatmentHistory',
  known_malignancy: 'medicalRecords',
  other_trial_within_3_months: 'treatmentHistory',
};

/** The facts grouped by where to find them, groups and facts in a stable order; empty groups left out. */
export function bySource(facts: readonly FactId[]): [Source, FactId[]][] {
  return SOURCES.map(
    (source) => [source, facts.filter((fact) => FACT_SOURCE[fact] === source)] as [Source, FactId[]],
  ).filter(([, group]) => group.length > 0);
}
