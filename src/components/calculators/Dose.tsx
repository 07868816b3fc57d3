/**
 * The highest daily glucocorticoid dose as prednisone equivalent per kg: which medicine, its dose and
 * the weight. Equivalents and their sources are in src/calculators/glucocorticoid.ts.
 */
import { useContext } from 'preact/hooks';
import {
  EQUIVALENT_MG,
  GLUCOCORTICOIDS,
  prednisoneEquivalentMg,
  prednisoneMgPerKgPerDay,
  type Glucocorticoid,
} from '../../calculators/glucocorticoid';
import { invalid, rounded } from '../../calculators/simple';
import { fill } from '../../i18n/format';
import { NumberField, num, Radios, useReport, Words } from './fields';
import Outcome from './Outcome';
import type { CalculatorProps } from './types';

export default function Dose({ fact, inputs, input }: CalculatorProps) {
  const t = useContext(Words);
  const drug = inputs.drug as Glucocorticoid | undefined;
  const dose = inputs.doseMg ?? '';
  const weight = inputs.weightKg ?? '';
  const mg = num(dose);
  const empty = dose.trim() === '' && weight.trim() === '';
  const result = empty ? null : prednisoneMgPerKgPerDay(drug, mg, num(weight));
  // "12 mg methylprednisolone = 15 mg prednisone", when the medicine is not prednisone itself and the
  // dose is a number, 0 or more.
  const converted =
    drug && drug !== 'prednisone' && !invalid(mg, true)
      ? fill(t.doseEquivalent, {
          dose: rounded(mg!, 2),
          drug: t.drugs[drug],
          prednisone: rounded(prednisoneEquivalentMg(mg!, drug), 2),
        })
      : '';
  useReport('equivalent', converted);
  const equivalents = GLUCOCORTICOIDS.map((d) => fill(t.drugDose, { drug: t.drugs[d], mg: EQUIVALENT_MG[d] })).join(
    ' = ',
  );
  return (
    <div class="calc">
      <Radios
        name={`c-${fact}-drug`}
        legend={t.drug}
        options={GLUCOCORTICOIDS.map((d) => [d, d, t.drugs[d]] as const)}
        chosen={drug}
        choose={(d) => input('drug', d)}
      />
      <NumberField id="a" name="doseMg" label={t.doseMg} />
      <NumberField id="b" name="weightKg" label={t.weightKg} />
      {converted && <p class="calc-converted">{converted}</p>}
      <Outcome
        name=""
        result={result}
        decimals={2}
        unit="mg_per_kg_day"
        source={fill(t.formulas.dose, { equivalents })}
      />
    </div>
  );
}
