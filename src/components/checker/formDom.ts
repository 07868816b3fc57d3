/**
 * The questions are the page's HTML, never rendered by the island (Questions.tsx): hydrating ~900
 * elements took most of a second at 4x CPU slowdown, and every keystroke re-rendered the form. This
 * module reads what the reader does in the form (events delegated on it) and writes back only what the
 * checker's state changes: values set for the reader (kept by the tab, filled by a calculator, opened
 * from a file, cleared, "none" unticking the medicines), which questions are asked, and each number's
 * error. It knows no language (the error's words are given) and no framework.
 */
import { FACTS, type FactId } from '../../criteria';
import { calculatorFact, toggleListValue, type Raw } from './form';

export interface FormEvents {
  set: (fact: FactId, value: string | string[]) => void;
  /** A number field left. */
  touch: (fact: FactId) => void;
  /** A calculator opened or closed. */
  toggle: (fact: FactId, open: boolean) => void;
}

/** The question an answer's control belongs to: not a calculator's fields, not a flag's checkbox. */
function factOf(el: EventTarget | null): FactId | undefined {
  if (!(el instanceof HTMLInputElement) || !Object.hasOwn(FACTS, el.name) || el.closest('.calculator')) return;
  return el.name as FactId;
}

/** Listens on the form; returns the function that stops. */
export function listen(form: HTMLFormElement, on: FormEvents): () => void {
  const input = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const fact = factOf(el);
    if (fact && el.type === 'text') on.set(fact, el.value);
  };
  const change = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const fact = factOf(el);
    if (!fact || el.type === 'text') return;
    if (el.type === 'radio') return on.set(fact, el.value);
    const others = [...form.querySelectorAll<HTMLInputElement>(`input[name="${fact}"]:checked`)]
      .map((box) => box.value)
      .filter((value) => value !== el.value);
    on.set(fact, toggleListValue(others, el.value, el.checked));
  };
  // A number left shows its flag, which moves the questions below it. Left by a press on another
  // control (mouse or pen), the flag waits for the press's click, so that the click lands where it was aimed.
  let pressing = false;
  const waiting: FactId[] = [];
  const left = (e: Event) => {
    const fact = factOf(e.target);
    if (!fact || (e.target as HTMLInputElement).type !== 'text') return;
    if (pressing) waiting.push(fact);
    else on.touch(fact);
  };
  const press = () => (pressing = true);
  const release = () => {
    pressing = false;
    setTimeout(() => waiting.splice(0).forEach(on.touch));
  };
  // `toggle` does not bubble: heard on its way down (capture).
  const toggle = (e: Event) => {
    const details = e.target as HTMLDetailsElement;
    if (details.matches?.('.calculator')) on.toggle(calculatorFact(details), details.open);
  };
  // Where, what, and whether heard on the way down: the pointer's presses anywhere on the page.
  const listeners: [EventTarget, string, (e: Event) => void, boolean][] = [
    [form, 'input', input, false],
    [form, 'change', change, false],
    [form, 'focusout', left, false],
    [form, 'toggle', toggle, true],
    [document, 'pointerdown', press, true],
    [document, 'pointerup', release, true],
    [document, 'pointercancel', release, true],
  ];
  for (const [target, type, fn, capture] of listeners) target.addEventListener(type, fn, capture);
  return () => {
    for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
  };
}

export interface FormState {
  raw: Raw;
  asked: readonly FactId[];
  errors: readonly FactId[];
  /** Facts whose flag shows (its message has the id `flag-<fact>`). */
  flagged: readonly FactId[];
  openCalcs: readonly FactId[];
}

/** One question on the page, found once: its block, its controls, its number field and its calculator. */
export interface QuestionDom {
  fact: FactId;
  block: HTMLElement;
  inputs: HTMLInputElement[];
  /** The number field (number questions only). */
  field: HTMLInputElement | undefined;
  details: HTMLDetailsElement | null;
  /**
   * Whether the state last said its calculator is open. The reader opens one before the state hears of
   * it (`toggle` comes a task later), so a render in between must not close it: the disclosure is
   * written only when the state's own answer changes (a tab's kept answers, Clear all answers).
   */
  open: boolean;
  hintId: string;
}

/** The form's questions, looked up once so that a keystroke's update queries nothing. */
export function questionsIn(form: HTMLFormElement): QuestionDom[] {
  return [...form.querySelectorAll<HTMLElement>('.question[id^="q-"]')].map((block) => {
    const fact = block.id.slice(2) as FactId;
    const inputs = [...block.querySelectorAll<HTMLInputElement>(`input[name="${fact}"]`)];
    const details = block.querySelector<HTMLDetailsElement>('details.calculator');
    return {
      fact,
      block,
      inputs,
      field: 'min' in FACTS[fact] ? inputs[0] : undefined,
      details,
      open: details?.open ?? false,
      hintId: block.querySelector(`#h-${fact}`) ? `h-${fact}` : '',
    };
  });
}

/** Writes the state into the questions, touching only what differs. `error(fact)` is the error's words: [prefix, message]. */
export function sync(questions: QuestionDom[], state: FormState, error: (fact: FactId) => [string, string]) {
  for (const question of questions) {
    const { fact, block, inputs, field, details } = question;
    const asked = state.asked.includes(fact);
    if (block.hidden === asked) block.hidden = !asked;
    const value = state.raw[fact];
    for (const el of inputs) {
      if (el === field) {
        const text = typeof value === 'string' ? value : '';
        if (el.value !== text) el.value = text;
      } else {
        const on = Array.isArray(value) ? value.includes(el.value) : value === el.value;
        if (el.checked !== on) el.checked = on;
      }
    }
    const open = state.openCalcs.includes(fact);
    if (details && question.open !== open) {
      question.open = open;
      if (details.open !== open) details.open = open;
    }
    if (field) showError(question, field, state, error);
  }
}

/** A number's error at its question: the message above the field, the field marked, its description. */
function showError(
  { fact, block, hintId }: QuestionDom,
  field: HTMLInputElement,
  state: FormState,
  error: (fact: FactId) => [string, string],
) {
  const wrong = state.errors.includes(fact);
  if (block.classList.contains('question--error') !== wrong) {
    block.classList.toggle('question--error', wrong);
    if (wrong) {
      const [prefix, words] = error(fact);
      const message = Object.assign(document.createElement('p'), { className: 'error-message', id: `e-${fact}` });
      const hidden = Object.assign(document.createElement('span'), {
        className: 'visually-hidden',
        textContent: prefix,
      });
      message.append(hidden, ` ${words}`);
      field.before(message);
      field.setAttribute('aria-invalid', 'true');
    } else {
      document.getElementById(`e-${fact}`)?.remove();
      field.removeAttribute('aria-invalid');
    }
  }
  describe(field, hintId, fact, wrong, state);
}

/** The field's description: its hint, its error, its flag's message. */
function describe(field: HTMLInputElement, hintId: string, fact: FactId, wrong: boolean, state: FormState) {
  const ids = [hintId, wrong && `e-${fact}`, state.flagged.includes(fact) && `flag-${fact}`].filter(Boolean).join(' ');
  if ((field.getAttribute('aria-describedby') ?? '') === ids) return;
  if (ids) field.setAttribute('aria-describedby', ids);
  else field.removeAttribute('aria-describedby');
}
