/** The answers as printed, question by question (print view only; built with the last result row). */
import { answerLines } from './summary';
import { useStrings } from './strings';
import type { Checker } from './useChecker';

export default function PrintAnswers({ checker }: { checker: Checker }) {
  const strings = useStrings();
  return (
    <section class="print-only" aria-hidden="true">
      <h2>{strings.checker.summaryAnswers}</h2>
      <dl class="print-answers">
        {answerLines(checker.raw, checker.asked, strings).map(([label, text]) => (
          <>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}
