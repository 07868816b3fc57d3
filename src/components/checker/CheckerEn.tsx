/** The checker in English: binds the English strings, so this entry's bundle holds no other language. */
import { checker } from '../../i18n/en/checker';
import { criteria } from '../../i18n/en/criteria';
import { questions } from '../../i18n/en/questions';
import Checker, { type CheckerProps } from './Checker';
import type { IslandStrings } from './strings';

const strings: IslandStrings = {
  lang: 'en',
  checker,
  questions,
  criteria,
  loadCalculators: () => import('../../i18n/en/calculators').then((m) => m.calculators),
};

export default function CheckerEn(props: CheckerProps) {
  return <Checker {...props} strings={strings} />;
}
