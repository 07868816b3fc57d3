/** The numbers that need changing, each a link to its question (shown once a field is left wrong). */
import { errorMessage } from './numberError';
import QuestionLink from './QuestionLink';
import { useStrings } from './strings';
import type { Checker } from './useChecker';

export default function ErrorSummary({ checker }: { checker: Checker }) {
  const strings = useStrings();
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">{strings.checker.errorSummary}</h3>
      <ul>
        {checker.errors.map((fact) => (
          <li>
            <QuestionLink fact={fact}>{errorMessage(fact, strings)}</QuestionLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
