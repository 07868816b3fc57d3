/**
 * The trial's criteria as data; wording lives in each language's module under src/i18n/. Every
 * threshold is the registry's number, quoted exactly (ClinicalTrials.gov, NCT06792344, eligibility).
 */
import {
  above,
  all,
  any,
  atLeast,
  atMost,
  no,
  thresholdsOf,
  yes,
  type Condition,
  type Rule,
  type Threshold,
} from './conditions';
import type { FactId } from './facts';

export type CriterionId =
  | 'I1'
  | 'I2'
  | 'I3'
  | 'I4'
  | 'I5'
  | 'I6'
  | 'I7'
  | 'I8'
  | 'E1'
  | 'E2'
  | 'E3'
  | 'E4'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'E9'
  | 'E10'
  | 'E11'
  | 'E12';

export interface Criterion {
  id: CriterionId;
  rule: Rule;
}

/** Evaluated criteria. E13 (the investigators' judgement) is a standing note: see STANDING_NOTE_ID. */
export const CRITERIA: readonly Criterion[] = [
  // Registry: "age >= 5 years"; the listing gives ages 5-18.
  { id: 'I1', rule: { kind: 'inclusion', require: all(atLeast('age_years', 5), atMost('age_years', 18)) } },
  { id: 'I2', rule: { kind: 'inclusion', require: yes('ssc_classification_met') } },
  { id: 'I3', rule: { kind: 'inclusion', require: yes('autoantibody_positive') } },
  // Registry: "mRSS >= 15 points (total 51 points)".
  { id: 'I4', rule: { kind: 'inclusion', require: atLeast('mrss', 15) } },
  {
    id: 'I5',
    rule: {
      kind: 'inclusion',
      // Registry: glucocorticoids >= 0.5 mg/kg/d and cyclophosphamide and >= 1 other immunomodulator,
      // without significant remission for more than 3 months.
      require: all(
        atLeast('max_glucocorticoid_mg_per_kg_day', 0.5),
        yes('cyclophosphamide_received'),
        { kind: 'nonEmpty', fact: 'other_immunomodulators' },
        above('months_without_remission', 3),
      ),
      // Registry: or rapid progression with routine treatment ineffective, as judged by the investigator.
      reviewIf: yes('rapid_progression_refractory'),
    },
  },
  {
    id: 'I6',
    rule: {
      kind: 'inclusion',
      // Registry: LVEF >= 55%, ECG without obvious abnormality, eGFR >= 30 mL/min/1.73 m2,
      // AST and ALT <= 3.0 x ULN, total bilirubin <= 2.0 x ULN, SpO2 >= 92%, DLCO >= 40%, FVC >= 50% predicted.
      require: all(
        atLeast('lvef_pct', 55),
        yes('ecg_normal'),
        atLeast('egfr', 30),
        atMost('ast_x_uln', 3.0),
        atMost('alt_x_uln', 3.0),
        atMost('bilirubin_x_uln', 2.0),
        atLeast('spo2_pct', 92),
        atLeast('dlco_pct_pred', 40),
        atLeast('fvc_pct_pred', 50),
      ),
    },
  },
  {
    id: 'I7',
    rule: {
      kind: 'inclusion',
      require: any(no('childbearing_potential'), all(yes('urine_pregnancy_negative'), yes('contraception_agreed'))),
    },
  },
  { id: 'I8', rule: { kind: 'inclusion', require: yes('consent_willing') } },
  {
    id: 'E1',
    rule: {
      kind: 'exclusion',
      // Registry: severe pulmonary hypertension, mean pulmonary pressure > 45 mmHg. A measured pressure
      // outranks the yes/no answer.
      failIf: any(
        { kind: 'measuredElse', measured: above('mpap_mmhg', 45), otherwise: yes('severe_pulmonary_hypertension') },
        yes('other_severe_organ_involvement'),
      ),
    },
  },
  // The investigators may rule the risk of earlier CAR-T therapy out.
  { id: 'E2', rule: { kind: 'exclusion', reviewIf: yes('prior_car_t') } },
  { id: 'E3', rule: { kind: 'exclusion', failIf: yes('active_cns_disease') } },
  {
    id: 'E4',
    rule: {
      kind: 'exclusion',
      failIf: any(
        yes('congenital_heart_disease'),
        yes('recent_myocardial_infarction'),
        yes('severe_arrhythmia'),
        yes('pericardial_or_myocardial_disease'),
        yes('vasoactive_support'),
      ),
    },
  },
  { id: 'E5', rule: { kind: 'exclusion', failIf: yes('active_tuberculosis') } },
  { id: 'E6', rule: { kind: 'exclusion', failIf: yes('active_infection') } },
  {
    id: 'E7',
    rule: {
      kind: 'exclusion',
      failIf: any(yes('transplant_within_3_months'), yes('acute_gvhd_grade2_within_2_weeks')),
    },
  },
  {
    id: 'E8',
    rule: {
      kind: 'exclusion',
      failIf: any(
        all(any(yes('hbsag_positive'), yes('hbcab_positive')), yes('hbv_dna_above_normal')),
        all(yes('hcv_ab_positive'), yes('hcv_rna_above_normal')),
        yes('hiv_ab_positive'),
        yes('treponema_ab_positive'),
      ),
    },
  },
  { id: 'E9', rule: { kind: 'exclusion', failIf: yes('live_vaccine_within_4_weeks') } },
  {
    id: 'E10',
    rule: { kind: 'exclusion', failIf: all(yes('childbearing_potential'), yes('blood_pregnancy_positive')) },
  },
  { id: 'E11', rule: { kind: 'exclusion', failIf: yes('known_malignancy') } },
  { id: 'E12', rule: { kind: 'exclusion', failIf: yes('other_trial_within_3_months') } },
];

/** E13: "situations in which other investigators consider it inappropriate": never asked, never decides. */
const STANDING_NOTE_ID = 'E13';

/** Every criterion of the registry, the standing note E13 included. */
export type CriterionTextId = CriterionId | typeof STANDING_NOTE_ID;

/** All criterion ids in page order, E13 included. */
export const ALL_CRITERION_IDS: readonly CriterionTextId[] = [...CRITERIA.map((c) => c.id), STANDING_NOTE_ID];

/** The conditions of a rule: what it requires, what fails it, what hands it to the study team. */
export function conditionsOf(rule: Rule): Condition[] {
  const out: Condition[] = [];
  if ('require' in rule) out.push(rule.require);
  if ('failIf' in rule) out.push(rule.failIf);
  if ('reviewIf' in rule && rule.reviewIf) out.push(rule.reviewIf);
  return out;
}

const ALL_THRESHOLDS = CRITERIA.flatMap(({ rule }) => conditionsOf(rule).flatMap(thresholdsOf));

/** The thresholds the criteria set on a fact, so that wording can quote them instead of typing them again. */
export function thresholdsOn(fact: FactId): Threshold[] {
  return ALL_THRESHOLDS.filter((t) => t.fact === fact);
}
