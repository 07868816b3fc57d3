/**
 * Plain-text summary of the answers and results, for a referral letter (Copy summary) and for print:
 * every number with its unit, and what each calculator was given (described by the calculators' chunk,
 * src/components/calculators/describe.ts, once loaded).
 */
import { FACTS, type Evaluation, type FactId } from '../../criteria';
import { bySource } from '../../criteria/sources';
import { dayIn, explainReason, fill, localDay } from '../../i18n/format';
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

/** "...Printed 1 December 2026" (or "Copied ..."): the day where the reader is. */
export function printNote(date: Date, s: IslandStrings, copied = false): string {
  return fill(copied ? s.checker.copyNote : s.checker.printNote, { date: dayIn(localDay(date), s.dates) });
}

/** What each calculator was given, described, by its question's label, in question order. */
export function calculatorLines(described: Partial<Record<FactId, string>>, s: IslandStrings): [string, string][] {
  return QUESTION_ORDER.filter((fact) => described[fact]).map((fact) => [s.criteria.factLabel[fact], described[fact]!]);
}

export function summaryText(
  raw: Raw,
  asked: readonly FactId[],
  result: Evaluation,
  date: Date,
  s: IslandStrings,
  described: Partial<Record<FactId, string>> = {},
): string {
  const t = s.checker;
  const line = (label: string, text: string) => fill(t.summaryLine, { label, text }).trimEnd();
  return [
    t.printTitle,
    printNote(date, s, true),
    '',
    line(t.resultHeading, t.verdict[result.verdict]),
    ...askFor(asked, result, s, line),
    '',
    line(t.summaryAnswers, ''),
    ...answerLines(raw, asked, s).map(([label, text]) => `- ${line(label, text)}`),
    ...calculators(calculatorLines(described, s), s, line),
    '',
    line(t.summaryResults, ''),
    ...result.criteria.map((c) => {
      const status = (c.kind === 'exclusion' ? t.statusExclusion : t.status)[c.status];
      const said = [
        ...c.unmet.map((r) => t.unmet[c.kind] + explainReason(r, s.criteria)),
        ...c.why.map((r) => explainReason(r, s.criteria)),
      ];
      return `- ${line(`${c.id} ${status}`, said.join(t.sentenceGap))}`;
    }),
    `- ${line('E13', t.standingNote)}`,
  ].join('\n');
}

/** "What the calculators were given", one line a calculator, when any was given anything. */
function calculators(lines: [string, string][], s: IslandStrings, line: (label: string, text: string) => string) {
  if (lines.length === 0) return [];
  return ['', line(s.checker.summaryCalculators, ''), ...lines.map(([label, text]) => `- ${line(label, text)}`)];
}

/** "Still needed, and where to find it", one line a source, when anything is missing. */
function askFor(
  asked: readonly FactId[],
  result: Evaluation,
  s: IslandStrings,
  line: (label: string, text: string) => string,
): string[] {
  const groups = bySource(stillNeeded(result, asked));
  if (groups.length === 0) return [];
  const labels = (facts: FactId[]) => facts.map((fact) => s.criteria.factLabel[fact]).join(s.criteria.separator);
  return [
    '',
    line(s.checker.askFor, ''),
    ...groups.map(([source, facts]) => `- ${line(s.checker.sources[source], labels(facts))}`),
  ];
}
