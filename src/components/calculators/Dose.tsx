/**
 * The highest daily glucocorticoid dose as prednisone equivalent per kg: which medicine, its dose and
 * the weight. Equivalents and their sources are in src/calculators/glucocorticoid.ts.
 */
import { useContext, useState } from 'preact/hooks';
import {
  EQUIVALENT_MG,
  GLUCOCORTICOIDS,
  prednisoneEquivalentMg,
  prednisoneMgPerKgPerDay,
  type Glucocorticoid,
} from '../../calculators/glucocorticoid';
import { rounded } from '../../calculators/simple';
import { fill } from '../../i18n/format';
import { NumberField, num, Outcome, Words } from './parts';
import type { CalculatorProps } from './types';

export default function Dose({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [drug, setDrug] = useState<Glucocorticoid | undefined>();
  const [dose, setDose] = useState('');
  const [weight, setWeight] = useState('');
  const empty = dose.trim() === '' && weight.trim() === '';
  const result = empty ? null : prednisoneMgPerKgPerDay(drug, num(dose), num(weight));
  const mg = num(dose);
  // "12 mg methylprednisolone = 15 mg prednisone", when the medicine is not prednisone itself.
  const converted =
    drug && drug !== 'prednisone' && mg !== undefined && Number.isFinite(mg) && mg >= 0
      ? fill(t.doseEquivalent, {
          dose: rounded(mg, 2),
          drug: t.drugs[drug],
          prednisone: rounded(prednisoneEquivalentMg(mg, drug), 2),
        })
      : '';
  const equivalents = GLUCOCORTICOIDS.map((d) => fill(t.drugDose, { drug: t.drugs[d], mg: EQUIVALENT_MG[d] })).join(
    ' = ',
  );
  return (
    <div class="calc">
      <fieldset class="calc-choice">
        <legend>{t.drug}</legend>
        {GLUCOCORTICOIDS.map((d) => (
          <label class="choice">
            <input type="radio" name={`c-${fact}-drug`} value={d} checked={drug === d} onChange={() => setDrug(d)} />{' '}
            {t.drugs[d]}
          </label>
        ))}
      </fieldset>
      <NumberField id={`c-${fact}-a`} label={t.doseMg} value={dose} set={setDose} />
      <NumberField id={`c-${fact}-b`} label={t.weightKg} value={weight} set={setWeight} />
      {converted && <p class="calc-converted">{converted}</p>}
      <Outcome
        result={result}
        decimals={2}
        unit="mg_per_kg_day"
        onUse={onUse}
        source={fill(t.formulas.dose, { equivalents })}
      />
    </div>
  );
}
