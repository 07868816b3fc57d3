/**
 * Every UI string of the English edition, by area. The Chinese edition has the same shape
 * (`UiStrings` in ../types.ts makes a missing key a type error). Prose lives in src/content/en/.
 */
import { actions } from './actions';
import { calculators } from './calculators';
import { checkPage } from './check-page';
import { checker } from './checker';
import { criteria } from './criteria';
import { criterionText } from './criteria-text';
import { dates } from './dates';
import { flags } from './flags';
import { form } from './form';
import { questions } from './questions';
import { search } from './search';
import { share } from './share';
import { site } from './site';

export const en = {
  ...site,
  search,
  checkPage,
  checker,
  actions,
  questions,
  calculators,
  criteria,
  criterionText,
  share,
  dates,
  flags,
  form,
};
