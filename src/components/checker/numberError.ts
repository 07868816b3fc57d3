/** A number question's error message, shown at the question (formDom.ts) and in the error summary. */
import { FACTS, type FactId } from '../../criteria';
import { fill, questionWording } from '../../i18n/format';
import type { IslandStrings } from './strings';

/** "Enter LVEF as a percentage from 0 to 100". */
export function errorMessage(fact: FactId, s: IslandStrings): string {
  const spec = FACTS[fact] as { type: string; min: number; max: number };
  const t = s.checker;
  const what = `${questionWording(fact, s.questions).what ?? fact}${spec.type === 'integer' ? t.wholeNumber : ''}`;
  return fill(t.numberError, { what, min: spec.min, max: spec.max });
}
