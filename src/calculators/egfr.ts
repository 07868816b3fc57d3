/**
 * Paediatric eGFR from serum creatinine (CLINICAL-REFERENCE.md, "Paediatric eGFR from creatinine").
 * Results in mL/min/1.73 m². Each function returns a number, or a message saying what to enter.
 */
export type Result = { ok: true; value: number } | { ok: false; message: string };

/** mg/dL = µmol/L / 88.4 (CLINICAL-REFERENCE.md, "Units"). */
export const UMOL_PER_MG_DL = 88.4;

export function creatinineMgDl(value: number, unit: 'mg/dL' | 'µmol/L'): number {
  return unit === 'mg/dL' ? value : value / UMOL_PER_MG_DL;
}

const positive = (value: number | undefined, message: string): string | undefined =>
  value === undefined || !Number.isFinite(value) || value <= 0 ? message : undefined;

/**
 * Bedside Schwartz: 0.413 × height (cm) / creatinine (mg/dL). Schwartz GJ et al., J Am Soc Nephrol
 * 2009;20:629-637; derived at ages 1-16 with enzymatic (IDMS-traceable) creatinine.
 */
export function bedsideSchwartz(heightCm: number | undefined, creatinine: number | undefined, ageYears?: number): Result {
  const problem =
    positive(heightCm, 'Enter height in centimetres, more than 0') ??
    positive(creatinine, 'Enter creatinine as a number more than 0');
  if (problem) return { ok: false, message: problem };
  if (ageYears !== undefined && (ageYears < 1 || ageYears > 16)) {
    return { ok: false, message: 'Bedside Schwartz was derived at ages 1 to 16: use CKiD U25 for this age' };
  }
  return { ok: true, value: (0.413 * heightCm!) / creatinine! };
}

/**
 * CKiD U25: K × height (m) / creatinine (mg/dL), K by sex and age (decimal years). Pierce CB et al.,
 * Kidney Int 2021;99:948-956. Check value from the authors' code: male, 11 y, 1.2 m, 0.9 mg/dL -> 51.6.
 */
export function ckidU25K(sex: 'male' | 'female', age: number): number {
  if (sex === 'male') return age < 12 ? 39.0 * 1.008 ** (age - 12) : age < 18 ? 39.0 * 1.045 ** (age - 12) : 50.8;
  return age < 12 ? 36.1 * 1.008 ** (age - 12) : age < 18 ? 36.1 * 1.023 ** (age - 12) : 41.4;
}

export function ckidU25(sex: 'male' | 'female' | undefined, ageYears: number | undefined, heightCm: number | undefined, creatinine: number | undefined): Result {
  const problem =
    positive(heightCm, 'Enter height in centimetres, more than 0') ??
    positive(creatinine, 'Enter creatinine as a number more than 0') ??
    (sex === undefined ? 'Choose the sex, which CKiD U25 needs' : undefined) ??
    (ageYears === undefined || !Number.isFinite(ageYears) ? 'Enter age in years, which CKiD U25 needs' : undefined);
  if (problem) return { ok: false, message: problem };
  // The equation is for ages 1 to 25 ("under 25").
  if (ageYears! < 1 || ageYears! >= 26) return { ok: false, message: 'CKiD U25 is for ages 1 to 25' };
  return { ok: true, value: (ckidU25K(sex!, ageYears!) * (heightCm! / 100)) / creatinine! };
}
