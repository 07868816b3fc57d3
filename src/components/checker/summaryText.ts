/**
 * The plain-text summary that Copy summary copies, for a referral letter: the verdict, what is still
 * needed and where to find it, every answer with its unit, what each calculator was given, and each
 * criterion's result. Loaded with the buttons' other work (requested.ts).
 */
import type { Evaluation, FactId } from '../../criteria';
import { bySource } from '../../criteria/sources';
import { explainReason, fill } from '../../i18n/format';
import type { ActionStrings } from '../../i18n/types';
import type { Raw } from './form';
import type { IslandStrings } from './strings';
import { answerLines, calculatorLines, datedNote, stillNeeded } from './summary';

export function summaryText(
  raw: Raw,
  asked: readonly FactId[],
  result: Evaluation,
  date: Date,
  s: IslandStrings,
  words: ActionStrings,
  described: Partial<Record<FactId, string>> = {},
): string {
  const t = s.checker;
  const line = (label: string, text: string) => fill(t.summaryLine, { label, text }).trimEnd();
  return [
    t.printTitle,
    datedNote(words.copyNote, date, s),
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
