/**
 * eGFR from creatinine. The unit is never silent: a value implausible for a child in the chosen unit
 * (38 "mg/dL") is flagged with the unit it is probably in, and no eGFR from it can be used until the
 * reader changes the unit or the value, or confirms that the report says so (src/calculators/egfr.ts).
 */
import { useContext, useState } from 'preact/hooks';
import { SCHWARTZ_CITATION, CKID_CITATION } from '../../calculators/citations';
import {
  bedsideSchwartz,
  CHILD_CREATININE,
  ckidU25,
  creatinineMgDl,
  likelyCreatinineUnit,
  type CreatinineUnit,
} from '../../calculators/egfr';
import type { Result } from '../../calculators/result';
import { fill } from '../../i18n/format';
import { NumberField, num, Radios, Words } from './fields';
import Outcome from './Outcome';
import type { CalculatorProps } from './types';

/** The units, with their radio values in the automation contract (ASCII: `umol/L`). */
const UNITS = [
  ['µmol/L', 'umol/L', 'µmol/L'],
  ['mg/dL', 'mg/dL', 'mg/dL'],
] as const;

export default function Egfr({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [height, setHeight] = useState('');
  const [creat, setCreat] = useState('');
  // Where the page's readers' laboratories report one unit (mainland China: µmol/L), start in it.
  const [unit, setUnit] = useState<CreatinineUnit | undefined>((t.creatinineDefault || undefined) as CreatinineUnit);
  // The reader's "the report really says this": kept for this value and unit only.
  const [confirmed, setConfirmed] = useState('');
  const [sex, setSex] = useState<'male' | 'female' | undefined>();
  const [age, setAge] = useState('');
  const started = height.trim() !== '' || creat.trim() !== '';
  const c = num(creat);
  const likely = c !== undefined && unit ? likelyCreatinineUnit(c, unit) : undefined;
  const key = `${creat.trim()} ${unit}`;
  const blocked = likely !== undefined && confirmed !== key;
  const scr = c === undefined || Number.isNaN(c) || !unit ? c : creatinineMgDl(c, unit);
  const ageYears = num(age);
  // A creatinine typed without a unit, or in a flagged unit, gives no eGFR: the unit comes first.
  const check = (result: Result): Result | null =>
    !started
      ? null
      : c !== undefined && !unit
        ? { ok: false, problem: 'unit' }
        : blocked
          ? { ok: false, problem: 'creatinineUnit' }
          : result;
  return (
    <div class="calc">
      <NumberField id={`c-${fact}-h`} label={t.heightCm} value={height} set={setHeight} />
      <NumberField id={`c-${fact}-c`} label={t.creatinine} value={creat} set={setCreat} />
      <Radios name={`c-${fact}-unit`} legend={t.unit} options={UNITS} chosen={unit} choose={setUnit} />
      {likely && (
        <div class="calc-flag" id={`c-${fact}-flag`} role="alert">
          <p>
            <strong>{fill(t.unitCheck, { ...CHILD_CREATININE, value: creat.trim(), unit: unit!, likely })}</strong>
          </p>
          <label class="choice">
            <input
              type="checkbox"
              name={`c-${fact}-unit-confirmed`}
              checked={confirmed === key}
              onChange={(e) => setConfirmed(e.currentTarget.checked ? key : '')}
            />{' '}
            {fill(t.unitConfirm, { value: creat.trim(), unit: unit! })}
          </label>
        </div>
      )}
      <Radios
        name={`c-${fact}-sex`}
        legend={t.sex}
        options={(['male', 'female'] as const).map((s) => [s, s, t[s]] as const)}
        chosen={sex}
        choose={setSex}
      />
      <NumberField id={`c-${fact}-age`} label={t.ageYears} value={age} set={setAge} />
      <div class="calc-columns">
        <section aria-label={t.schwartz}>
          <h3>{t.schwartz}</h3>
          <Outcome
            result={check(bedsideSchwartz(num(height), scr, Number.isNaN(ageYears ?? 0) ? undefined : ageYears))}
            decimals={1}
            unit="ml_min_173"
            onUse={onUse}
            source={`${t.formulas.schwartz} ${SCHWARTZ_CITATION}`}
          />
        </section>
        <section aria-label={t.ckid}>
          <h3>{t.ckid}</h3>
          <Outcome
            result={check(ckidU25(sex, ageYears, num(height), scr))}
            decimals={1}
            unit="ml_min_173"
            onUse={onUse}
            source={`${t.formulas.ckid} ${CKID_CITATION}`}
          />
        </section>
      </div>
    </div>
  );
}
