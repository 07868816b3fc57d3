/** The small ratio calculators: multiples of ULN and glucocorticoid dose per kg. */
import type { Result } from './egfr';

/** A lab value as a multiple of the lab's own upper limit of normal (CLINICAL-REFERENCE.md, "ULN"). */
export function multipleOfUln(value: number | undefined, uln: number | undefined): Result {
  if (value === undefined || !Number.isFinite(value) || value < 0) return { ok: false, message: 'Enter the result as a number, 0 or more' };
  if (uln === undefined || !Number.isFinite(uln) || uln <= 0) return { ok: false, message: "Enter the lab's upper limit of normal, more than 0" };
  return { ok: true, value: value / uln };
}

/** Highest daily glucocorticoid dose (prednisone-equivalent, mg) per kg of body weight. */
export function mgPerKgPerDay(doseMg: number | undefined, weightKg: number | undefined): Result {
  if (doseMg === undefined || !Number.isFinite(doseMg) || doseMg < 0) return { ok: false, message: 'Enter the daily dose in mg, 0 or more' };
  if (weightKg === undefined || !Number.isFinite(weightKg) || weightKg <= 0) return { ok: false, message: 'Enter weight in kg, more than 0' };
  return { ok: true, value: doseMg / weightKg };
}

/** Rounds for display; the filled answer is exactly the displayed text. */
export function rounded(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}
