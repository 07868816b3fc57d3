/**
 * Where each fact comes from: the test or record a parent can ask the child's doctor for. Language-free
 * codes; each language names them (src/i18n/<lang>/checker.ts, `sources`).
 */
import type { FactId } from './facts';

/**
 * Each source with the facts it gives, every fact under exactly one (test/unit/sources.test.ts); the
 * sources in the order a family would gather them: what they know, then the doctors' records and tests.
 */
export const SOURCE_FACTS = {
  family: ['age_years', 'childbearing_potential', 'contraception_agreed', 'consent_willing'],
  treatmentHistory: [
    'max_glucocorticoid_mg_per_kg_day',
    'cyclophosphamide_received',
    'other_immunomodulators',
    'months_without_remission',
    'prior_car_t',
    'transplant_within_3_months',
    'live_vaccine_within_4_weeks',
    'other_trial_within_3_months',
  ],
  rheumatologist: ['ssc_classification_met', 'mrss', 'rapid_progression_refractory'],
  bloodTests: [
    'autoantibody_positive',
    'egfr',
    'ast_x_uln',
    'alt_x_uln',
    'bilirubin_x_uln',
    'hbsag_positive',
    'hbcab_positive',
    'hbv_dna_above_normal',
    'hcv_ab_positive',
    'hcv_rna_above_normal',
    'hiv_ab_positive',
    'treponema_ab_positive',
  ],
  heartUltrasound: ['lvef_pct'],
  ecg: ['ecg_normal'],
  lungFunction: ['dlco_pct_pred', 'fvc_pct_pred'],
  fingerClip: ['spo2_pct'],
  heartCatheter: ['mpap_mmhg'],
  pregnancyTests: ['urine_pregnancy_negative', 'blood_pregnancy_positive'],
  medicalRecords: [
    'severe_pulmonary_hypertension',
    'other_severe_organ_involvement',
    'active_cns_disease',
    'congenital_heart_disease',
    'recent_myocardial_infarction',
    'severe_arrhythmia',
    'pericardial_or_myocardial_disease',
    'vasoactive_support',
    'active_tuberculosis',
    'active_infection',
    'acute_gvhd_grade2_within_2_weeks',
    'known_malignancy',
  ],
} as const satisfies Record<string, readonly FactId[]>;

export type Source = keyof typeof SOURCE_FACTS;
export const SOURCES = Object.keys(SOURCE_FACTS) as Source[];

/** The facts grouped by where to find them, groups and facts in a stable order; empty groups left out. */
export function bySource(facts: readonly FactId[]): [Source, FactId[]][] {
  return SOURCES.map(
    (source) =>
      [source, facts.filter((fact) => (SOURCE_FACTS[source] as readonly FactId[]).includes(fact))] as [
        Source,
        FactId[],
      ],
  ).filter(([, group]) => group.length > 0);
}
