/**
 * The checker's English strings bound to the island: for the page's build, every question's words
 * and their view (CheckerEn.tsx); for the page's script, the words it needs and no view (client-en.ts).
 */
import type { ComponentType } from 'preact';
import { checker } from '../../i18n/en/checker';
import { criteria } from '../../i18n/en/criteria';
import { dates } from '../../i18n/en/dates';
import type { FormStrings, QuestionStrings } from '../../i18n/types';
import { checkerIn } from './Checker';

export const islandEn = (questions: QuestionStrings, view?: { Questions: ComponentType; form: FormStrings }) =>
  checkerIn(
    {
      checker,
      questions,
      criteria,
      dates,
      form: view?.form,
      loadCalculators: () => import('../../i18n/en/calculators').then((m) => m.calculators),
      loadFlags: () => import('../../i18n/en/flags').then((m) => m.flags),
      loadActions: () => import('../../i18n/en/actions').then((m) => m.actions),
    },
    view?.Questions,
  );
