/** A lab result as a multiple of the lab's own upper limit of normal (AST, ALT, bilirubin). */
import { useContext } from 'preact/hooks';
import { multipleOfUln } from '../../calculators/simple';
import { NumberField, num, Words } from './fields';
import Outcome from './Outcome';
import type { CalculatorProps } from './types';

export default function Ratio({ inputs }: CalculatorProps) {
  const t = useContext(Words);
  const a = inputs.value ?? '';
  const b = inputs.uln ?? '';
  const empty = a.trim() === '' && b.trim() === '';
  const result = empty ? null : multipleOfUln(num(a), num(b));
  return (
    <div class="calc">
      <NumberField id="a" name="value" label={t.value} />
      <NumberField id="b" name="uln" label={t.uln} />
      <Outcome name="" result={result} decimals={2} unit="x_uln" source={t.formulas.uln} />
    </div>
  );
}
