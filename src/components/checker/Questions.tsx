/**
 * One question of the checker as the page's build renders it: radios, a number field, or the
 * immunomodulator checkboxes, with its calculator's disclosure. The island never renders questions:
 * they stay this HTML, and formDom.ts reads what the reader does in them and writes back what changes
 * (values set for the reader, which questions are asked, a number's error); Preact renders only the
 * calculators and flags inside them (questionParts.tsx).
 */
import type { ComponentChildren } from 'preact';
import { FACTS, IMMUNOMODULATORS, type FactId } from '../../criteria';
import { questionWording } from '../../i18n/format';
import type { FormStrings } from '../../i18n/types';
import { CALCULATOR_FOR } from '../calculators/types';
import { askedQuestions, GROUPS, type Group } from './form';
import { useStrings } from './strings';

interface Props {
  fact: FactId;
  /** Whether it is asked before anything is answered: one that is not is on the page, hidden. */
  asked: boolean;
}

interface ChoicesProps extends Props {
  label: string;
  hint?: string;
  /** The hint's id, which describes the fieldset. */
  hintId?: string;
  children: ComponentChildren;
}

/** A question answered by choices: its legend, its hint, then the choices. */
function Choices({ fact, asked, label, hint, hintId, children }: ChoicesProps) {
  return (
    <fieldset class="question" id={`q-${fact}`} aria-describedby={hintId} hidden={!asked}>
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

/** The form's words around its questions, which only the page's build has (strings.ts). */
function useFormWords(): FormStrings {
  const { form } = useStrings();
  if (!form) throw new Error('The questions are rendered by the page’s build, which gives the form’s words');
  return form;
}

/** A closed calculator under its question; its body is the island's (questionParts.tsx) once opened. */
function CalculatorSlot({ fact }: { fact: FactId }) {
  const t = useStrings().checker;
  const form = useFormWords();
  const kind = CALCULATOR_FOR[fact];
  return (
    kind && (
      <details class="calculator no-print">
        <summary>{form.openCalculator[kind]}</summary>
        <div class="calculator__body">
          <p>{t.loadingCalculator}</p>
        </div>
      </details>
    )
  );
}

function Question({ fact, asked }: Props) {
  const strings = useStrings();
  const t = strings.checker;
  const form = useFormWords();
  const { label, hint, answers } = questionWording(fact, strings.questions);
  const spec = FACTS[fact];
  const id = `f-${fact}`;
  const hintId = hint ? `h-${fact}` : undefined;

  if (spec.type === 'boolean') {
    return (
      <Choices fact={fact} asked={asked} label={label} hint={hint} hintId={hintId}>
        <div class="choices">
          {[...((answers ? Object.keys(answers) : ['yes', 'no']) as ('yes' | 'no')[]), 'unknown' as const].map(
            (option, i) => (
              <label>
                <input type="radio" id={i === 0 ? id : undefined} name={fact} value={option} />
                {(option !== 'unknown' && answers?.[option]) || t[option]}
              </label>
            ),
          )}
        </div>
        <CalculatorSlot fact={fact} />
      </Choices>
    );
  }

  if (spec.type === 'enum[]') {
    const box = (option: string, text: string, i: number) => (
      <label>
        <input type="checkbox" id={i === 0 ? id : undefined} name={fact} value={option} />
        {text}
      </label>
    );
    return (
      <Choices fact={fact} asked={asked} label={label} hint={hint} hintId={hintId}>
        <div class="choices choices--columns">
          {IMMUNOMODULATORS.map((option, i) => box(option, strings.criteria.immunomodulator[option], i))}
        </div>
        <p class="choices-or">{form.or}</p>
        <div class="choices">{box('none', t.none, 1)}</div>
      </Choices>
    );
  }

  return (
    <div class="question" id={`q-${fact}`} hidden={!asked}>
      <label for={id}>
        {label}
        {fact === 'mpap_mmhg' && <span class="muted">{form.optional}</span>}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
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
        aria-describedby={hintId}
      />
      <CalculatorSlot fact={fact} />
    </div>
  );
}

/** The questions asked when nothing is answered: the others are on the page, hidden. */
const ASKED_AT_FIRST = askedQuestions({});

/** The questions, by group, and the button to the result. */
export default function Questions() {
  const t = useStrings().checker;
  const form = useFormWords();
  return (
    <>
      {(Object.keys(GROUPS) as Group[]).map((group) => (
        <section class="question-group" aria-labelledby={`g-${group}`}>
          <h2 id={`g-${group}`}>{form.groups[group]}</h2>
          {form.groupHints[group] && <p class="hint">{form.groupHints[group]}</p>}
          {GROUPS[group].map((fact) => (
            <Question key={fact} fact={fact} asked={ASKED_AT_FIRST.includes(fact)} />
          ))}
        </section>
      ))}
      <button type="submit" class="button">
        {t.seeResult}
      </button>
    </>
  );
}
