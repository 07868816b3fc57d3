/**
 * The eligibility engine for NCT06792344: plain TypeScript, no framework, no zod at runtime.
 * `evaluate(answers)` is the contract of DATA-DICTIONARY.md.
 */
export { evaluate } from './evaluate';
export { CRITERIA, ALL_CRITERION_IDS, STANDING_NOTE_ID, type Criterion, type CriterionId } from './criteria';
export { factsOf, type Condition, type Rule } from './conditions';
export { FACTS, FACT_IDS, IMMUNOMODULATORS, type Answers, type FactId, type FactSpec, type Immunomodulator } from './facts';
export { CRITERION_TEXT, FACT_LABEL, IMMUNOMODULATOR_LABEL, withUnit } from './text/en';
export type { CriterionResult, Evaluation, InvalidAnswer, Status, Verdict } from './types';

import { factsOf } from './conditions';
import { CRITERIA } from './criteria';
import type { FactId } from './facts';

/** The facts each criterion refers to, so a page can link a criterion to its questions. */
export const CRITERION_FACTS: Record<string, FactId[]> = Object.fromEntries(
  CRITERIA.map(({ id, rule }) => [
    id,
    [...new Set([
      ...('require' in rule ? factsOf(rule.require) : []),
      ...('failIf' in rule ? factsOf(rule.failIf) : []),
      ...('reviewIf' in rule && rule.reviewIf ? factsOf(rule.reviewIf) : []),
    ])],
  ]),
);
