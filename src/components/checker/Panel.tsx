/**
 * The result beside the questions (a sticky panel from 64rem): the number errors, the verdict with its
 * help and progress, what can be done with the answers, and what to ask for while it is incomplete.
 * Focusable, so that "See the result" can move focus here.
 */
import Actions from './Actions';
import AskFor from './AskFor';
import ErrorSummary from './ErrorSummary';
import { useStrings } from './strings';
import type { Checker } from './useChecker';

interface Props {
  checker: Checker;
  contactUrl: string;
  registryUrl: string;
}

export default function Panel({ checker, contactUrl, registryUrl }: Props) {
  const t = useStrings().checker;
  const { verdict } = checker.result;
  return (
    <section class="results checker-panel" id="results" aria-labelledby="results-title" tabIndex={-1}>
      <h2 id="results-title">{t.resultHeading}</h2>
      {checker.errors.length > 0 && <ErrorSummary checker={checker} />}

      <div class={`verdict verdict--${verdict}`} data-verdict={checker.complete ? verdict : undefined}>
        <p class="verdict__title">{t.verdict[verdict]}</p>
        <p>{checker.help}</p>
        <p class="verdict__progress">{checker.progress}</p>
        {verdict !== 'incomplete' && (
          <p class="no-print">
            <a href={contactUrl}>{t.nextSteps}</a> ·{' '}
            <a href={registryUrl} rel="external noopener noreferrer">
              {t.registry}
            </a>
          </p>
        )}
      </div>

      <Actions checker={checker} />
      {checker.rows > 0 && verdict === 'incomplete' && <AskFor checker={checker} />}
      <p class="checker-saved-note no-print">{t.savedNote}</p>
    </section>
  );
}
