/**
 * The checker's Chinese strings bound to the island: for the page's build, every question's words
 * and their view (CheckerZh.tsx); for the page's script, the words it needs and no view (client-zh.ts).
 */
import type { ComponentType } from 'preact';
import { checker } from '../../i18n/zh/checker';
import { criteria } from '../../i18n/zh/criteria';
import { dates } from '../../i18n/zh/dates';
import type { FormStrings, QuestionStrings } from '../../i18n/types';
import { checkerIn } from './Checker';

export const islandZh = (questions: QuestionStrings, view?: { Questions: ComponentType; form: FormStrings }) =>
  checkerIn(
    {
      checker,
      questions,
      criteria,
      dates,
      form: view?.form,
      loadCalculators: () => import('../../i18n/zh/calculators').then((m) => m.calculators),
      loadFlags: () => import('../../i18n/zh/flags').then((m) => m.flags),
      loadActions: () => import('../../i18n/zh/actions').then((m) => m.actions),
    },
    view?.Questions,
  );
