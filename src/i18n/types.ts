import type { en } from './en';

export type { Lang } from './languages';

/** String literals widened to `string`, so each language fills the same shape with its own words. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type UiStrings = Widen<typeof en>;
export type CheckerStrings = UiStrings['checker'];
export type QuestionStrings = UiStrings['questions'];
export type CriteriaStrings = UiStrings['criteria'];
export type CalculatorStrings = UiStrings['calculators'];
export type FlagStrings = UiStrings['flags'];
export type ActionStrings = UiStrings['actions'];
export type FormStrings = UiStrings['form'];
