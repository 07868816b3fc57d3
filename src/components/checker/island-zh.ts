/** The checker's Chinese strings bound to the island, given its questions: all of them for the page's build (CheckerZh.tsx), or those the page's script needs (client-zh.ts). */
import { checker } from '../../i18n/zh/checker';
import { criteria } from '../../i18n/zh/criteria';
import { dates } from '../../i18n/zh/dates';
import type { QuestionStrings } from '../../i18n/types';
import { checkerIn } from './Checker';

export const islandZh = (questions: QuestionStrings) =>
  checkerIn({
    checker,
    questions,
    criteria,
    dates,
    loadCalculators: () => import('../../i18n/zh/calculators').then((m) => m.calculators),
    loadFlags: () => import('../../i18n/zh/flags').then((m) => m.flags),
  });
