/**
 * How the criteria's facts are named in the FHIR Group: this site's fact id (in the system of
 * /records/criteria.json), the English label, a standard code only where one plainly fits (LOINC for
 * age, LVEF and SpO2 by pulse oximetry; SNOMED CT for the diseases named as such), and UCUM units.
 * Facts with no fitting code (mRSS, x ULN values, % predicted, yes/no answers about history) are text.
 */
import type { FactId, Unit } from '../criteria';

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';

export const STANDARD_CODES: Partial<Record<FactId, { system: string; code: string; display: string }>> = {
  age_years: { system: LOINC, code: '30525-0', display: 'Age' },
  lvef_pct: { system: LOINC, code: '10230-1', display: 'Left ventricular Ejection fraction' },
  spo2_pct: { system: LOINC, code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry' },
  active_tuberculosis: { system: SNOMED, code: '56717001', display: 'Tuberculosis' },
  congenital_heart_disease: { system: SNOMED, code: '13213009', display: 'Congenital heart disease' },
  recent_myocardial_infarction: { system: SNOMED, code: '22298006', display: 'Myocardial infarction' },
  known_malignancy: { system: SNOMED, code: '363346000', display: 'Malignant neoplastic disease' },
};

/** SNOMED CT for the study's condition. */
export const SYSTEMIC_SCLEROSIS = { system: SNOMED, code: '89155008', display: 'Systemic sclerosis' };

const UCUM = 'http://unitsofmeasure.org';

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
