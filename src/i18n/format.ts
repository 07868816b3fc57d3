/**
 * Language-free formatting: fills a language's templates with data. The same functions serve every
 * language; the words come from the strings passed in. Safe for islands to import (no strings here).
 */
import { CLASSIFICATION_THRESHOLD } from '../calculators/threshold';
import { thresholdsOn, FACTS, type FactId, type Reason, type Unit } from '../criteria';
import type { CriteriaStrings, QuestionStrings } from './types';

/** Fills `{name}` placeholders in a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/**
 * Joins items as the language lists them: "I1, I4 and E8", "I1、I4和E8". Not Intl.ListFormat: the checker
 * calls this on every answer, and creating one costs about 50 ms on a cheap phone (4x CPU slowdown).
 */
export function listAnd(
  items: readonly string[],
  { separator, and }: Pick<CriteriaStrings, 'separator' | 'and'>,
): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(separator)}${and}${items.at(-1)}`;
}

/** How a language writes a date: a template of {day}, {month} and {year}, and the months' names. */
export interface DateWords {
  template: string;
  /** January first: "January", or "1" where the template numbers the month. */
  months: readonly string[];
}

/**
 * A calendar day (YYYY-MM-DD) as a language writes it: "30 January 2025", "2025年1月30日". Not Intl, so
 * that the checker's island loads no locale data: the first date Intl formats cost about 120 ms of its
 * hydration on a cheap phone (4x CPU slowdown). test/unit/format.test.ts checks every month of both
 * languages against Intl's dates in each language's locale (src/i18n/languages.ts).
 */
export function dayIn(day: string, { template, months }: DateWords): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return fill(template, { day: date, month: months[month - 1]!, year });
}

/** Today's date where the reader is (their time zone), YYYY-MM-DD. */
export function localDay(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** A date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date | string): string {
  return toDate(date).toISOString().slice(0, 10);
}

function toDate(date: Date | string): Date {
  return typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
}

/** Multiples of ULN are written with a decimal, as the registry does ("3.0 × ULN"). */
const MIN_DECIMALS: Partial<Record<Unit, number>> = { x_uln: 1 };

/** A number as the criteria write it: "3.0" for a multiple of ULN, "55" for a percentage. */
function formatNumber(value: number, unit?: Unit): string {
  const decimals = unit ? MIN_DECIMALS[unit] : undefined;
  return decimals && Number.isInteger(value) ? value.toFixed(decimals) : String(value);
}

/** A number with its unit in a language: "3.0 × ULN", "55%", "12 years". */
export function withUnit(value: number, unit: Unit, s: CriteriaStrings): string {
  return fill(s.units[unit], { n: formatNumber(value, unit) });
}

const unitOf = (fact: FactId): Unit | undefined => {
  const spec = FACTS[fact];
  return 'unit' in spec ? spec.unit : undefined;
};

/** One of the engine's reasons as a sentence in the language of `s`. */
export function explainReason(reason: Reason, s: CriteriaStrings): string {
  const e = s.explain;
  switch (reason.kind) {
    case 'threshold': {
      const unit = unitOf(reason.fact)!;
      const label = s.factLabel[reason.fact];
      const limit = withUnit(reason.limit, unit, s);
      const ops = e.ops[reason.op];
      if (reason.value === undefined) return fill(e.thresholdUnknown, { label, op: ops.met, limit });
      return fill(e.threshold, {
        label,
        value: withUnit(reason.value, unit, s),
        op: reason.met ? ops.met : ops.unmet,
        limit,
      });
    }
    case 'answer': {
      const answer = reason.value === undefined ? e.answers.unknown : reason.value ? e.answers.yes : e.answers.no;
      return fill(e.answer, { label: s.factLabel[reason.fact], answer });
    }
    case 'list': {
      const label = s.factLabel[reason.fact];
      if (reason.value === undefined) return fill(e.listUnknown, { label });
      if (reason.value.length === 0) return fill(e.listNone, { label });
      return fill(e.list, { label, items: reason.value.map((v) => s.immunomodulator[v]).join(s.separator) });
    }
    case 'measuredOutranks':
      return e.measuredOutranks;
    case 'review':
      return e.review[reason.criterion as keyof typeof e.review] ?? '';
  }
}

/** Numbers a hint quotes that are not thresholds of the criteria. */
const HINT_NUMBERS: Partial<Record<FactId, Record<string, number>>> = {
  ssc_classification_met: { classification: CLASSIFICATION_THRESHOLD },
};

/**
 * The numbers a question's hint quotes, from the data: the accepted range ({min}, {max}) and the trial's
 * thresholds on the fact ({atLeast}, {atMost}, {above}), written as the criteria write them.
 */
function questionNumbers(fact: FactId): Record<string, string> {
  const unit = unitOf(fact);
  const spec = FACTS[fact];
  const values: Record<string, string> = {};
  if ('min' in spec) Object.assign(values, { min: String(spec.min), max: String(spec.max) });
  const names = { '>=': 'atLeast', '<=': 'atMost', '>': 'above' } as const;
  for (const t of thresholdsOn(fact)) values[names[t.op]] = formatNumber(t.value, unit);
  for (const [key, value] of Object.entries(HINT_NUMBERS[fact] ?? {})) values[key] = String(value);
  return values;
}

/**
 * A question's words. `answers` names the finding on a yes/no question's options ("Negative: not
 * pregnant" for `yes` where the fact is "test negative"), in the order shown; "Don't know" follows.
 */
export type Wording = { label: string; hint: string; what?: string; answers?: Partial<Record<'yes' | 'no', string>> };

/** A question's wording in a language, its hint's numbers filled from the data. */
export function questionWording(fact: FactId, q: QuestionStrings): Wording {
  const { label, hint, what, answers } = q[fact] as Wording;
  return { label, hint: fill(hint, questionNumbers(fact)), what, answers };
}
