/**
 * The calculators, loaded on demand by CalculatorSlot as one chunk with their words: one file each, the
 * shared fields in fields.tsx, the arithmetic, citations and limits in src/calculators/.
 */
import type { ComponentType } from 'preact';
import type { CalculatorStrings } from '../../i18n/types';
import AcrEular from './AcrEular';
import Dose from './Dose';
import Egfr from './Egfr';
import { Words } from './fields';
import Mrss from './Mrss';
import Ratio from './Ratio';
import type { CalculatorKind, CalculatorProps } from './types';

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
      <Calculator {...props} />
    </Words.Provider>
  );
}
