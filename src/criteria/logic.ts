/**
 * Kleene's strong three-valued logic: `null` is "unknown".
 * AND is false if any part is false, true if all are true, else unknown; OR is the dual.
 * Callers evaluate every operand first (no short-circuit), so each clause has a recorded value.
 */
export type Tri = boolean | null;

export function and(values: readonly Tri[]): Tri {
  let result: Tri = true;
  for (const v of values) {
    if (v === false) return false;
    if (v === null) result = null;
  }
  return result;
}

export function or(values: readonly Tri[]): Tri {
  let result: Tri = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === null) result = null;
  }
  return result;
}

export function not(value: Tri): Tri {
  return value === null ? null : !value;
}
