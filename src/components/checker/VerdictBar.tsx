/**
 * The verdict and progress in one line, with a link to the result. Below 64rem it is fixed to the
 * bottom of the screen (checker.css); the page keeps room for it.
 */
import { useStrings } from './strings';
import type { Checker } from './useChecker';

export default function VerdictBar({ checker }: { checker: Checker }) {
  const t = useStrings().checker;
  return (
    <p class="checker-bar no-print">
      <strong class="checker-bar__verdict">{t.verdictShort[checker.result.verdict]}</strong>{' '}
      <span class="checker-bar__progress">{checker.progress}</span> <a href="#results">{t.seeResult}</a>
    </p>
  );
}
