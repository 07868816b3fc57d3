/** What the checker and its calculators share; the calculators themselves load when one is opened. */
import type { FactId } from '../../criteria';

export type CalculatorKind = 'acr' | 'mrss' | 'egfr' | 'uln' | 'dose';

/** Which calculator helps with which fact. */
export const CALCULATOR_FOR: Partial<Record<FactId, CalculatorKind>> = {
  ssc_classification_met: 'acr',
  mrss: 'mrss',
  egfr: 'egfr',
  ast_x_uln: 'uln',
  alt_x_uln: 'uln',
  bilirubin_x_uln: 'uln',
  max_glucocorticoid_mg_per_kg_day: 'dose',
};

export interface CalculatorProps {
  fact: FactId;
  kind: CalculatorKind;
  /** The question's answer now ('' when none): "Use this value" asks before replacing a different one. */
  current: string;
  /** Fills the question with the value as shown ("51.6", or "yes"/"no"). */
  onUse: (value: string) => void;
  /**
   * This calculator's inputs by field key, kept by the checker (so that Back and reload restore them
   * and the summary names them); a calculator starts with none.
   */
  inputs: Record<string, string>;
  input: (key: string, value: string) => void;
}
