/** What the calculators share: their words, their question, a number field and a group of radios. */
import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { CalculatorStrings } from '../../i18n/types';
import { parseNumber } from '../../lib/numbers';
import type { CalculatorProps } from './types';

export const Words = createContext<CalculatorStrings>(null as unknown as CalculatorStrings);

/**
 * The question a calculator helps with: its answer now ('' when none), how to fill it, the calculator's
 * inputs and how to set one of them in the checker's state.
 */
export const Question = createContext<CalculatorProps>(null as never);

/**
 * Keeps a result's words beside the inputs (key `=name`), so that the summary can say what the
 * calculator gave (describe.ts), even after a reload while it is closed.
 */
export function useReport(name: string, text: string) {
  const { input } = useContext(Question);
  useEffect(() => input(`=${name}`, text), [text]);
}

/** Typed text as a number: undefined when empty, NaN when not a number. */
export const num = (text: string) => (text.trim() === '' ? undefined : (parseNumber(text) ?? Number.NaN));

/**
 * A text field for the number the calculator keeps as `name`, with the id `c-<fact>-<id>`: decimal
 * comma and spaces accepted.
 */
export function NumberField({ id, name, label }: { id: string; name: string; label: string }) {
  const { fact, inputs, input } = useContext(Question);
  return (
    <div class="calc-field">
      <label for={`c-${fact}-${id}`}>{label}</label>
      <input
        id={`c-${fact}-${id}`}
        class="input-number"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        value={inputs[name] ?? ''}
        onInput={(e) => input(name, e.currentTarget.value)}
      />
    </div>
  );
}

/**
 * One choice of several, as radios named `name`. `options` are [choice, radio value, label]: the radio
 * values are the automation contract's (ASCII `umol/L` for µmol/L).
 */
export function Radios<T extends string>({
  name,
  legend,
  options,
  chosen,
  choose,
}: {
  name: string;
  legend: string;
  options: readonly (readonly [T, string, string])[];
  chosen: T | undefined;
  choose: (choice: T) => void;
}) {
  return (
    <fieldset class="calc-choice">
      <legend>{legend}</legend>
      {options.map(([choice, value, label]) => (
        <label class="choice">
          <input type="radio" name={name} value={value} checked={chosen === choice} onChange={() => choose(choice)} />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
