/** The modified Rodnan skin score: 17 areas scored 0-3, right and left where paired; the total fills mrss. */
import { useContext, useState } from 'preact/hooks';
import { MRSS_CITATION } from '../../calculators/citations';
import { HEALTHY_CHILDREN_MRSS, MRSS_MAX, MRSS_PAIRED, MRSS_SINGLE, mrssTotal } from '../../calculators/scores';
import { fill } from '../../i18n/format';
import { Words } from './fields';
import type { CalculatorProps } from './types';
import UseValue from './UseValue';

export default function Mrss({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [scores, setScores] = useState<Record<string, number>>({});
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
      <UseValue value={String(total)} onUse={onUse} />
      <p class="calc-source">
        {fill(t.mrssCaution, HEALTHY_CHILDREN_MRSS)} {t.source} {MRSS_CITATION}
      </p>
    </div>
  );
}
