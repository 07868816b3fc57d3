/**
 * How the criteria's facts are named in the FHIR records: this site's fact id (in the code system
 * FACT_SYSTEM, the ids of /records/criteria.json), the English label, a standard code only where one
 * plainly fits (LOINC for age, LVEF and SpO2 by pulse oximetry; SNOMED CT for the diseases named as such,
 * no broader than the criterion: active tuberculosis, acute myocardial infarction), and UCUM units.
 * Facts with no fitting code (mRSS, x ULN values, % predicted, yes/no answers about history) are text.
 */
import type { FactId, Unit } from '../criteria';

/**
 * The code system of the fact ids (and the immunomodulator ids of `other_immunomodulators`): a fixed,
 * origin-free identifier, the same wherever the site is published; criteria.json names it as `codeSystem`.
 */
export const FACT_SYSTEM = 'urn:uuid:6b1f3c0e-8d2a-4f57-9c41-2e7a5d9b0f18';

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';

export const STANDARD_CODES: Partial<Record<FactId, { system: string; code: string; display: string }>> = {
  age_years: { system: LOINC, code: '30525-0', display: 'Age' },
  lvef_pct: { system: LOINC, code: '10230-1', display: 'Left ventricular Ejection fraction' },
  spo2_pct: { system: LOINC, code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry' },
  active_tuberculosis: { system: SNOMED, code: '427099000', display: 'Active tuberculosis' },
  congenital_heart_disease: { system: SNOMED, code: '13213009', display: 'Congenital heart disease' },
  recent_myocardial_infarction: { system: SNOMED, code: '57054005', display: 'Acute myocardial infarction' },
  known_malignancy: { system: SNOMED, code: '363346000', display: 'Malignant neoplastic disease' },
};

/** SNOMED CT for the study's condition. */
export const SYSTEMIC_SCLEROSIS = { system: SNOMED, code: '89155008', display: 'Systemic sclerosis' };

const UCUM = 'http://unitsofmeasure.org';

/** A time window's unit as a FHIR Quantity writes it (UCUM: wk = 7 d, mo = 30.4375 d). */
export const WINDOW_UNITS = {
  weeks: { unit: 'weeks', system: UCUM, code: 'wk' },
  months: { unit: 'months', system: UCUM, code: 'mo' },
} as const;

/** Each unit code as a FHIR Quantity's unit; UCUM where UCUM has it (x ULN has no UCUM unit). */
export const QUANTITY_UNITS: Record<Unit, { unit: string; system?: string; code?: string }> = {
  years: { unit: 'years', system: UCUM, code: 'a' },
  points: { unit: 'points', system: UCUM, code: '{score}' },
  mg_per_kg_day: { unit: 'mg/kg/day', system: UCUM, code: 'mg/kg/d' },
  months: { unit: 'months', system: UCUM, code: 'mo' },
  percent: { unit: '%', system: UCUM, code: '%' },
  ml_min_173: { unit: 'mL/min/1.73 m2', system: UCUM, code: 'mL/min/{1.73_m2}' },
  x_uln: { unit: '× ULN' },
  percent_predicted: { unit: '% of predicted', system: UCUM, code: '%' },
  mmhg: { unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
};
