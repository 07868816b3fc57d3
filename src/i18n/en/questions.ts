/**
 * English: the checker's questions, by fact id: `label`, `hint`, and for numbers `what` for the error
 * message. Numbers in hints are placeholders filled from the criteria data (src/i18n/format.ts):
 * {min} and {max} the accepted range, {atLeast}, {atMost} and {above} the trial's thresholds.
 */
export const questions = {
  age_years: {
    label: 'Age',
    hint: 'In completed years, {min} to {max}. The trial takes ages {atLeast} to {atMost}.',
    what: 'age in completed years',
  },
  childbearing_potential: {
    label: 'Could the child become pregnant?',
    hint: 'Yes for a girl who has started her periods, or who could otherwise become pregnant.',
  },
  urine_pregnancy_negative: { label: 'Is the urine pregnancy test negative?', hint: '' },
  contraception_agreed: {
    label: 'Does the young person agree to use effective contraception until 1 year after the infusion?',
    hint: '',
  },
  blood_pregnancy_positive: { label: 'Is the blood pregnancy test positive?', hint: '' },
  consent_willing: {
    label: 'Is the patient, or their parent or guardian, willing to give written informed consent?',
    hint: 'Either one is enough: the registry says the patient or the guardian agrees.',
  },
  ssc_classification_met: {
    label: 'Does the child meet the 2013 ACR/EULAR classification criteria for systemic sclerosis?',
    hint: 'A total score of {classification} or more.',
  },
  autoantibody_positive: { label: 'Is any antinuclear antibody (ANA) or SSc-specific antibody positive?', hint: '' },
  mrss: {
    label: 'Modified Rodnan skin score (mRSS)',
    hint: 'Points, a whole number from {min} to {max}. The trial needs {atLeast} or more.',
    what: 'the mRSS',
  },
  max_glucocorticoid_mg_per_kg_day: {
    label: 'Highest daily glucocorticoid dose received',
    hint: 'Prednisone-equivalent, mg/kg/day, {min} to {max}. The trial needs {atLeast} or more.',
    what: 'the dose in mg/kg/day',
  },
  cyclophosphamide_received: { label: 'Has the child received cyclophosphamide?', hint: '' },
  other_immunomodulators: {
    label: 'Which other immunomodulators has the child received?',
    hint: 'Tick all that apply. The list is not complete: tick “another immunomodulator” for one not named here. The trial needs at least one.',
  },
  months_without_remission: {
    label: 'Months on this treatment without significant remission',
    hint: 'Months, {min} to {max}. The trial needs more than {above}.',
    what: 'the number of months',
  },
  rapid_progression_refractory: {
    label: 'Is the disease progressing rapidly with routine treatment not working?',
    hint: 'The other way into the trial; the study team then decides.',
  },
  prior_car_t: { label: 'Has the child had CAR-T cell therapy before?', hint: '' },
  other_trial_within_3_months: {
    label: 'Has the child been in another interventional clinical trial in the last 3 months?',
    hint: '',
  },
  lvef_pct: {
    label: 'Left ventricular ejection fraction (LVEF)',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    what: 'LVEF as a percentage',
  },
  ecg_normal: { label: 'Is the ECG free of obvious abnormality?', hint: '' },
  egfr: {
    label: 'eGFR',
    hint: 'mL/min/1.73 m², {min} to {max}. The trial needs {atLeast} or more.',
    what: 'eGFR in mL/min/1.73 m²',
  },
  ast_x_uln: {
    label: 'AST as a multiple of the upper limit of normal (ULN)',
    hint: 'For example 1.5 for 1.5 × ULN; {min} to {max}. The trial needs {atMost} or less.',
    what: 'AST as a multiple of ULN',
  },
  alt_x_uln: {
    label: 'ALT as a multiple of ULN',
    hint: '{min} to {max}. The trial needs {atMost} or less.',
    what: 'ALT as a multiple of ULN',
  },
  bilirubin_x_uln: {
    label: 'Total bilirubin as a multiple of ULN',
    hint: '{min} to {max}. The trial needs {atMost} or less.',
    what: 'bilirubin as a multiple of ULN',
  },
  spo2_pct: {
    label: 'Oxygen saturation (SpO2)',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    what: 'SpO2 as a percentage',
  },
  dlco_pct_pred: {
    label: 'DLCO, % of predicted',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    what: 'DLCO as a percentage of predicted',
  },
  fvc_pct_pred: {
    label: 'FVC, % of predicted',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    what: 'FVC as a percentage of predicted',
  },
  mpap_mmhg: {
    label: 'Mean pulmonary arterial pressure (mPAP), if measured',
    hint: 'mmHg, {min} to {max}, from a heart catheter. Above {above} rules the child out. A measured value is used instead of the next answer.',
    what: 'mPAP in mmHg',
  },
  severe_pulmonary_hypertension: {
    label: 'Does the child have severe pulmonary hypertension?',
    hint: 'High blood pressure in the lungs from any cause: the heart, the lungs or the blood vessels. Not only pulmonary arterial hypertension.',
  },
  other_severe_organ_involvement: { label: 'Is any other major organ severely affected?', hint: '' },
  active_cns_disease: {
    label: 'Does the child have active disease of the brain or nervous system?',
    hint: 'For example epilepsy, stroke or bleeding in the brain, dementia, cerebellar disease.',
  },
  congenital_heart_disease: { label: 'Does the child have congenital heart disease?', hint: '' },
  recent_myocardial_infarction: {
    label: 'Has the child had a heart attack (acute myocardial infarction) in the last 6 months?',
    hint: '',
  },
  severe_arrhythmia: {
    label: 'Does the child have a severe arrhythmia?',
    hint: 'For example frequent multifocal supraventricular tachycardia, or ventricular tachycardia.',
  },
  pericardial_or_myocardial_disease: {
    label: 'Is there a large pericardial effusion or serious myocarditis?',
    hint: '',
  },
  vasoactive_support: { label: 'Does the child need vasoactive drugs to keep up blood pressure?', hint: '' },
  active_tuberculosis: { label: 'Does the child have active tuberculosis?', hint: '' },
  active_infection: { label: 'Is there an active or uncontrolled infection that needs systemic treatment?', hint: '' },
  hbsag_positive: { label: 'Is hepatitis B surface antigen (HBsAg) positive?', hint: '' },
  hbcab_positive: { label: 'Is hepatitis B core antibody (HBcAb) positive?', hint: '' },
  hbv_dna_above_normal: {
    label: 'Is hepatitis B virus DNA in the blood above the normal range?',
    hint: 'Asked because HBsAg or HBcAb is positive or not known.',
  },
  hcv_ab_positive: { label: 'Is hepatitis C virus (HCV) antibody positive?', hint: '' },
  hcv_rna_above_normal: {
    label: 'Is HCV RNA above the normal range?',
    hint: 'Asked because the HCV antibody is positive or not known.',
  },
  hiv_ab_positive: { label: 'Is the HIV antibody test positive?', hint: '' },
  treponema_ab_positive: { label: 'Is the Treponema pallidum (syphilis) antibody test positive?', hint: '' },
  live_vaccine_within_4_weeks: { label: 'Has the child had a live vaccine in the last 4 weeks?', hint: '' },
  transplant_within_3_months: {
    label: 'Has the child had an organ or stem cell transplant in the last 3 months?',
    hint: '',
  },
  acute_gvhd_grade2_within_2_weeks: {
    label: 'Has there been acute graft-versus-host disease of grade 2 or above in the last 2 weeks?',
    hint: '',
  },
  known_malignancy: { label: 'Has the child ever had a known cancer (malignancy)?', hint: '' },
};
