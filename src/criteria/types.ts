/**
 * The engine's public contract (the registry's criteria for NCT06792344, decided as the project's
 * data dictionary fixes them). The checker page and the eligibility page depend only on these types
 * and on `evaluate()` from `./index`. Nothing here is worded in any language: a formatter per
 * language (src/i18n/explain.ts) turns the records into sentences.
 */
import type { Comparison } from './conditions';
import type { CriterionId } from './criteria';
import type { FactId, Immunomodulator } from './facts';
import type { Tri } from './logic';

/** A criterion's status: pass = does not stand in the way; review = only the study team can decide. */
export type Status = 'pass' | 'fail' | 'unknown' | 'review';

/** The overall verdict, decided from the statuses in this order: ineligible, incomplete, review, likely_eligible. */
export type Verdict = 'likely_eligible' | 'review' | 'incomplete' | 'ineligible';

/** One clause that decided a criterion, as a record. */
export type Reason =
  /** A number against a threshold; `value` is absent when not known, then `met` is null. */
  | { kind: 'threshold'; fact: FactId; op: Comparison; limit: number; value?: number; met: Tri }
  /** A yes/no fact; `value` is absent when not known. */
  | { kind: 'answer'; fact: FactId; value?: boolean }
  /** A list fact (the immunomodulators); absent when not known, empty for "none received". */
  | { kind: 'list'; fact: FactId; value?: readonly Immunomodulator[] }
  /** A measured value was used instead of the yes/no answer (E1). */
  | { kind: 'measuredOutranks'; measured: FactId; answer: FactId }
  /** Only the investigators can decide this criterion on these answers (I5, E2). */
  | { kind: 'review'; criterion: CriterionId };

export interface CriterionResult {
  /** 'I1'..'I8', 'E1'..'E12' (E13 is a standing note and never evaluated). */
  id: CriterionId;
  kind: 'inclusion' | 'exclusion';
  status: Status;
  /** The clauses that decided the status, as records for the language formatters. */
  why: Reason[];
  /**
   * While the status is 'unknown': the alternatives already decided against it, said beside what is
   * still unknown (an inclusion's route that falls short, an exclusion's part that does not apply).
   * Empty otherwise.
   */
  unmet: Reason[];
  /** The same clauses in a compact, language-free notation, e.g. "mrss 14 >= 15: false". */
  reasons: string[];
  /** Facts still needed to decide this criterion (empty unless status is 'unknown'). */
  missing: FactId[];
}

export interface InvalidAnswer {
  /** The fact id that was given a value it does not accept; '(answers)' when the input is not an object. */
  field: FactId | '(answers)';
  /** type: not a number / yes-no / list at all; range: a number outside its range, or not whole; enum: a list with values not accepted. */
  problem: 'type' | 'range' | 'enum';
  /** What the field accepts. */
  expected: 'object' | 'boolean' | 'integer' | 'number' | 'list';
  min?: number;
  max?: number;
  /** For lists: the accepted values. */
  values?: readonly string[];
  /** What is accepted, in a language-free notation, e.g. "mrss: integer 0..51". */
  message: string;
}

export interface Evaluation {
  verdict: Verdict;
  criteria: CriterionResult[];
  invalid: InvalidAnswer[];
}
