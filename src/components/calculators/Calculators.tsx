/**
 * The calculators, loaded on demand by CalculatorBody as one chunk with their words: one file each, the
 * shared fields in fields.tsx, the arithmetic, citations and limits in src/calculators/. The checker
 * also loads this chunk to describe what the calculators were given, for Copy and print (describe.ts).
 */
import type { ComponentType } from 'preact';
import type { CalculatorStrings } from '../../i18n/types';
import AcrEular from './AcrEular';
import Dose from './Dose';
import Egfr from './Egfr';
import { Question, Words } from './fields';
import Mrss from './Mrss';
import Ratio from './Ratio';
import type { CalculatorKind, CalculatorProps } from './types';

export { describeCalculators } from './describe';

const CALCULATORS: Record<CalculatorKind, ComponentType<CalculatorProps>> = {
  acr: AcrEular,
  mrss: Mrss,
  egfr: Egfr,
  uln: Ratio,
  dose: Dose,
};

export default function Calculators({ strings, ...props }: CalculatorProps & { strings: CalculatorStrings }) {
  const Calculator = CALCULATORS[props.kind];
  return (
    <Words.Provider value={strings}>
      <Question.Provider value={props}>
        <Calculator {...props} />
      </Question.Provider>
    </Words.Provider>
  );
}
