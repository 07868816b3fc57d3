/**
 * An opened calculator's body under a checker question (the island renders it into the page's
 * disclosure: ../checker/questionParts.tsx). The calculators and their words load on the first
 * opening (separate chunks from this site), so the checker's own JavaScript stays small. Whether it is
 * open and what was entered in it are the checker's state (kept for Back and reload: tabState.ts).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CalculatorStrings } from '../../i18n/types';
import { useStrings } from '../checker/strings';
import type { CalculatorProps } from './types';

type Loaded = {
  Calculator: ComponentType<CalculatorProps & { strings: CalculatorStrings }>;
  strings: CalculatorStrings;
};

export default function CalculatorBody(props: CalculatorProps) {
  const { checker: t, loadCalculators } = useStrings();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    void Promise.all([import('./Calculators'), loadCalculators()]).then(([m, strings]) =>
      setLoaded({ Calculator: m.default, strings }),
    );
  }, []);
  return loaded ? <loaded.Calculator {...props} strings={loaded.strings} /> : <p>{t.loadingCalculator}</p>;
}
