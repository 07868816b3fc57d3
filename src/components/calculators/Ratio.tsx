/** A lab result as a multiple of the lab's own upper limit of normal (AST, ALT, bilirubin). */
import { useContext } from 'preact/hooks';
import { multipleOfUln } from '../../calculators/simple';
import { NumberField, num, Words } from './fields';
import Outcome from './Outcome';
import type { CalculatorProps } from './types';

export default function Ratio({ fact, inputs, input }: CalculatorProps) {
  const t = useContext(Words);
  const a = inputs.value ?? '';
  const b = inputs.uln ?? '';
  const empty = a.trim() === '' && b.trim() === '';
  const result = empty ? null : multipleOfUln(num(a), num(b));
  return (
    <div class="calc">
      <NumberField id={`c-${fact}-a`} label={t.value} value={a} set={(v) => input('value', v)} />
      <NumberField id={`c-${fact}-b`} label={t.uln} value={b} set={(v) => input('uln', v)} />
      <Outcome name="" result={result} decimals={2} unit="x_uln" source={t.formulas.uln} />
    </div>
  );
}
