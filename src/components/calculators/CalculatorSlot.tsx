/**
 * A closed disclosure under a checker question; opening it loads the calculators and their words on
 * demand (separate chunks from this site), so the checker's own JavaScript stays small. Whether it is
 * open and what was entered in it are the checker's state (kept for Back and reload: tabState.ts).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CalculatorStrings } from '../../i18n/types';
import { useStrings } from '../checker/strings';
import type { CalculatorKind, CalculatorProps } from './types';

type Loaded = {
  Calculator: ComponentType<CalculatorProps & { strings: CalculatorStrings }>;
  strings: CalculatorStrings;
};

export default function CalculatorSlot({
  open,
  toggle,
  ...props
}: CalculatorProps & { open: boolean; toggle: (open: boolean) => void }) {
  const { checker: t, loadCalculators } = useStrings();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!open || loaded) return;
    void Promise.all([import('./Calculators'), loadCalculators()]).then(([m, strings]) =>
      setLoaded({ Calculator: m.default, strings }),
    );
  }, [open]);
  return (
    <details class="calculator no-print" open={open} onToggle={(e) => toggle(e.currentTarget.open)}>
      <summary>{t.openCalculator[props.kind satisfies CalculatorKind]}</summary>
      {loaded ? <loaded.Calculator {...props} strings={loaded.strings} /> : <p>{t.loadingCalculator}</p>}
    </details>
  );
}
