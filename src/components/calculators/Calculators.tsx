/** The calculators themselves, loaded on demand by CalculatorSlot. The arithmetic is in src/calculators/. */
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { bedsideSchwartz, ckidU25, CKID_AGES, creatinineMgDl, SCHWARTZ_AGES } from '../../calculators/egfr';
import type { Problem, Result } from '../../calculators/result';
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
import { mgPerKgPerDay, multipleOfUln, rounded } from '../../calculators/simple';
import { fill } from '../../i18n/format';
import type { CalculatorStrings } from '../../i18n/types';
import { parseNumber } from '../../lib/numbers';
import type { CalculatorProps } from './types';

const Words = createContext<CalculatorStrings>(null as unknown as CalculatorStrings);

/** A problem code in words, with the age limits it quotes. */
function problemText(t: CalculatorStrings, problem: Problem): string {
  const ages = problem === 'schwartzAge' ? SCHWARTZ_AGES : problem === 'ckidAge' ? CKID_AGES : undefined;
  return fill(t.problems[problem], { ...ages });
}

/** A text field for a number: decimal comma and spaces accepted. */
function NumberField({
  id,
  label,
  value,
  set,
}: {
  id: string;
  label: string;
  value: string;
  set: (v: string) => void;
}) {
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="input-number"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </div>
  );
}

const num = (text: string) => (text.trim() === '' ? undefined : (parseNumber(text) ?? Number.NaN));

/** The result, or what to enter; with "Use this value" filling exactly the shown value. */
function Outcome({
  result,
  decimals,
  unit,
  source,
  onUse,
}: {
  result: Result | null;
  decimals: number;
  unit: keyof CalculatorStrings['units'];
  source: string;
  onUse: (v: string) => void;
}) {
  const t = useContext(Words);
  const [used, setUsed] = useState('');
  const shown = result?.ok ? rounded(result.value, decimals) : '';
  return (
    <div class="calc-outcome">
      <p aria-live="polite">
        {result === null ? (
          t.enterNumbers
        ) : result.ok ? (
          <strong>{fill(t.result, { value: shown, unit: t.units[unit] })}</strong>
        ) : (
          <span class="error-message">{problemText(t, result.problem)}</span>
        )}
      </p>
      {result?.ok && (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            onUse(shown);
            setUsed(shown);
          }}
        >
          {t.use}
        </button>
      )}
      {used && <p role="status">{fill(t.used, { value: used })}</p>}
      <p class="calc-source">
        {t.source} {source}
      </p>
    </div>
  );
}

function Ratio({ fact, onUse, kind }: CalculatorProps & { kind: 'uln' | 'dose' }) {
  const t = useContext(Words);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const empty = a.trim() === '' && b.trim() === '';
  const result = empty ? null : kind === 'uln' ? multipleOfUln(num(a), num(b)) : mgPerKgPerDay(num(a), num(b));
  return (
    <div class="calc">
      <NumberField id={`c-${fact}-a`} label={kind === 'uln' ? t.value : t.doseMg} value={a} set={setA} />
      <NumberField id={`c-${fact}-b`} label={kind === 'uln' ? t.uln : t.weightKg} value={b} set={setB} />
      <Outcome
        result={result}
        decimals={2}
        unit={kind === 'uln' ? 'x_uln' : 'mg_per_kg_day'}
        onUse={onUse}
        source={t.formulas[kind]}
      />
    </div>
  );
}

function Egfr({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [height, setHeight] = useState('');
  const [creat, setCreat] = useState('');
  const [unit, setUnit] = useState<'mg/dL' | 'µmol/L'>('mg/dL');
  const [sex, setSex] = useState<'male' | 'female' | undefined>();
  const [age, setAge] = useState('');
  const started = height.trim() !== '' || creat.trim() !== '';
  const c = num(creat);
  const scr = c === undefined || Number.isNaN(c) ? c : creatinineMgDl(c, unit);
  const ageYears = num(age);
  return (
    <div class="calc">
      <NumberField id={`c-${fact}-h`} label={t.heightCm} value={height} set={setHeight} />
      <NumberField id={`c-${fact}-c`} label={t.creatinine} value={creat} set={setCreat} />
      <fieldset class="calc-choice">
        <legend>{t.unit}</legend>
        {(['mg/dL', 'µmol/L'] as const).map((u) => (
          <label class="choice">
            <input type="radio" name={`c-${fact}-unit`} checked={unit === u} onChange={() => setUnit(u)} /> {u}
          </label>
        ))}
      </fieldset>
      <fieldset class="calc-choice">
        <legend>{t.sex}</legend>
        {(['male', 'female'] as const).map((s) => (
          <label class="choice">
            <input type="radio" name={`c-${fact}-sex`} checked={sex === s} onChange={() => setSex(s)} /> {t[s]}
          </label>
        ))}
      </fieldset>
      <NumberField id={`c-${fact}-age`} label={t.ageYears} value={age} set={setAge} />
      <div class="calc-columns">
        <section aria-label={t.schwartz}>
          <h3>{t.schwartz}</h3>
          <Outcome
            result={
              started ? bedsideSchwartz(num(height), scr, Number.isNaN(ageYears ?? 0) ? undefined : ageYears) : null
            }
            decimals={1}
            unit="ml_min_173"
            onUse={onUse}
            source={`${t.formulas.schwartz} Schwartz GJ et al., J Am Soc Nephrol 2009;20:629-637.`}
          />
        </section>
        <section aria-label={t.ckid}>
          <h3>{t.ckid}</h3>
          <Outcome
            result={started ? ckidU25(sex, ageYears, num(height), scr) : null}
            decimals={1}
            unit="ml_min_173"
            onUse={onUse}
            source={`${t.formulas.ckid} Pierce CB et al., Kidney Int 2021;99:948-956.`}
          />
        </section>
      </div>
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
                checked={(choices[item.id] ?? item.options[0][0]) === option}
                onChange={() => setChoices({ ...choices, [item.id]: option })}
              />
              <span>{fill(t.optionPoints, { option: t.acrOptions[option], points: weight })}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p aria-live="polite">
        <strong>
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
        <strong>{fill(t.mrssTotal, { total, max: MRSS_MAX })}</strong>
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
      return <Ratio {...props} kind="uln" />;
    case 'dose':
      return <Ratio {...props} kind="dose" />;
  }
}

export default function Calculators({ strings, ...props }: CalculatorProps & { strings: CalculatorStrings }) {
  return (
    <Words.Provider value={strings}>
      <Calculator {...props} />
    </Words.Provider>
  );
}
