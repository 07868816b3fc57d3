/**
 * The eligibility engine for NCT06792344: plain TypeScript, no framework, no wording in any language.
 * `evaluate(answers)` is the engine's contract; `isAsked` says which questions apply.
 */
export { evaluate } from './evaluate';
export { isAsked } from './asked';
export { GUARDS, guardOf, screenAnswers, type Confirmed, type Guard, type Mistake } from './guards';
export {
  CRITERIA,
  ALL_CRITERION_IDS,
  conditionsOf,
  thresholdsOn,
  type Criterion,
  type CriterionId,
  type CriterionTextId,
} from './criteria';
export { factsOf, thresholdsOf, type Comparison, type Condition, type Rule, type Threshold } from './conditions';
export {
  FACTS,
  FACT_IDS,
  FACT_WINDOWS,
  IMMUNOMODULATORS,
  type Answers,
  type FactId,
  type FactSpec,
  type Immunomodulator,
  type Unit,
} from './facts';
export type { CriterionResult, Evaluation, InvalidAnswer, Reason, Status, Verdict } from './types';
