/**
 * A closed disclosure under a checker question; opening it loads the calculators and their words on
 * demand (separate chunks from this site), so the checker's own JavaScript stays small.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { CalculatorStrings } from '../../i18n/types';
import { useStrings } from '../checker/strings';
import type { CalculatorKind, CalculatorProps } from './types';

type Loaded = {
  Calculator: ComponentType<CalculatorProps & { strings: CalculatorStrings }>;
  strings: CalculatorStrings;
};

export default function CalculatorSlot({ fact, kind, onUse }: CalculatorProps) {
  const { checker: t, loadCalculators } = useStrings();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const load = (open: boolean) => {
    if (!open || loaded) return;
    void Promise.all([import('./Calculators'), loadCalculators()]).then(([m, strings]) =>
      setLoaded({ Calculator: m.default, strings }),
    );
  };
  return (
    <details class="calculator no-print" onToggle={(e) => load(e.currentTarget.open)}>
      <summary>{t.openCalculator[kind satisfies CalculatorKind]}</summary>
      {loaded ? (
        <loaded.Calculator fact={fact} kind={kind} onUse={onUse} strings={loaded.strings} />
      ) : (
        <p>{t.loadingCalculator}</p>
      )}
    </details>
  );
}
