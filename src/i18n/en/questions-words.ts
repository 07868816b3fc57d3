/**
 * English: what the checker's script needs of its questions besides the words the page already shows
 * (each question's label and hint are read from the page: src/components/checker/hydrate.ts): each
 * number question's `what`, for its error message. Spread into ./questions.ts.
 */
export const questionWords = {
  age_years: {
    what: 'age in completed years',
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
};
