/**
 * English: the checker's questions, by fact id: `label`, `hint`, and for numbers `what` for the error
 * message. Numbers in hints are placeholders filled from the criteria data (src/i18n/format.ts):
 * {min} and {max} the accepted range, {atLeast}, {atMost} and {above} the trial's thresholds.
 */
import { questionWords } from './questions-words';
import { infectionQuestions } from './questions-infections';

export const questions = {
  age_years: {
    label: 'Age',
    hint: 'In completed years ({atMost} and a half is {atMost}), {min} to {max}. The trial takes ages {atLeast} to {atMost}.',
    ...questionWords.age_years,
  },
  childbearing_potential: {
    label: 'Is the child of childbearing age?',
    hint: 'These are the registry’s words, and they are not only about adult women. Answer Yes for a girl who has started her periods or could otherwise become pregnant: the pregnancy test questions follow. For a boy, answer No here. The study team explains how this criterion, and contraception, applies to each child, boys included.',
  },
  urine_pregnancy_negative: {
    label: 'What was the urine pregnancy test result?',
    hint: '',
    answers: { yes: 'Negative: not pregnant', no: 'Positive: pregnant' },
  },
  contraception_agreed: {
    label: 'Does the young person agree to use effective contraception until 1 year after the infusion?',
    hint: '',
  },
  blood_pregnancy_positive: {
    label: 'What was the blood pregnancy test result?',
    hint: '',
    answers: { no: 'Negative: not pregnant', yes: 'Positive: pregnant' },
  },
  consent_willing: {
    label: 'Is the patient, or their parent or guardian, willing to give written informed consent?',
    hint: 'The registry says the patient or the guardian agrees and signs. The study team explains who signs.',
  },
  ssc_classification_met: {
    label: 'Does the child meet the 2013 ACR/EULAR classification criteria for systemic sclerosis?',
    hint: 'A total score of {classification} or more.',
  },
  autoantibody_positive: {
    label: 'Is any antinuclear antibody (ANA) or SSc-specific antibody positive?',
    hint: '',
    answers: { no: 'Negative', yes: 'Positive' },
  },
  mrss: {
    label: 'Modified Rodnan skin score (mRSS)',
    hint: 'Points, a whole number from {min} to {max}. The trial needs {atLeast} or more.',
    ...questionWords.mrss,
  },
  max_glucocorticoid_mg_per_kg_day: {
    label: 'Highest daily glucocorticoid dose received (not necessarily today’s)',
    hint: 'Prednisone-equivalent, mg/kg/day, {min} to {max}. The trial needs {atLeast} or more. For another glucocorticoid, such as methylprednisolone, the calculator below converts the dose to prednisone. The registry does not say whether intravenous pulses count: the study team judges.',
    ...questionWords.max_glucocorticoid_mg_per_kg_day,
  },
  cyclophosphamide_received: { label: 'Has the child received cyclophosphamide?', hint: '' },
  other_immunomodulators: {
    label: 'Which other immunomodulators has the child received?',
    hint: 'Tick all that apply. The list is not complete: tick “another immunomodulator” for one not named here. The trial needs at least one.',
  },
  months_without_remission: {
    label: 'Months without significant remission, despite these treatments',
    hint: 'Months, up to today, {min} to {max}; part of a month as a decimal (3 and a half months is 3.5). The trial needs more than {above}. The registry does not say from which day the months count: if these treatments (the glucocorticoid, cyclophosphamide and another immunomodulator) began at different times, count from the first, and tell the study team when each began. For whether there was significant remission, ask the child’s doctor.',
    ...questionWords.months_without_remission,
  },
  rapid_progression_refractory: {
    label: 'Is the disease progressing rapidly with routine treatment not working?',
    hint: 'The other way into the trial; the study team then decides.',
  },
  prior_car_t: { label: 'Has the child had CAR-T cell therapy before?', hint: '' },
  other_trial_within_3_months: {
    label: 'Has the child been in another interventional clinical trial in the last 3 months?',
    hint: 'A trial that gives a treatment or a test as part of the study, such as a new medicine. A study that only collects information does not count.',
  },
  lvef_pct: {
    label: 'Left ventricular ejection fraction (LVEF)',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more. Enter the ejection fraction (EF), not the fractional shortening (FS) printed beside it.',
    ...questionWords.lvef_pct,
  },
  ecg_normal: {
    label: 'Is the ECG (heart tracing) normal?',
    hint: 'If the report names a finding (such as “sinus arrhythmia”), ask the child’s doctor whether it is an obvious abnormality; until then, answer Don’t know.',
    answers: { yes: 'Normal, essentially normal, or no obvious abnormality', no: 'Obvious abnormality' },
  },
  egfr: {
    label: 'eGFR',
    hint: 'mL/min/1.73 m², {min} to {max}. The trial needs {atLeast} or more.',
    ...questionWords.egfr,
  },
  ast_x_uln: {
    label: 'AST as a multiple of the upper limit of normal (ULN)',
    hint: 'For example 1.5 for 1.5 × ULN; {min} to {max}. The trial needs {atMost} or less.',
    ...questionWords.ast_x_uln,
  },
  alt_x_uln: {
    label: 'ALT as a multiple of ULN',
    hint: '{min} to {max}. The trial needs {atMost} or less.',
    ...questionWords.alt_x_uln,
  },
  bilirubin_x_uln: {
    label: 'Total bilirubin as a multiple of ULN',
    hint: '{min} to {max}. The trial needs {atMost} or less.',
    ...questionWords.bilirubin_x_uln,
  },
  spo2_pct: {
    label: 'Oxygen saturation (SpO2)',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    ...questionWords.spo2_pct,
  },
  dlco_pct_pred: {
    label: 'DLCO, % of predicted',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    ...questionWords.dlco_pct_pred,
  },
  fvc_pct_pred: {
    label: 'FVC, % of predicted',
    hint: 'Percentage, {min} to {max}. The trial needs {atLeast} or more.',
    ...questionWords.fvc_pct_pred,
  },
  mpap_mmhg: {
    label: 'Mean pulmonary arterial pressure (mPAP) from a right heart catheter',
    hint: 'mmHg, {min} to {max}. Only the mean pressure a right heart catheter measured counts. A heart ultrasound (echo) report’s estimated pulmonary artery pressure is a different number: do not enter it here. Without a catheter value, leave this empty: that means Don’t know. Above {above} rules the child out; a value here is used instead of the next answer.',
    ...questionWords.mpap_mmhg,
  },
  severe_pulmonary_hypertension: {
    label: 'Does the child have severe pulmonary hypertension?',
    hint: 'High blood pressure in the lungs from any cause: the heart, the lungs or the blood vessels. Reports may call it pulmonary arterial hypertension; that counts too. Answer from the doctor’s diagnosis, not from an echo estimate. If you are not sure, answer Don’t know.',
  },
  other_severe_organ_involvement: {
    label:
      'Apart from high blood pressure in the lungs, is another major organ, such as the heart, lungs or kidneys, severely damaged?',
    hint: 'Systemic sclerosis can affect the lungs, heart, kidneys and other organs (for example interstitial lung disease); having one of these is not in itself severe: this asks only about severe damage. The study team judges what is severe: if unsure, choose “Don’t know”.',
  },
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
  vasoactive_support: {
    label: 'Does the child need vasoactive drugs to keep up blood pressure?',
    hint: 'Only drugs that hold up a falling blood pressure count. Drugs that widen blood vessels, such as those for Raynaud’s, are not these.',
  },
  ...infectionQuestions,
  transplant_within_3_months: {
    label: 'Has the child had an organ or stem cell transplant in the last 3 months?',
    hint: '',
  },
  acute_gvhd_grade2_within_2_weeks: {
    label: 'Has there been acute graft-versus-host disease of grade 2 or above in the last 2 weeks?',
    hint: 'Asked even after “No” above: that question covers 3 months only, this one a transplant at any time.',
  },
  known_malignancy: {
    label: 'Is the child known to have a malignant disease (such as a malignant tumour)?',
    hint: 'A benign lump (such as a haemangioma) is not one.',
  },
};
