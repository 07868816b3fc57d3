/** The checker in Chinese: binds the Chinese strings, so this entry's bundle holds no other language. */
import { checker } from '../../i18n/zh/checker';
import { criteria } from '../../i18n/zh/criteria';
import { dates } from '../../i18n/zh/dates';
import { questions } from '../../i18n/zh/questions';
import { checkerIn } from './Checker';

export default checkerIn({
  checker,
  questions,
  criteria,
  dates,
  loadCalculators: () => import('../../i18n/zh/calculators').then((m) => m.calculators),
  loadFlags: () => import('../../i18n/zh/flags').then((m) => m.flags),
});
