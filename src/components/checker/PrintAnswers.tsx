/**
 * The answers as printed, question by question, then what each calculator was given (print view only;
 * built with the last result row).
 */
import { answerLines, calculatorLines } from './summary';
import { useStrings } from './strings';
import type { Checker } from './useChecker';

export default function PrintAnswers({ checker }: { checker: Checker }) {
  const strings = useStrings();
  const t = strings.checker;
  const parts: [string, [string, string][]][] = [
    [t.summaryAnswers, answerLines(checker.raw, checker.asked, strings)],
    [t.summaryCalculators, calculatorLines(checker.described, strings)],
  ];
  return (
    <section class="print-only" aria-hidden="true">
      {parts
        .filter(([, lines]) => lines.length)
        .map(([heading, lines]) => (
          <>
            <h2>{heading}</h2>
            <dl class="print-answers">
              {lines.map(([label, text]) => (
                <>
                  <dt>{label}</dt>
                  <dd>{text}</dd>
                </>
              ))}
            </dl>
          </>
        ))}
    </section>
  );
}
