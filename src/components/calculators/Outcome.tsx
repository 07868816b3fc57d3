/** A calculator's number, or what to enter instead; "Use this value" fills exactly the number shown. */
import { useContext } from 'preact/hooks';
import { AGE_LIMITS } from '../../calculators/egfr';
import type { Result } from '../../calculators/result';
import { rounded } from '../../calculators/simple';
import type { Unit } from '../../criteria';
import { fill } from '../../i18n/format';
import { useStrings } from '../checker/strings';
import { useReport, Words } from './fields';
import UseValue from './UseValue';

export default function Outcome({
  name,
  title,
  result,
  decimals,
  unit,
  source,
  offered = true,
}: {
  /** Which result of its calculator, for the summary (useReport): '' when it has one. */
  name: string;
  /** Its heading, when the calculator has two ("Bedside Schwartz"). */
  title?: string;
  result: Result | null;
  decimals: number;
  unit: Unit;
  source: string;
  /** False when the result must not be used (eGFR: the two formulas fall on both sides of the limit). */
  offered?: boolean;
}) {
  const t = useContext(Words);
  const { checker, criteria } = useStrings();
  const shown = result?.ok ? rounded(result.value, decimals) : '';
  const text = fill(t.result, { value: fill(criteria.units[unit], { n: shown }) });
  useReport(name, shown && (title ? title + checker.colon + text : text));
  return (
    <div class="calc-outcome">
      <p aria-live="polite">
        {result === null ? (
          t.enterNumbers
        ) : result.ok ? (
          <strong class="calc-result">{text}</strong>
        ) : (
          <span class="error-message">{fill(t.problems[result.problem], { ...AGE_LIMITS[result.problem] })}</span>
        )}
      </p>
      <UseValue value={shown} offered={offered && !!result?.ok} />
      <p class="calc-source">
        {t.source} {source}
      </p>
    </div>
  );
}
