/** The checker's English strings bound to the island, given its questions: all of them for the page's build (CheckerEn.tsx), or those the page's script needs (client-en.ts). */
import { checker } from '../../i18n/en/checker';
import { criteria } from '../../i18n/en/criteria';
import { dates } from '../../i18n/en/dates';
import type { QuestionStrings } from '../../i18n/types';
import { checkerIn } from './Checker';

export const islandEn = (questions: QuestionStrings) =>
  checkerIn({
    checker,
    questions,
    criteria,
    dates,
    loadCalculators: () => import('../../i18n/en/calculators').then((m) => m.calculators),
    loadFlags: () => import('../../i18n/en/flags').then((m) => m.flags),
  });
