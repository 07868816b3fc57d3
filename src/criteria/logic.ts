/**
 * Kleene's strong three-valued logic (DATA-DICTIONARY.md, "Conventions"): `null` is "unknown".
 * AND is false if any part is false, true if all are true, else unknown; OR is the dual.
 * Callers evaluate every operand first (no short-circuit), so each clause has a recorded value.
 */
export type Tri = boolean | null;

export function and(values: readonly Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : null;
}

export function or(values: readonly Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.every((v) => v === false) ? false : null;
}

export function not(value: Tri): Tri {
  return value === null ? null : !value;
}
