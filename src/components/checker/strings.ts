/**
 * The island's strings, handed down by context: each language's entry (CheckerEn.tsx, ...) provides its
 * own, so each language's bundle holds that language's words only. The calculators' words load with
 * the calculators, when one is opened.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DateWords } from '../../i18n/format';
import type {
  ActionStrings,
  CalculatorStrings,
  CheckerStrings,
  CriteriaStrings,
  FlagStrings,
  FormStrings,
  QuestionStrings,
} from '../../i18n/types';

export interface IslandStrings {
  dates: DateWords;
  checker: CheckerStrings;
  questions: QuestionStrings;
  criteria: CriteriaStrings;
  loadCalculators: () => Promise<CalculatorStrings>;
  /** What a flagged number says (src/criteria/guards.ts): loaded with its view when the first one shows. */
  loadFlags: () => Promise<FlagStrings>;
  /** What the buttons under the result say once used, and the notes in an app's browser (useRequested.ts). */
  loadActions: () => Promise<ActionStrings>;
  /** The form's words around its questions: only the page's build has them, as it alone renders the form. */
  form?: FormStrings | undefined;
}

/** Provided by checkerIn (Checker.tsx), which each language's entry calls with its strings. */
export const Strings = createContext<IslandStrings>(null as unknown as IslandStrings);

export function useStrings(): IslandStrings {
  return useContext(Strings);
}
