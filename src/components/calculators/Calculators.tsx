/** The calculators themselves, loaded on demand by CalculatorSlot. The arithmetic is in src/calculators/. */
import { useContext, useState } from 'preact/hooks';
import {
  ACR_EULAR_ITEMS,
  ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
  acrEularTotal,
  CLASSIFICATION_THRESHOLD,
  HEALTHY_CHILDREN_MRSS,
  MRSS_MAX,
  MRSS_PAIRED,
  MRSS_SINGLE,
  mrssTotal,
  SUFFICIENT_WEIGHT,
  type AcrEularChoices,
} from '../../calculators/scores';
import { multipleOfUln } from '../../calculators/simple';
import { fill } from '../../i18n/format';
import type { CalculatorStrings } from '../../i18n/types';
import Dose from './Dose';
import Egfr from './Egfr';
import { NumberField, num, Outcome, Words } from './parts';
import type { CalculatorProps } from './types';

/** A lab result as a multiple of the lab's own upper limit of normal. */
function Uln({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const empty = a.trim() === '' && b.trim() === '';
  const result = empty ? null : multipleOfUln(num(a), num(b));
  return (
    <div class="calc">
      <NumberField id={`c-${fact}-a`} label={t.value} value={a} set={setA} />
      <NumberField id={`c-${fact}-b`} label={t.uln} value={b} set={setB} />
      <Outcome result={result} decimals={2} unit="x_uln" onUse={onUse} source={t.formulas.uln} />
    </div>
  );
}

function AcrEular({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [choices, setChoices] = useState<AcrEularChoices>({});
  const total = acrEularTotal(choices);
  const met = total >= CLASSIFICATION_THRESHOLD;
  const [used, setUsed] = useState('');
  return (
    <div class="calc">
      <label class="choice">
        <input
          type="checkbox"
          name={`c-${fact}-sufficient`}
          checked={!!choices.sufficient}
          onChange={(e) => setChoices({ ...choices, sufficient: e.currentTarget.checked })}
        />
        <span>{fill(t.acrSufficient, { weight: SUFFICIENT_WEIGHT })}</span>
      </label>
      {ACR_EULAR_ITEMS.map((item) => (
        <fieldset class="calc-choice">
          <legend>{t.acrItems[item.id]}</legend>
          {item.options.map(([option, weight]) => (
            <label class="choice">
              <input
                type="radio"
                name={`c-${fact}-${item.id}`}
                value={option}
                checked={(choices[item.id] ?? item.options[0][0]) === option}
                onChange={() => setChoices({ ...choices, [item.id]: option })}
              />
              <span>{fill(t.acrOption, { label: t.acrOptions[option], weight })}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p aria-live="polite">
        <strong class="calc-result">
          {fill(t.acrTotal, {
            total,
            max: ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
            met: fill(met ? t.acrMet : t.acrNotMet, { threshold: CLASSIFICATION_THRESHOLD }),
          })}
        </strong>
      </p>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          onUse(met ? 'yes' : 'no');
          setUsed(met ? t.acrOptions.yes : t.acrOptions.no);
        }}
      >
        {t.use}
      </button>
      {used && <p role="status">{fill(t.used, { value: used })}</p>}
      <p class="calc-source">
        {t.acrCaveat} {t.source} van den Hoogen F et al., Ann Rheum Dis 2013;72:1747-1755.
      </p>
    </div>
  );
}

function Mrss({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [used, setUsed] = useState('');
  const total = mrssTotal(scores);
  const select = (area: string, label: string) => (
    <select
      id={`c-${fact}-${area}`}
      aria-label={label}
      value={String(scores[area] ?? 0)}
      onChange={(e) => setScores({ ...scores, [area]: Number(e.currentTarget.value) })}
    >
      {[0, 1, 2, 3].map((n) => (
        <option value={n}>{n}</option>
      ))}
    </select>
  );
  return (
    <div class="calc">
      <p>{t.mrssScale}</p>
      <table class="mrss">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t.area}</span>
            </th>
            <th scope="col">{t.right}</th>
            <th scope="col">{t.left}</th>
          </tr>
        </thead>
        <tbody>
          {MRSS_SINGLE.map((area) => (
            <tr>
              <th scope="row">{t.areas[area]}</th>
              <td colSpan={2}>{select(area, t.areas[area])}</td>
            </tr>
          ))}
          {MRSS_PAIRED.map((area) => (
            <tr>
              <th scope="row">{t.areas[area]}</th>
              <td>{select(`${area}Right`, `${t.areas[area]}, ${t.right}`)}</td>
              <td>{select(`${area}Left`, `${t.areas[area]}, ${t.left}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p aria-live="polite">
        <strong class="calc-result">{fill(t.mrssTotal, { total, max: MRSS_MAX })}</strong>
      </p>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          onUse(String(total));
          setUsed(String(total));
        }}
      >
        {t.use}
      </button>
      {used && <p role="status">{fill(t.used, { value: used })}</p>}
      <p class="calc-source">
        {fill(t.mrssCaution, HEALTHY_CHILDREN_MRSS)} {t.source} Khanna D et al., J Scleroderma Relat Disord
        2017;2:11-18; Foeldvari I et al., PMID 16174648.
      </p>
    </div>
  );
}

function Calculator(props: CalculatorProps) {
  switch (props.kind) {
    case 'acr':
      return <AcrEular {...props} />;
    case 'mrss':
      return <Mrss {...props} />;
    case 'egfr':
      return <Egfr {...props} />;
    case 'uln':
      return <Uln {...props} />;
    case 'dose':
      return <Dose {...props} />;
  }
}

export default function Calculators({ strings, ...props }: CalculatorProps & { strings: CalculatorStrings }) {
  return (
    <Words.Provider value={strings}>
      <Calculator {...props} />
    </Words.Provider>
  );
}
