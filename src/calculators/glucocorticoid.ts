/**
 * Glucocorticoid doses as prednisone equivalents, for I5's ">= 0.5 mg/kg/day" (the registry says
 * glucocorticoids, and the checker asks for the prednisone-equivalent dose).
 */
import type { Result } from './result';
import { mgPerKgPerDay } from './simple';

/** The choices, as the calculator's radio values (part of the automation contract). */
export const GLUCOCORTICOIDS = [
  'prednisone',
  'prednisolone',
  'methylprednisolone',
  'hydrocortisone',
  'dexamethasone',
] as const;
export type Glucocorticoid = (typeof GLUCOCORTICOIDS)[number];

/**
 * Equivalent anti-inflammatory doses, mg: prednisone 5 = prednisolone 5 = methylprednisolone 4 =
 * hydrocortisone 20 = dexamethasone 0.75. Sources: US prescribing information for prednisolone tablets
 * ("15 mg prednisolone = 15 mg prednisone = 12 mg methylprednisolone = 60 mg hydrocortisone = 2.25 mg
 * dexamethasone"); Liu D et al., Allergy Asthma Clin Immunol 2013;9:30, Table 1.
 */
export const EQUIVALENT_MG: Record<Glucocorticoid, number> = {
  prednisone: 5,
  prednisolone: 5,
  methylprednisolone: 4,
  hydrocortisone: 20,
  dexamethasone: 0.75,
};

/** A dose of `drug` in mg as the prednisone dose with the same effect: methylprednisolone × 1.25, etc. */
export function prednisoneEquivalentMg(doseMg: number, drug: Glucocorticoid): number {
  return (doseMg * EQUIVALENT_MG.prednisone) / EQUIVALENT_MG[drug];
}

/** Highest daily dose of `drug` (mg) per kg, as prednisone equivalent; a problem code when one is missing. */
export function prednisoneMgPerKgPerDay(
  drug: Glucocorticoid | undefined,
  doseMg: number | undefined,
  weightKg: number | undefined,
): Result {
  const perKg = mgPerKgPerDay(doseMg, weightKg);
  if (!perKg.ok) return perKg;
  if (drug === undefined) return { ok: false, problem: 'drug' };
  return { ok: true, value: prednisoneEquivalentMg(perKg.value, drug) };
}
