/**
 * Which questions are asked, as data beside the criteria and decided by the same engine. A question
 * that cannot apply is not asked: pregnancy questions only with childbearing potential (I7, E10);
 * HBV DNA only when HBsAg or HBcAb is positive or not known; HCV RNA likewise for the HCV antibody (E8).
 */
import { any, yes, type Condition } from './conditions';
import { evaluateCondition } from './evaluate';
import type { Answers, FactId } from './facts';

interface AskRule {
  /** Ask when this holds. */
  when: Condition;
  /** Whether to ask while `when` is not known yet. */
  whileUnknown: boolean;
}

const pregnancy: AskRule = { when: yes('childbearing_potential'), whileUnknown: false };

const ASK_RULES: Partial<Record<FactId, AskRule>> = {
  urine_pregnancy_negative: pregnancy,
  contraception_agreed: pregnancy,
  blood_pregnancy_positive: pregnancy,
  hbv_dna_above_normal: { when: any(yes('hbsag_positive'), yes('hbcab_positive')), whileUnknown: true },
  hcv_rna_above_normal: { when: yes('hcv_ab_positive'), whileUnknown: true },
};

/** Whether the question about `fact` applies, given the answers so far (facts not asked are always asked). */
export function isAsked(fact: FactId, answers: Answers): boolean {
  const rule = ASK_RULES[fact];
  if (!rule) return true;
  const value = evaluateCondition(rule.when, answers).value;
  return value === null ? rule.whileUnknown : value;
}
