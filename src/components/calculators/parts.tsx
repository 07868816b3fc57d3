/** What the calculators share: their words, a number field and the result with "Use this value". */
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { CKID_AGES, SCHWARTZ_AGES } from '../../calculators/egfr';
import type { Problem, Result } from '../../calculators/result';
import { rounded } from '../../calculators/simple';
import { fill } from '../../i18n/format';
import type { CalculatorStrings } from '../../i18n/types';
import { parseNumber } from '../../lib/numbers';

export const Words = createContext<CalculatorStrings>(null as unknown as CalculatorStrings);

/** A problem code in words, with the age limits it quotes. */
function problemText(t: CalculatorStrings, problem: Problem): string {
  const ages = problem === 'schwartzAge' ? SCHWARTZ_AGES : problem === 'ckidAge' ? CKID_AGES : undefined;
  return fill(t.problems[problem], { ...ages });
}

/** A text field for a number: decimal comma and spaces accepted. */
export function NumberField({
  id,
  label,
  value,
  set,
}: {
  id: string;
  label: string;
  value: string;
  set: (v: string) => void;
}) {
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="input-number"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </div>
  );
}

/** Typed text as a number: undefined when empty, NaN when not a number. */
export const num = (text: string) => (text.trim() === '' ? undefined : (parseNumber(text) ?? Number.NaN));

/** The result, or what to enter; with "Use this value" filling exactly the shown value. */
export function Outcome({
  result,
  decimals,
  unit,
  source,
  onUse,
}: {
  result: Result | null;
  decimals: number;
  unit: keyof CalculatorStrings['units'];
  source: string;
  onUse: (v: string) => void;
}) {
  const t = useContext(Words);
  const [used, setUsed] = useState('');
  const shown = result?.ok ? rounded(result.value, decimals) : '';
  return (
    <div class="calc-outcome">
      <p aria-live="polite">
        {result === null ? (
          t.enterNumbers
        ) : result.ok ? (
          <strong class="calc-result">{fill(t.result, { value: shown, unit: t.units[unit] })}</strong>
        ) : (
          <span class="error-message">{problemText(t, result.problem)}</span>
        )}
      </p>
      {result?.ok && (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            onUse(shown);
            setUsed(shown);
          }}
        >
          {t.use}
        </button>
      )}
      {used && <p role="status">{fill(t.used, { value: used })}</p>}
      <p class="calc-source">
        {t.source} {source}
      </p>
    </div>
  );
}
