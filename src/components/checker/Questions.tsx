/** One question of the checker: radios, a number field, or the immunomodulator checkboxes. */
import { Component } from 'preact';
import { FACTS, IMMUNOMODULATORS, IMMUNOMODULATOR_LABEL, type FactId } from '../../criteria';
import { fill, ui } from '../../i18n';
import CalculatorSlot, { hasCalculator } from '../calculators/CalculatorSlot';
import { toggleListValue, type Raw } from './form';

const t = ui().checker;

interface Props {
  fact: FactId;
  /** What is entered for this question (absent = untouched). */
  value: Raw[FactId];
  /** Show the field's error. */
  error: boolean;
  set: (fact: FactId, value: string | string[]) => void;
  touch: (fact: FactId) => void;
}

type Wording = { label: string; hint: string; what?: string };
export const wording = (fact: FactId): Wording => t.questions[fact] as Wording;

/** "Enter LVEF as a percentage from 0 to 100". */
export function errorMessage(fact: FactId): string {
  const spec = FACTS[fact] as { type: string; min: number; max: number };
  const what = `${wording(fact).what ?? fact}${spec.type === 'integer' ? ` ${t.wholeNumber}` : ''}`;
  return fill(t.numberError, { what, min: spec.min, max: spec.max });
}

function Question({ fact, value, error, set, touch }: Props) {
  const { label, hint } = wording(fact);
  const spec = FACTS[fact];
  const id = `f-${fact}`;
  const hintId = hint ? `h-${fact}` : undefined;

  if (spec.type === 'boolean') {
    return (
      <fieldset class="question" id={`q-${fact}`} aria-describedby={hintId}>
        <legend>{label}</legend>
        {hint && <p class="hint" id={hintId}>{hint}</p>}
        <div class="choices choices--inline">
          {(['yes', 'no', 'unknown'] as const).map((option, i) => (
            <label class="choice">
              <input type="radio" id={i === 0 ? id : undefined} name={fact} value={option} checked={value === option}
                onChange={() => set(fact, option)} />
              <span>{t[option]}</span>
            </label>
          ))}
        </div>
        {hasCalculator(fact) && <CalculatorSlot fact={fact} onUse={(v) => set(fact, v)} />}
      </fieldset>
    );
  }

  if (spec.type === 'enum[]') {
    const ticked = Array.isArray(value) ? value : [];
    const box = (option: string, text: string, i: number) => (
      <label class="choice">
        <input type="checkbox" id={i === 0 ? id : undefined} name={fact} value={option} checked={ticked.includes(option)}
          onChange={(e) => set(fact, toggleListValue(ticked, option, e.currentTarget.checked))} />
        <span>{text}</span>
      </label>
    );
    return (
      <fieldset class="question" id={`q-${fact}`} aria-describedby={hintId}>
        <legend>{label}</legend>
        {hint && <p class="hint" id={hintId}>{hint}</p>}
        <div class="choices choices--columns">
          {IMMUNOMODULATORS.map((option, i) => box(option, IMMUNOMODULATOR_LABEL[option]!, i))}
        </div>
        <p class="choices-or">{t.or}</p>
        <div class="choices">{box('none', t.none, 1)}</div>
      </fieldset>
    );
  }

  const errorId = error ? `e-${fact}` : undefined;
  return (
    <div class={`question${error ? ' question--error' : ''}`} id={`q-${fact}`}>
      <label for={id}>{label}{fact === 'mpap_mmhg' && <span class="muted"> {t.optional}</span>}</label>
      {hint && <p class="hint" id={hintId}>{hint}</p>}
      {error && (
        <p class="error-message" id={errorId}>
          <span class="visually-hidden">{t.errorPrefix}</span> {errorMessage(fact)}
        </p>
      )}
      <input class="input-number" type="text" inputmode="decimal" autocomplete="off" spellcheck={false} id={id} name={fact}
        value={typeof value === 'string' ? value : ''} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => set(fact, e.currentTarget.value)} onBlur={() => touch(fact)} />
      {hasCalculator(fact) && <CalculatorSlot fact={fact} onUse={(v) => set(fact, v)} />}
    </div>
  );
}

/**
 * A question renders again only when its own props change, so typing in one field, or adding the next
 * questions while the form is built, leaves the other questions alone (Preact core has no `memo`;
 * preact/compat's would cost more bytes than this).
 */
export default class PureQuestion extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    return (Object.keys(next) as (keyof Props)[]).some((key) => next[key] !== this.props[key]);
  }

  override render(props: Props) {
    return <Question {...props} />;
  }
}
