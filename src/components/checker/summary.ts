/** Plain-text summary of the answers and results, for a referral letter (Copy summary) and for print. */
import type { Evaluation, FactId } from '../../criteria';
import { bySource } from '../../criteria/sources';
import { dayIn, explainReason, fill, localDay } from '../../i18n/format';
import { QUESTION_ORDER, type Raw } from './form';
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
    else text = value.trim();
    return [s.criteria.factLabel[fact], text];
  });
}

/** "Printed from the pre-screen on 1 December 2026...": the day where the reader is. */
export function printNote(date: Date, s: IslandStrings): string {
  return fill(s.checker.printNote, { date: dayIn(localDay(date), s.dates) });
}

export function summaryText(
  raw: Raw,
  asked: readonly FactId[],
  result: Evaluation,
  date: Date,
  s: IslandStrings,
): string {
  const t = s.checker;
  const line = (label: string, text: string) => fill(t.summaryLine, { label, text }).trimEnd();
  return [
    t.printTitle,
    printNote(date, s),
    '',
    line(t.resultHeading, t.verdict[result.verdict]),
    ...askFor(asked, result, s, line),
    '',
    line(t.summaryAnswers, ''),
    ...answerLines(raw, asked, s).map(([label, text]) => `- ${line(label, text)}`),
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
