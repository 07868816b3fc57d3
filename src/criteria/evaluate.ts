/**
 * Decides every criterion from the answers. Every clause is evaluated (no early exit) and the clauses
 * that decided a result give its reasons, as records, and the facts still missing (the registry's
 * criteria for NCT06792344, as the project's data dictionary decides them).
 */
import type { Condition, Rule } from './conditions';
import { CRITERIA, type CriterionId } from './criteria';
import type { Answers, FactId, Immunomodulator } from './facts';
import { and, not, or, type Tri } from './logic';
import { notation } from './notation';
import { parseAnswers } from './parse';
import type { CriterionResult, Evaluation, Reason, Status, Verdict } from './types';

/** A clause's value and the leaf clauses that decided it. */
export interface Trace {
  value: Tri;
  reasons: Reason[];
  missing: FactId[];
  /** While the value is not known: the reasons of the alternatives (of an `any`) that are false. */
  unmet: Reason[];
}

const NONE: FactId[] = [];
const NO_REASONS: Reason[] = [];

function leaf(value: Tri, reason: Reason, fact: FactId): Trace {
  return { value, reasons: [reason], missing: value === null ? [fact] : NONE, unmet: NO_REASONS };
}

/**
 * The children that decided a combined value: all of them when true (AND) / false (OR), else the
 * matching ones. While it is not known, the false alternatives of an OR are kept apart (`unmet`), so
 * that a route that falls short is said beside the one still open.
 */
function combine(value: Tri, children: Trace[], alternatives = false): Trace {
  const reasons: Reason[] = [];
  const missing: FactId[] = [];
  const unmet: Reason[] = [];
  for (const child of children) {
    if (value === null) {
      if (alternatives && child.value === false) unmet.push(...child.reasons);
      unmet.push(...child.unmet);
    }
    if (child.value !== value) continue;
    for (const r of child.reasons) reasons.push(r);
    for (const m of child.missing) missing.push(m);
  }
  return { value, reasons, missing, unmet: unmet.length ? unmet : NO_REASONS };
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
      const met =
        value === undefined
          ? null
          : c.op === '>='
            ? value >= c.value
            : c.op === '<='
              ? value <= c.value
              : value > c.value;
      return leaf(met, { kind: 'threshold', fact: c.fact, op: c.op, limit: c.value, value, met }, c.fact);
    }
    case 'is': {
      const value = answers[c.fact] as boolean | undefined;
      return leaf(value === undefined ? null : value === c.value, { kind: 'answer', fact: c.fact, value }, c.fact);
    }
    case 'nonEmpty': {
      const value = answers[c.fact] as Immunomodulator[] | undefined;
      return leaf(value === undefined ? null : value.length > 0, { kind: 'list', fact: c.fact, value }, c.fact);
    }
    case 'all': {
      const { traces, values } = evaluateAll(c.of, answers);
      return combine(and(values), traces);
    }
    case 'any': {
      const { traces, values } = evaluateAll(c.of, answers);
      return combine(or(values), traces, true);
    }
    case 'not': {
      const inner = evaluateCondition(c.of, answers);
      return { ...inner, value: not(inner.value), unmet: NO_REASONS };
    }
    case 'measuredElse': {
      const measured = evaluateCondition(c.measured, answers);
      const otherwise = evaluateCondition(c.otherwise, answers);
      if (measured.value === null) return otherwise;
      if (answers[c.otherwise.fact] === undefined) return measured;
      const outranks: Reason = { kind: 'measuredOutranks', measured: c.measured.fact, answer: c.otherwise.fact };
      return { ...measured, reasons: [...measured.reasons, outranks] };
    }
  }
}

type Decision = Pick<CriterionResult, 'status' | 'why' | 'missing'> & { unmet?: Reason[] };

function decide(id: CriterionId, rule: Rule, answers: Answers): Decision {
  const review: Reason = { kind: 'review', criterion: id };
  if (rule.kind === 'inclusion') {
    const main = evaluateCondition(rule.require, answers);
    const alternative = rule.reviewIf ? evaluateCondition(rule.reviewIf, answers) : undefined;
    if (main.value === true) return { status: 'pass', why: main.reasons, missing: NONE };
    if (alternative?.value === true) return { status: 'review', why: [review, ...main.reasons], missing: NONE };
    if (main.value === false && (!alternative || alternative.value === false)) {
      return { status: 'fail', why: [...main.reasons, ...(alternative?.reasons ?? [])], missing: NONE };
    }
    const both = alternative ? [main, alternative] : [main];
    const parts = both.filter((t) => t.value === null);
    // A route that falls short is said beside the one still unknown (I5: the dose below 0.5, progression not known).
    const unmet = both.flatMap((t) => (t.value === false ? t.reasons : t.unmet));
    return {
      status: 'unknown',
      why: parts.flatMap((t) => t.reasons),
      missing: parts.flatMap((t) => t.missing),
      unmet,
    };
  }
  const failing = 'failIf' in rule;
  const hit = evaluateCondition(failing ? rule.failIf : rule.reviewIf, answers);
  if (hit.value === true)
    return failing
      ? { status: 'fail', why: hit.reasons, missing: NONE }
      : { status: 'review', why: [review, ...hit.reasons], missing: NONE };
  if (hit.value === false) return { status: 'pass', why: hit.reasons, missing: NONE };
  return { status: 'unknown', why: hit.reasons, missing: hit.missing, unmet: hit.unmet };
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
    const { status, why, missing, unmet = NO_REASONS } = decide(id, rule, answers);
    return {
      id,
      kind: rule.kind,
      status,
      why,
      unmet,
      reasons: why.map(notation),
      missing: missing.length > 1 ? [...new Set(missing)] : missing,
    };
  });
  return { verdict: verdictOf(criteria.map((c) => c.status)), criteria, invalid };
}
