/**
 * eGFR from creatinine. The unit is never silent: a value implausible for a child in the chosen unit
 * (38 "mg/dL") is flagged with the unit it is probably in, and no eGFR from it can be used until the
 * reader changes the unit or the value, or confirms that the report says so (src/calculators/egfr.ts).
 * The registry names no formula: when the two results fall on both sides of I6's limit, neither is
 * offered and the study team decides (egfrLimit).
 */
import { useContext } from 'preact/hooks';
import { SCHWARTZ_CITATION, CKID_CITATION } from '../../calculators/citations';
import {
  bedsideSchwartz,
  CHILD_CREATININE,
  ckidU25,
  CKID_AGES,
  creatinineMgDl,
  likelyCreatinineUnit,
  type CreatinineUnit,
} from '../../calculators/egfr';
import type { Result } from '../../calculators/result';
import { thresholdsOn } from '../../criteria';
import { fill } from '../../i18n/format';
import { NumberField, num, Radios, useReport, Words } from './fields';
import Outcome from './Outcome';
import type { CalculatorProps } from './types';

/** The units, with their radio values in the automation contract (ASCII: `umol/L`). */
const UNITS = [
  ['µmol/L', 'umol/L', 'µmol/L'],
  ['mg/dL', 'mg/dL', 'mg/dL'],
] as const;

/** I6's eGFR limit (30 mL/min/1.73 m²), read from the criteria. */
export const egfrLimit = () => thresholdsOn('egfr')[0]!.value;

/** The unit chosen, or the one the page's language starts in (mainland China: µmol/L). */
const unitOf = (inputs: Record<string, string>, t: { creatinineDefault: string }) =>
  (inputs.unit ?? (t.creatinineDefault || undefined)) as CreatinineUnit | undefined;

/** What the eGFR calculator makes of its inputs: the two results (null before anything is typed). */
function egfrOutcome(inputs: Record<string, string>, t: { creatinineDefault: string }) {
  const height = inputs.heightCm ?? '';
  const creat = inputs.creatinine ?? '';
  const unit = unitOf(inputs, t);
  const started = height.trim() !== '' || creat.trim() !== '';
  const c = num(creat);
  const likely = c !== undefined && unit ? likelyCreatinineUnit(c, unit) : undefined;
  // The reader's "the report really says this": kept for this value and unit only.
  const key = `${creat.trim()} ${unit}`;
  const blocked = likely !== undefined && inputs.confirmed !== key;
  const scr = c === undefined || Number.isNaN(c) || !unit ? c : creatinineMgDl(c, unit);
  const ageYears = num(inputs.ageYears ?? '');
  // A creatinine typed without a unit, or in a flagged unit, gives no eGFR: the unit comes first.
  const check = (result: Result): Result | null =>
    !started
      ? null
      : c !== undefined && !unit
        ? { ok: false, problem: 'unit' }
        : blocked
          ? { ok: false, problem: 'creatinineUnit' }
          : result;
  const schwartz = check(bedsideSchwartz(num(height), scr, Number.isNaN(ageYears ?? 0) ? undefined : ageYears));
  const ckid = check(ckidU25(inputs.sex as 'male' | 'female' | undefined, ageYears, num(height), scr));
  // Both results worked out, and on both sides of the limit: the study team decides which applies.
  const limit = egfrLimit();
  const split = !!schwartz?.ok && !!ckid?.ok && schwartz.value < limit !== ckid.value < limit;
  return { unit, likely, key, schwartz, ckid, limit, split };
}

export default function Egfr({ fact, inputs, input }: CalculatorProps) {
  const t = useContext(Words);
  const creat = inputs.creatinine ?? '';
  const { unit, likely, key, schwartz, ckid, limit, split } = egfrOutcome(inputs, t);
  useReport('split', split ? fill(t.egfrSplit, { limit }) : '');
  return (
    <div class="calc">
      <NumberField id="h" name="heightCm" label={t.heightCm} />
      <NumberField id="c" name="creatinine" label={t.creatinine} />
      <Radios name={`c-${fact}-unit`} legend={t.unit} options={UNITS} chosen={unit} choose={(u) => input('unit', u)} />
      {likely && (
        <div class="calc-flag" id={`c-${fact}-flag`} role="alert">
          <p>
            <strong>{fill(t.unitCheck, { ...CHILD_CREATININE, value: creat.trim(), unit: unit!, likely })}</strong>
          </p>
          <label class="choice">
            <input
              type="checkbox"
              name={`c-${fact}-unit-confirmed`}
              checked={inputs.confirmed === key}
              onChange={(e) => input('confirmed', e.currentTarget.checked ? key : '')}
            />{' '}
            {fill(t.unitConfirm, { value: creat.trim(), unit: unit! })}
          </label>
        </div>
      )}
      <Radios
        name={`c-${fact}-sex`}
        legend={t.sex}
        options={(['male', 'female'] as const).map((s) => [s, s, t[s]] as const)}
        chosen={inputs.sex as 'male' | 'female' | undefined}
        choose={(x) => input('sex', x)}
      />
      <NumberField id="age" name="ageYears" label={t.ageYears} />
      <div class="calc-columns">
        {(
          [
            ['schwartz', schwartz, t.schwartzAbout, SCHWARTZ_CITATION],
            ['ckid', ckid, fill(t.ckidAbout, CKID_AGES), CKID_CITATION],
          ] as const
        ).map(([formula, result, about, citation]) => (
          <section aria-label={t[formula]}>
            <h3>{t[formula]}</h3>
            <p class="calc-about">{about}</p>
            <Outcome
              name={formula}
              title={t[formula]}
              result={result}
              decimals={1}
              unit="ml_min_173"
              offered={!split}
              source={`${t.formulas[formula]} ${citation}`}
            />
          </section>
        ))}
      </div>
      <p class="calc-source">{fill(t.egfrWhich, { limit })}</p>
      {split && (
        <p class="calc-flag" role="alert">
          <strong>{fill(t.egfrSplit, { limit })}</strong>
        </p>
      )}
    </div>
  );
}
