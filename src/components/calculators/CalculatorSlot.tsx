/**
 * A closed disclosure under a checker question; opening it loads the calculator on demand (a separate
 * chunk from this site), so the checker's own JavaScript stays small.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { ui } from '../../i18n';

const t = ui().calculators;

/** Which calculator helps with which fact. */
const KIND: Record<string, keyof typeof t.open> = {
  ssc_classification_met: 'acr',
  mrss: 'mrss',
  egfr: 'egfr',
  ast_x_uln: 'uln',
  alt_x_uln: 'uln',
  bilirubin_x_uln: 'uln',
  max_glucocorticoid_mg_per_kg_day: 'dose',
};

export interface CalculatorProps {
  fact: string;
  /** Fills the question with the value as shown ("51.6", or "yes"/"no"). */
  onUse: (value: string) => void;
}

export const hasCalculator = (fact: string): boolean => fact in KIND;

export default function CalculatorSlot({ fact, onUse }: CalculatorProps) {
  const [Calculator, setCalculator] = useState<ComponentType<CalculatorProps & { kind: string }> | null>(null);
  const load = (open: boolean) => {
    if (open && !Calculator) void import('./Calculators').then((m) => setCalculator(() => m.default));
  };
  return (
    <details class="calculator no-print" onToggle={(e) => load(e.currentTarget.open)}>
      <summary>{t.open[KIND[fact]!]}</summary>
      {Calculator ? <Calculator fact={fact} kind={KIND[fact]!} onUse={onUse} /> : <p>{t.loading}</p>}
    </details>
  );
}
