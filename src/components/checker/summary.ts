/**
 * The answers in words, for print and for the copied summary (summaryText.ts): every number with its
 * unit, and what each calculator was given (described by the calculators' chunk,
 * src/components/calculators/describe.ts, once loaded).
 */
import { FACTS, type Evaluation, type FactId } from '../../criteria';
import { dayIn, fill, localDay } from '../../i18n/format';
import { isAnswered, QUESTION_ORDER, type Raw } from './form';
import type { IslandStrings } from './strings';

/** The facts still needed to decide, among the questions asked, in question order. */
export function stillNeeded(result: Evaluation, asked: readonly FactId[]): FactId[] {
  const missing = new Set(result.criteria.flatMap((c) => c.missing));
  return asked.filter((fact) => missing.has(fact));
}

/** One "Label: answer" line per question, in question order; `asked` is `askedQuestions(raw)`. */
export function answerLines(raw: Raw, asked: readonly FactId[], s: IslandStrings): [string, string][] {
  const t = s.checker;
  return QUESTION_ORDER.map((fact) => {
    const value = raw[fact];
    let text: string;
    if (!asked.includes(fact)) text = t.notAsked;
    else if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) text = t.notAnswered;
    else if (Array.isArray(value)) {
      text = value
        .map((v) =>
          v === 'none' ? t.none : (s.criteria.immunomodulator[v as keyof typeof s.criteria.immunomodulator] ?? v),
        )
        .join(s.criteria.separator);
    } else if (value === 'yes' || value === 'no' || value === 'unknown') text = t[value];
    else {
      // A usable number with its unit ("0.52 mg/kg/day", "24分"); anything else as typed.
      const spec = FACTS[fact];
      text =
        'unit' in spec && isAnswered(fact, raw) ? fill(s.criteria.units[spec.unit], { n: value.trim() }) : value.trim();
    }
    return [s.criteria.factLabel[fact], text];
  });
}

/** A note with the day where the reader is: "...Printed 1 December 2026" (checker.printNote, actions.copyNote). */
export function datedNote(note: string, date: Date, s: IslandStrings): string {
  return fill(note, { date: dayIn(localDay(date), s.dates) });
}

/** What each calculator was given, described, by its question's label, in question order. */
export function calculatorLines(described: Partial<Record<FactId, string>>, s: IslandStrings): [string, string][] {
  return QUESTION_ORDER.filter((fact) => described[fact]).map((fact) => [s.criteria.factLabel[fact], described[fact]!]);
}
