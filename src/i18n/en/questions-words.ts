/**
 * English: what the checker's script needs of its questions besides the words the page already shows
 * (each question's label and hint are read from the page: src/components/checker/hydrate.ts): `what`
 * for the error message and `answers` where they are not yes/no (the page holds every question, those
 * not asked yet hidden). Spread into ./questions.ts.
 */
export const questionWords = {
  age_years: {
    what: 'age in completed years',
  },
  urine_pregnancy_negative: {
    answers: { yes: 'Negative: not pregnant', no: 'Positive: pregnant' },
  },
  blood_pregnancy_positive: {
    answers: { no: 'Negative: not pregnant', yes: 'Positive: pregnant' },
  },
  autoantibody_positive: {
    answers: { no: 'Negative', yes: 'Positive' },
  },
  mrss: {
    what: 'the mRSS',
  },
  max_glucocorticoid_mg_per_kg_day: {
    what: 'the dose in mg/kg/day',
  },
  months_without_remission: {
    what: 'the number of months',
  },
  lvef_pct: {
    what: 'LVEF as a percentage',
  },
  ecg_normal: {
    answers: { yes: 'Normal, essentially normal, or no obvious abnormality', no: 'Obvious abnormality' },
  },
  egfr: {
    what: 'eGFR in mL/min/1.73 m²',
  },
  ast_x_uln: {
    what: 'AST as a multiple of ULN',
  },
  alt_x_uln: {
    what: 'ALT as a multiple of ULN',
  },
  bilirubin_x_uln: {
    what: 'bilirubin as a multiple of ULN',
  },
  spo2_pct: {
    what: 'SpO2 as a percentage',
  },
  dlco_pct_pred: {
    what: 'DLCO as a percentage of predicted',
  },
  fvc_pct_pred: {
    what: 'FVC as a percentage of predicted',
  },
  mpap_mmhg: {
    what: 'mPAP in mmHg',
  },
  hbsag_positive: {
    answers: { no: 'Negative', yes: 'Positive' },
  },
  hbcab_positive: {
    answers: { no: 'Negative', yes: 'Positive' },
  },
  hbv_dna_above_normal: {
    answers: { no: 'Normal, or not detected', yes: 'Above normal' },
  },
  hcv_ab_positive: {
    answers: { no: 'Negative', yes: 'Positive' },
  },
  hcv_rna_above_normal: {
    answers: { no: 'Normal, or not detected', yes: 'Above normal' },
  },
  hiv_ab_positive: {
    answers: { no: 'Negative', yes: 'Positive' },
  },
  treponema_ab_positive: {
    answers: { no: 'Negative', yes: 'Positive' },
  },
};
