/**
 * The answers and the calculators' inputs, with which calculators are open: the checker's state that
 * this tab keeps (tabState.ts). At hydration it is restored from the history entry, and anything chosen
 * or typed before the script ran wins over what was kept, field by field; after that it is written back,
 * at most once per WRITE_DELAY_MS, and at once when the page is hidden or the answers are cleared.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Confirmed, FactId } from '../../criteria';
import { fill } from '../../i18n/format';
import { openCalculators, readForm, type Raw } from './form';
import type { IslandStrings } from './strings';
import {
  EMPTY_SNAPSHOT,
  readSnapshot,
  WRITE_DELAY_MS,
  writeSnapshot,
  type CalcInputs,
  type TabSnapshot,
} from './tabState';

/** `restored` hears which answers came back (kept by this tab or given before the script ran). */
export function useAnswers(form: { current: HTMLFormElement | null }, restored: (facts: FactId[]) => void) {
  const [raw, setRaw] = useState<Raw>({});
  const [calc, setCalc] = useState<CalcInputs>({});
  const [open, setOpen] = useState<FactId[]>([]);
  const [confirmed, setConfirmed] = useState<Confirmed>({});
  const latest = useRef<TabSnapshot>(EMPTY_SNAPSHOT);
  const first = useRef(true);

  // Right after hydration, in the same task: what this tab kept, then what the form holds now.
  useLayoutEffect(() => {
    const kept = readSnapshot(history.state);
    const answers = { ...kept.answers, ...(form.current ? readForm(form.current) : {}) };
    const open = [...new Set([...kept.open, ...(form.current ? openCalculators(form.current) : [])])];
    latest.current = { ...kept, answers, open };
    if (Object.keys(answers).length) {
      setRaw(answers);
      restored(Object.keys(answers) as FactId[]);
    }
    if (Object.keys(kept.calc).length) setCalc(kept.calc);
    if (open.length) setOpen(open);
    if (Object.keys(kept.confirmed).length) setConfirmed(kept.confirmed);
    const flush = () => writeSnapshot(latest.current);
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    latest.current = { answers: raw, calc, open, confirmed };
    const timer = setTimeout(() => writeSnapshot(latest.current), WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [raw, calc, open, confirmed]);

  /** Stable: one calculator field typed or chosen. */
  const input = useCallback(
    (fact: FactId, key: string, value: string) =>
      setCalc((c) => ((c[fact]?.[key] ?? '') === value ? c : { ...c, [fact]: { ...c[fact], [key]: value } })),
    [],
  );
  /** Stable: a calculator opened or closed. */
  const toggle = useCallback(
    (fact: FactId, isOpen: boolean) =>
      setOpen((o) => (isOpen === o.includes(fact) ? o : isOpen ? [...o, fact] : o.filter((f) => f !== fact))),
    [],
  );
  /** Stable: confirms a flagged value (a number), or withdraws the confirmation (undefined). */
  const confirm = useCallback(
    (fact: FactId, value: number | undefined) => setConfirmed((c) => ({ ...c, [fact]: value })),
    [],
  );
  /** Every answer and calculator input gone, from the page and from this tab's history entry. */
  const reset = () => {
    latest.current = EMPTY_SNAPSHOT;
    writeSnapshot(EMPTY_SNAPSHOT);
    setRaw({});
    setCalc({});
    setOpen([]);
    setConfirmed({});
  };
  return { raw, setRaw, calc, input, openCalcs: open, toggle, confirmed, setConfirmed, confirm, reset };
}

/**
 * What each calculator was given, in words, for Copy and print: the calculators' chunk (describe.ts)
 * loads once any calculator has input (after Back or reload, a closed one too).
 */
export function useDescribed(calc: CalcInputs, strings: IslandStrings): Partial<Record<FactId, string>> {
  const [describe, setDescribe] = useState<((c: CalcInputs) => Partial<Record<FactId, string>>) | null>(null);
  const given = Object.values(calc).some((inputs) => inputs && Object.values(inputs).some((v) => v !== ''));
  useEffect(() => {
    if (!given || describe) return;
    void Promise.all([import('../calculators/Calculators'), strings.loadCalculators()]).then(([m, words]) =>
      setDescribe(
        () => (c: CalcInputs) =>
          m.describeCalculators(c, words, (label, text) => fill(strings.checker.summaryLine, { label, text })),
      ),
    );
  }, [given]);
  return useMemo(() => (describe ? describe(calc) : {}), [describe, calc]);
}
