/** One question of the checker: radios, a number field, or the immunomodulator checkboxes. */
import { Component, type ComponentChildren } from 'preact';
import { FACTS, IMMUNOMODULATORS, type FactId, type Guard } from '../../criteria';
import { fill, questionWording } from '../../i18n/format';
import CalculatorSlot from '../calculators/CalculatorSlot';
import { CALCULATOR_FOR } from '../calculators/types';
import Flag from './Flag';
import { toggleListValue, type Raw } from './form';
import { useStrings, type IslandStrings } from './strings';

interface Props {
  fact: FactId;
  /** What is entered for this question (absent = untouched). */
  value: Raw[FactId];
  /** Show the field's error. */
  error: boolean;
  set: (fact: FactId, value: string | string[]) => void;
  touch: (fact: FactId) => void;
  /** The guard a number trips (src/criteria/guards.ts), and the value the reader confirmed. */
  flag?: Guard | undefined;
  confirmed?: number | undefined;
  confirm: (fact: FactId, value: number | undefined) => void;
  /** Its calculator's inputs and whether it is open (questions with a calculator only). */
  calc?: Record<string, string> | undefined;
  calcOpen?: boolean;
  input?: (fact: FactId, key: string, value: string) => void;
  toggle?: (fact: FactId, open: boolean) => void;
}

/** "Enter LVEF as a percentage from 0 to 100". */
export function errorMessage(fact: FactId, s: IslandStrings): string {
  const spec = FACTS[fact] as { type: string; min: number; max: number };
  const t = s.checker;
  const what = `${questionWording(fact, s.questions).what ?? fact}${spec.type === 'integer' ? t.wholeNumber : ''}`;
  return fill(t.numberError, { what, min: spec.min, max: spec.max });
}

interface ChoicesProps {
  fact: FactId;
  label: string;
  hint?: string;
  /** The hint's id, which describes the fieldset. */
  hintId?: string;
  children: ComponentChildren;
}

/** A question answered by choices: its legend, its hint, then the choices. */
function Choices({ fact, label, hint, hintId, children }: ChoicesProps) {
  return (
    <fieldset class="question" id={`q-${fact}`} aria-describedby={hintId}>
      <legend>{label}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}

function Question({ fact, value, error, set, touch, flag, confirmed, confirm, calc, calcOpen, input, toggle }: Props) {
  const strings = useStrings();
  const t = strings.checker;
  const { label, hint, answers } = questionWording(fact, strings.questions);
  const spec = FACTS[fact];
  const calculator = CALCULATOR_FOR[fact];
  const id = `f-${fact}`;
  const hintId = hint ? `h-${fact}` : undefined;
  const slot = calculator && (
    <CalculatorSlot
      fact={fact}
      kind={calculator}
      current={typeof value === 'string' ? value : ''}
      onUse={(v) => {
        set(fact, v);
        touch(fact);
      }}
      inputs={calc ?? {}}
      input={(key, v) => input!(fact, key, v)}
      open={!!calcOpen}
      toggle={(o) => toggle!(fact, o)}
    />
  );

  if (spec.type === 'boolean') {
    return (
      <Choices fact={fact} label={label} hint={hint} hintId={hintId}>
        <div class="choices choices--inline">
          {[...((answers ? Object.keys(answers) : ['yes', 'no']) as ('yes' | 'no')[]), 'unknown' as const].map(
            (option, i) => (
              <label class="choice">
                <input
                  type="radio"
                  id={i === 0 ? id : undefined}
                  name={fact}
                  value={option}
                  checked={value === option}
                  onChange={() => set(fact, option)}
                />
                <span>{(option !== 'unknown' && answers?.[option]) || t[option]}</span>
              </label>
            ),
          )}
        </div>
        {slot}
      </Choices>
    );
  }

  if (spec.type === 'enum[]') {
    const ticked = Array.isArray(value) ? value : [];
    const box = (option: string, text: string, i: number) => (
      <label class="choice">
        <input
          type="checkbox"
          id={i === 0 ? id : undefined}
          name={fact}
          value={option}
          checked={ticked.includes(option)}
          onChange={(e) => set(fact, toggleListValue(ticked, option, e.currentTarget.checked))}
        />
        <span>{text}</span>
      </label>
    );
    return (
      <Choices fact={fact} label={label} hint={hint} hintId={hintId}>
        <div class="choices choices--columns">
          {IMMUNOMODULATORS.map((option, i) => box(option, strings.criteria.immunomodulator[option], i))}
        </div>
        <p class="choices-or">{t.or}</p>
        <div class="choices">{box('none', t.none, 1)}</div>
      </Choices>
    );
  }

  const errorId = error ? `e-${fact}` : undefined;
  return (
    <div class={`question${error ? ' question--error' : ''}`} id={`q-${fact}`}>
      <label for={id}>
        {label}
        {fact === 'mpap_mmhg' && <span class="muted">{t.optional}</span>}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={errorId}>
          <span class="visually-hidden">{t.errorPrefix}</span> {errorMessage(fact, strings)}
        </p>
      )}
      <input
        class="input-number"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        spellcheck={false}
        id={id}
        name={fact}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={[hintId, errorId, flag && `flag-${fact}`].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => set(fact, e.currentTarget.value)}
        onBlur={() => touch(fact)}
      />
      {flag && typeof value === 'string' && (
        <Flag fact={fact} guard={flag} text={value} confirmed={confirmed} confirm={confirm} />
      )}
      {slot}
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
