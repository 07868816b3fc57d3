/**
 * What each calculator was given and what it gave, in words, for the summary a family hands to a doctor
 * (Copy summary and the print view), so that the figures can be checked: every input under its field's
 * label (the medicine, its daily dose and the weight; height, creatinine with its unit, sex and age; a
 * lab value and its upper limit; the ACR/EULAR items chosen; the mRSS areas scored), then the results
 * as the calculator showed them (kept beside the inputs under `=` keys: useReport in fields.tsx),
 * prednisone equivalent and formula names included.
 */
import { SUFFICIENT_WEIGHT } from '../../calculators/scores';
import type { FactId } from '../../criteria';
import { fill } from '../../i18n/format';
import type { CalculatorStrings } from '../../i18n/types';

/** Each calculator given anything, by its fact: its inputs, then its results. */
export function describeCalculators(
  calc: Partial<Record<FactId, Record<string, string>>>,
  t: CalculatorStrings,
  line: (label: string, text: string) => string,
): Partial<Record<FactId, string>> {
  const words = t as unknown as Record<string, string>;
  const named = (group: Record<string, string>, key: string) => (Object.hasOwn(group, key) ? group[key] : undefined);
  // The field's label: the calculators' own words are keyed by the input's key ("heightCm"), the
  // ACR/EULAR items by their ids; mRSS areas are "fingersRight".
  const label = (key: string) => {
    const [, area, side] = /^(.+?)(Right|Left)?$/.exec(key)!;
    const labelled = named(words, key) ?? named(t.acrItems, key) ?? named(t.areas, area!);
    if (key === 'sufficient') return fill(t.acrSufficient, { weight: SUFFICIENT_WEIGHT });
    return `${labelled ?? key}${side ? `, ${side === 'Right' ? t.right : t.left}` : ''}`.replace(/[?？]$/, '');
  };
  const value = (v: string) => named(t.drugs, v) ?? named(t.acrOptions, v) ?? (/^(fe)?male$/.test(v) ? words[v]! : v);
  const described: Partial<Record<FactId, string>> = {};
  for (const [fact, inputs] of Object.entries(calc) as [FactId, Record<string, string>][]) {
    // The unit the eGFR calculator starts in (µmol/L on the Chinese page) counts as chosen once creatinine is typed.
    const all =
      fact === 'egfr' && t.creatinineDefault && inputs.creatinine ? { unit: t.creatinineDefault, ...inputs } : inputs;
    const parts = Object.entries(all)
      .filter(([key, v]) => v.trim() && key !== 'confirmed')
      .sort(([a], [b]) => Number(a[0] === '=') - Number(b[0] === '='))
      .map(([key, v]) => (key[0] === '=' ? v : line(label(key), value(v.trim()))));
    if (parts.length) described[fact] = parts.join(t.gap);
  }
  return described;
}
