/**
 * What the form could hold, fact by fact: the check on answers that come from outside the form, kept
 * by this tab (tabState.ts) or read from a saved file (saved.ts). It follows the facts' own data
 * (src/criteria/facts.ts) rather than a second schema.
 */
import { FACTS, GUARDS, type Confirmed, type FactId } from '../../criteria';

/** Longest text kept for a number field (longer text cannot be a number the form accepts); saving cuts to it. */
export const MAX_TEXT = 40;

/** A value the form could hold for this fact, or undefined. */
export function formValue(fact: FactId, value: unknown): string | string[] | undefined {
  const spec = FACTS[fact];
  if (spec.type === 'boolean') return value === 'yes' || value === 'no' || value === 'unknown' ? value : undefined;
  if (spec.type === 'enum[]') {
    if (!Array.isArray(value) || value.length > spec.values.length + 1) return undefined;
    const allowed: readonly string[] = [...spec.values, 'none'];
    const ok = value.every((v) => typeof v === 'string' && allowed.includes(v)) && new Set(value).size === value.length;
    return ok && !(value.includes('none') && value.length > 1) ? (value as string[]) : undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined;
}

/** A confirmation is a number for a fact that has guards (src/criteria/guards.ts). */
export const isConfirmed = (value: Record<string, unknown>): value is Confirmed =>
  Object.entries(value).every(([key, n]) => Object.hasOwn(GUARDS, key) && typeof n === 'number' && Number.isFinite(n));
