import type { FactId } from './facts';

export type Comparison = '>=' | '<=' | '>';

/** A condition tree, tagged by `kind`. Every node is evaluated (no early exit) so each explains itself. */
export type Condition =
  /** A number compared with a threshold from the registry text. */
  | { kind: 'threshold'; fact: FactId; op: Comparison; value: number }
  /** A yes/no fact has the given answer. */
  | { kind: 'is'; fact: FactId; value: boolean }
  /** At least one item ticked in a list fact (an empty list means "none received"). */
  | { kind: 'nonEmpty'; fact: FactId }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition }
  /** A measured value outranks a yes/no answer: use `measured` when its fact is known, else `otherwise` (E1). */
  | { kind: 'measuredElse'; measured: Threshold; otherwise: Condition & { kind: 'is' } };

export type Threshold = Condition & { kind: 'threshold' };

/**
 * How a criterion is decided. Inclusion: pass when `require` holds, fail when it does not.
 * Exclusion: fail when `failIf` holds, pass when it does not. `reviewIf` (when true and the criterion has
 * not passed or failed) hands the decision to the study team.
 */
export type Rule =
  | { kind: 'inclusion'; require: Condition; reviewIf?: Condition }
  | { kind: 'exclusion'; failIf: Condition }
  | { kind: 'exclusion'; reviewIf: Condition };

// Small constructors keep the criteria table readable.
export const atLeast = (fact: FactId, value: number): Threshold => ({ kind: 'threshold', fact, op: '>=', value });
export const atMost = (fact: FactId, value: number): Threshold => ({ kind: 'threshold', fact, op: '<=', value });
export const above = (fact: FactId, value: number): Threshold => ({ kind: 'threshold', fact, op: '>', value });
export const yes = (fact: FactId) => ({ kind: 'is', fact, value: true }) as const;
export const no = (fact: FactId) => ({ kind: 'is', fact, value: false }) as const;
export const all = (...of: Condition[]): Condition => ({ kind: 'all', of });
export const any = (...of: Condition[]): Condition => ({ kind: 'any', of });

/** Every fact a condition refers to, in order of first appearance. */
export function factsOf(condition: Condition): FactId[] {
  const out = new Set<FactId>();
  const walk = (c: Condition): void => {
    switch (c.kind) {
      case 'threshold':
      case 'is':
      case 'nonEmpty':
        out.add(c.fact);
        break;
      case 'all':
      case 'any':
        c.of.forEach(walk);
        break;
      case 'not':
        walk(c.of);
        break;
      case 'measuredElse':
        walk(c.measured);
        walk(c.otherwise);
        break;
    }
  };
  walk(condition);
  return [...out];
}

/** Every threshold in a condition, in order. */
export function thresholdsOf(condition: Condition): Threshold[] {
  switch (condition.kind) {
    case 'threshold':
      return [condition];
    case 'all':
    case 'any':
      return condition.of.flatMap(thresholdsOf);
    case 'not':
      return thresholdsOf(condition.of);
    case 'measuredElse':
      return [condition.measured, ...thresholdsOf(condition.otherwise)];
    default:
      return [];
  }
}
