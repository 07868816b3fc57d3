/**
 * The checker's questions are the page's HTML (Questions.tsx). After each render of the island this
 * brings them up to date (formDom.ts) and renders, into them, the only parts of a question that are
 * Preact's: a flagged number's message (Flag.tsx) and each opened calculator's body.
 */
import { render, type ComponentChild, type RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { FactId } from '../../criteria';
import CalculatorBody from '../calculators/CalculatorBody';
import { CALCULATOR_FOR } from '../calculators/types';
import Flag from './Flag';
import { listen, questionsIn, sync, type QuestionDom } from './formDom';
import { errorMessage } from './numberError';
import { Strings, type IslandStrings } from './strings';
import type { Checker } from './view';

export function useQuestionParts(form: RefObject<HTMLFormElement>, checker: Checker, strings: IslandStrings) {
  const questions = useRef<QuestionDom[]>([]);
  useLayoutEffect(() => {
    questions.current = questionsIn(form.current!);
    const stop = listen(form.current!, checker);
    // The questions answer from now on, in hydration's own task (the result rows follow in later ones).
    form.current!.parentElement!.setAttribute('data-ready', '');
    return () => {
      stop();
      for (const el of form.current?.querySelectorAll<HTMLElement>('.flag-slot, .calculator__body') ?? [])
        render(null, el);
    };
  }, []);

  const hydrated = useRef(false);
  useLayoutEffect(() => {
    // Not at hydration: the form is then ahead of the state, which is about to read it (useAnswers.ts);
    // writing the state back would untick what was chosen before the script ran.
    if (!hydrated.current) return void (hydrated.current = true);
    const { raw, flags, confirmed, calc, openCalcs } = checker;
    const part = (child: ComponentChild, el: HTMLElement) =>
      render(<Strings.Provider value={strings}>{child}</Strings.Provider>, el);
    sync(questions.current, { ...checker, flagged: Object.keys(flags) as FactId[] }, (fact) => [
      strings.checker.errorPrefix,
      errorMessage(fact, strings),
    ]);
    for (const { fact, field, details } of questions.current) {
      const guard = flags[fact];
      const text = raw[fact];
      const next = field?.nextElementSibling as HTMLElement | null | undefined;
      let el = next?.classList.contains('flag-slot') ? next : undefined;
      if (field && guard && typeof text === 'string') {
        if (!el) field.after((el = Object.assign(document.createElement('div'), { className: 'flag-slot' })));
        part(<Flag fact={fact} guard={guard} text={text} confirmed={confirmed[fact]} confirm={checker.confirm} />, el);
      } else if (el) {
        render(null, el);
        el.remove();
      }
      if (!details || !openCalcs.includes(fact)) continue;
      const current = raw[fact];
      part(
        <CalculatorBody
          fact={fact}
          kind={CALCULATOR_FOR[fact]!}
          current={typeof current === 'string' ? current : ''}
          onUse={(v) => {
            checker.set(fact, v);
            checker.touch(fact);
          }}
          inputs={calc[fact] ?? {}}
          input={(key, v) => checker.input(fact, key, v)}
        />,
        details.querySelector<HTMLElement>('.calculator__body')!,
      );
    }
  });
}
