/**
 * Paediatric eGFR from serum creatinine, in mL/min/1.73 m². Each function returns a number, or a
 * problem code saying what to enter (each language words it).
 */
import type { Problem, Result } from './result';
import { invalid } from './simple';

/** The two units laboratories report serum creatinine in. */
export type CreatinineUnit = 'mg/dL' | 'µmol/L';

/**
 * mg/dL = µmol/L / 88.4 (the molar mass conversion used with both equations below; Schwartz GJ et al.,
 * J Am Soc Nephrol 2009;20:629-637 and Pierce CB et al., Kidney Int 2021;99:948-956 take mg/dL).
 */
const UMOL_PER_MG_DL = 88.4;

export function creatinineMgDl(value: number, unit: CreatinineUnit): number {
  return unit === 'mg/dL' ? value : value / UMOL_PER_MG_DL;
}

/**
 * A child's serum creatinine is about 15-90 µmol/L (about 0.2-1.0 mg/dL): a value of 10 or more is
 * almost certainly in µmol/L, a value under 2 almost certainly in mg/dL. Mainland Chinese laboratories
 * report µmol/L (national reference intervals WS/T 404.5-2015, WS/T 780-2021), as do the UK, Europe and
 * Australia; US laboratories report mg/dL. The names are the placeholders of the words that quote them.
 */
export const CHILD_CREATININE = {
  umolLow: 15,
  umolHigh: 90,
  mgLow: 0.2,
  mgHigh: 1.0,
  /** At or above this, almost certainly µmol/L; below 2, almost certainly mg/dL (and under 10 far below a child's µmol/L). */
  surelyUmol: 10,
} as const;

/**
 * The unit a creatinine value is almost certainly in when the chosen unit makes it implausible for a
 * child, else undefined: 38 "mg/dL" is almost certainly µmol/L; 0.5 "µmol/L" almost certainly mg/dL.
 * A value from 2 to under 10 in µmol/L is far below a child's range too: mg/dL is then the likely unit.
 */
export function likelyCreatinineUnit(value: number, unit: CreatinineUnit): CreatinineUnit | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  if (unit === 'mg/dL' && value >= CHILD_CREATININE.surelyUmol) return 'µmol/L';
  if (unit === 'µmol/L' && value < CHILD_CREATININE.surelyUmol) return 'mg/dL';
  return undefined;
}

const notPositive = (value: number | undefined) => invalid(value, false);

/** Bedside Schwartz was derived at ages 1 to 16 (Schwartz GJ et al., J Am Soc Nephrol 2009;20:629-637). */
export const SCHWARTZ_AGES = { min: 1, max: 16 } as const;

/**
 * Bedside Schwartz: 0.413 × height (cm) / creatinine (mg/dL). Schwartz GJ et al., J Am Soc Nephrol
 * 2009;20:629-637; enzymatic (IDMS-traceable) creatinine.
 */
export function bedsideSchwartz(
  heightCm: number | undefined,
  creatinine: number | undefined,
  ageYears?: number,
): Result {
  if (notPositive(heightCm)) return { ok: false, problem: 'height' };
  if (notPositive(creatinine)) return { ok: false, problem: 'creatinine' };
  if (ageYears !== undefined && (ageYears < SCHWARTZ_AGES.min || ageYears > SCHWARTZ_AGES.max))
    return { ok: false, problem: 'schwartzAge' };
  return { ok: true, value: (0.413 * heightCm!) / creatinine! };
}

/** CKiD U25 is for ages 1 to 25 ("under 25": up to the 26th birthday). Pierce CB et al., Kidney Int 2021;99:948-956. */
export const CKID_AGES = { min: 1, max: 25 } as const;

/** The age limits a problem's words quote ({min}, {max}). */
export const AGE_LIMITS: Partial<Record<Problem, { min: number; max: number }>> = {
  schwartzAge: SCHWARTZ_AGES,
  ckidAge: CKID_AGES,
};

/**
 * CKiD U25: K × height (m) / creatinine (mg/dL), K by sex and age (decimal years). Pierce CB et al.,
 * Kidney Int 2021;99:948-956. Check value from the authors' code: male, 11 y, 1.2 m, 0.9 mg/dL -> 51.6.
 */
export function ckidU25K(sex: 'male' | 'female', age: number): number {
  if (sex === 'male') return age < 12 ? 39.0 * 1.008 ** (age - 12) : age < 18 ? 39.0 * 1.045 ** (age - 12) : 50.8;
  return age < 12 ? 36.1 * 1.008 ** (age - 12) : age < 18 ? 36.1 * 1.023 ** (age - 12) : 41.4;
}

export function ckidU25(
  sex: 'male' | 'female' | undefined,
  ageYears: number | undefined,
  heightCm: number | undefined,
  creatinine: number | undefined,
): Result {
  if (notPositive(heightCm)) return { ok: false, problem: 'height' };
  if (notPositive(creatinine)) return { ok: false, problem: 'creatinine' };
  if (sex === undefined) return { ok: false, problem: 'sex' };
  if (ageYears === undefined || !Number.isFinite(ageYears)) return { ok: false, problem: 'age' };
  if (ageYears < CKID_AGES.min || ageYears >= CKID_AGES.max + 1) return { ok: false, problem: 'ckidAge' };
  return { ok: true, value: (ckidU25K(sex, ageYears) * (heightCm! / 100)) / creatinine! };
}
