/**
 * 简体中文版的全部界面文字，按区域划分。形状与英文版相同（`satisfies UiStrings` 使缺少的键成为类型错误）。
 * 正文在 src/content/zh/。
 */
import type { UiStrings } from '../types';
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

export const zh = {
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
} satisfies UiStrings;
