/** The small ratio calculators: multiples of ULN and glucocorticoid dose per kg. */
import type { Result } from './result';

/** Missing, not a number, negative, or 0 where 0 is not allowed. */
export const invalid = (value: number | undefined, allowZero: boolean) =>
  value === undefined || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0);

/** A lab value as a multiple of the lab's own upper limit of normal (each lab sets its own ULN). */
export function multipleOfUln(value: number | undefined, uln: number | undefined): Result {
  if (invalid(value, true)) return { ok: false, problem: 'value' };
  if (invalid(uln, false)) return { ok: false, problem: 'uln' };
  return { ok: true, value: value! / uln! };
}

/** Highest daily glucocorticoid dose (prednisone-equivalent, mg) per kg of body weight. */
export function mgPerKgPerDay(doseMg: number | undefined, weightKg: number | undefined): Result {
  if (invalid(doseMg, true)) return { ok: false, problem: 'dose' };
  if (invalid(weightKg, false)) return { ok: false, problem: 'weight' };
  return { ok: true, value: doseMg! / weightKg! };
}

/** Rounds for display; the filled answer is exactly the displayed text. */
export function rounded(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}
