/**
 * The engine's public contract (DATA-DICTIONARY.md, "The engine's contract"). The checker page and the
 * eligibility page depend only on these types and on `evaluate()` from `./index`.
 */

/** A criterion's status: pass = does not stand in the way; review = only the study team can decide. */
export type Status = 'pass' | 'fail' | 'unknown' | 'review';

/** The overall verdict, decided from the statuses in this order: ineligible, incomplete, review, likely_eligible. */
export type Verdict = 'likely_eligible' | 'review' | 'incomplete' | 'ineligible';

export interface CriterionResult {
  /** 'I1'..'I8', 'E1'..'E12' (E13 is a standing note and never evaluated). */
  id: string;
  kind: 'inclusion' | 'exclusion';
  status: Status;
  /** Plain sentences saying why, e.g. "mRSS 14 is below the minimum of 15". */
  reasons: string[];
  /** Fact ids still needed to decide this criterion (empty unless status is 'unknown'). */
  missing: string[];
}

export interface InvalidAnswer {
  /** The fact id that was given a value it does not accept. */
  field: string;
  /** What is accepted, e.g. "mrss must be a whole number from 0 to 51". */
  message: string;
}

export interface Evaluation {
  verdict: Verdict;
  criteria: CriterionResult[];
  invalid: InvalidAnswer[];
}
