/** The checker in English: binds the English strings, so this entry's bundle holds no other language. */
import { checker } from '../../i18n/en/checker';
import { criteria } from '../../i18n/en/criteria';
import { dates } from '../../i18n/en/dates';
import { questions } from '../../i18n/en/questions';
import { checkerIn } from './Checker';

export default checkerIn({
  checker,
  questions,
  criteria,
  dates,
  loadCalculators: () => import('../../i18n/en/calculators').then((m) => m.calculators),
  loadFlags: () => import('../../i18n/en/flags').then((m) => m.flags),
});
