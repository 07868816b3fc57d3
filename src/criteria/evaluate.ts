/**
 * Decides every criterion from the answers. Every clause is evaluated (no early exit) and the clauses
 * that decided a result give its reasons and the facts still missing (DATA-DICTIONARY.md, "Criteria"
 * and "Verdict").
 */
import type { Condition, Rule } from './conditions';
import { CRITERIA } from './criteria';
import { FACTS, type Answers, type FactId } from './facts';
import { and, not, or, type Tri } from './logic';
import { parseAnswers } from './parse';
import { explain } from './text/en';
import type { CriterionResult, Evaluation, Status, Verdict } from './types';

/** A clause's value and the leaf clauses that decided it. */
interface Trace {
  value: Tri;
  reasons: string[];
  missing: FactId[];
}

const NONE: FactId[] = [];

function leaf(value: Tri, reason: string, fact: FactId): Trace {
  return { value, reasons: [reason], missing: value === null ? [fact] : NONE };
}

/** The children that decided a combined value: all of them when true (AND) / false (OR), else the matching ones. */
function combine(value: Tri, children: Trace[]): Trace {
  const reasons: string[] = [];
  const missing: FactId[] = [];
  for (const child of children) {
    if (child.value !== value) continue;
    for (const r of child.reasons) reasons.push(r);
    for (const m of child.missing) missing.push(m);
  }
  return { value, reasons, missing };
}

function evaluateAll(conditions: Condition[], answers: Answers): { traces: Trace[]; values: Tri[] } {
  const traces: Trace[] = [];
  const values: Tri[] = [];
  for (const c of conditions) {
    const t = evaluateCondition(c, answers);
    traces.push(t);
    values.push(t.value);
  }
  return { traces, values };
}

export function evaluateCondition(c: Condition, answers: Answers): Trace {
  switch (c.kind) {
    case 'threshold': {
      const value = answers[c.fact] as number | undefined;
      const met = value === undefined ? null : c.op === '>=' ? value >= c.value : c.op === '<=' ? value <= c.value : value > c.value;
      const unit = (FACTS[c.fact] as { unit?: string }).unit ?? '';
      return leaf(met, explain.threshold(c.fact, c.op, c.value, unit, value, met), c.fact);
    }
    case 'is': {
      const value = answers[c.fact] as boolean | undefined;
      return leaf(value === undefined ? null : value === c.value, explain.yesNo(c.fact, value), c.fact);
    }
    case 'nonEmpty': {
      const value = answers[c.fact] as string[] | undefined;
      return leaf(value === undefined ? null : value.length > 0, explain.list(c.fact, value), c.fact);
    }
    case 'all': {
      const { traces, values } = evaluateAll(c.of, answers);
      return combine(and(values), traces);
    }
    case 'any': {
      const { traces, values } = evaluateAll(c.of, answers);
      return combine(or(values), traces);
    }
    case 'not': {
      const inner = evaluateCondition(c.of, answers);
      return { ...inner, value: not(inner.value) };
    }
    case 'measuredElse': {
      const measured = evaluateCondition(c.measured, answers);
      const otherwise = evaluateCondition(c.otherwise, answers);
      if (measured.value === null) return otherwise;
      const overridden = answers[(c.otherwise as { fact?: FactId }).fact as FactId] !== undefined;
      return overridden ? { ...measured, reasons: [...measured.reasons, explain.measuredOutranks] } : measured;
    }
  }
}

function decide(id: string, rule: Rule, answers: Answers): { status: Status; reasons: string[]; missing: FactId[] } {
  if (rule.kind === 'inclusion') {
    const main = evaluateCondition(rule.require, answers);
    const review = rule.reviewIf ? evaluateCondition(rule.reviewIf, answers) : undefined;
    if (main.value === true) return { status: 'pass', reasons: main.reasons, missing: [] };
    if (review?.value === true) {
      return { status: 'review', reasons: [explain.review[id] ?? '', ...main.reasons].filter(Boolean), missing: [] };
    }
    if (main.value === false && (!review || review.value === false)) {
      return { status: 'fail', reasons: [...main.reasons, ...(review?.reasons ?? [])], missing: [] };
    }
    const parts = [main, ...(review ? [review] : [])].filter((t) => t.value === null);
    return { status: 'unknown', reasons: parts.flatMap((t) => t.reasons), missing: parts.flatMap((t) => t.missing) };
  }
  const hit = 'failIf' in rule ? evaluateCondition(rule.failIf, answers) : evaluateCondition(rule.reviewIf, answers);
  const onTrue: Status = 'failIf' in rule ? 'fail' : 'review';
  if (hit.value === true) {
    const note = onTrue === 'review' ? [explain.review[id] ?? ''] : [];
    return { status: onTrue, reasons: [...note, ...hit.reasons].filter(Boolean), missing: [] };
  }
  if (hit.value === false) return { status: 'pass', reasons: hit.reasons, missing: [] };
  return { status: 'unknown', reasons: hit.reasons, missing: hit.missing };
}

function verdictOf(statuses: Status[]): Verdict {
  if (statuses.includes('fail')) return 'ineligible';
  if (statuses.includes('unknown')) return 'incomplete';
  if (statuses.includes('review')) return 'review';
  return 'likely_eligible';
}

/** Evaluates criteria I1-I8 and E1-E12 (E13 never decides). Pure; never throws, whatever `input` is. */
export function evaluate(input: unknown): Evaluation {
  const { answers, invalid } = parseAnswers(input);
  const criteria: CriterionResult[] = CRITERIA.map(({ id, rule }) => {
    const { status, reasons, missing } = decide(id, rule, answers);
    return { id, kind: rule.kind, status, reasons, missing: missing.length > 1 ? [...new Set(missing)] : missing };
  });
  return { verdict: verdictOf(criteria.map((c) => c.status)), criteria, invalid };
}
