/**
 * The modified Rodnan skin score: 17 areas scored 0-3, right and left where paired, each unscored at
 * first; the total is given, and can fill mrss, only when all 17 are scored.
 */
import { useContext } from 'preact/hooks';
import { MRSS_CITATION } from '../../calculators/citations';
import {
  HEALTHY_CHILDREN_MRSS,
  MRSS_AREAS,
  MRSS_MAX,
  MRSS_PAIRED,
  MRSS_SINGLE,
  mrssScored,
} from '../../calculators/scores';
import { fill } from '../../i18n/format';
import { useReport, Words } from './fields';
import type { CalculatorProps } from './types';
import UseValue from './UseValue';

export default function Mrss({ fact, inputs, input }: CalculatorProps) {
  const t = useContext(Words);
  const scored = mrssScored(inputs);
  // Only when every area is scored (each then 0-3).
  const total = scored === MRSS_AREAS.length ? MRSS_AREAS.reduce((sum, a) => sum + Number(inputs[a]), 0) : undefined;
  const said =
    total === undefined
      ? fill(t.mrssPartial, { scored, areas: MRSS_AREAS.length })
      : fill(t.mrssTotal, { total, max: MRSS_MAX });
  useReport('', said);
  const select = (area: string, label: string) => (
    <select
      id={`c-${fact}-${area}`}
      aria-label={label}
      value={inputs[area] ?? ''}
      onChange={(e) => input(area, e.currentTarget.value)}
    >
      <option value="">{t.unscored}</option>
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
      <p aria-live="polite">{total === undefined ? said : <strong class="calc-result">{said}</strong>}</p>
      {total !== undefined && <UseValue value={String(total)} />}
      <p class="calc-source">
        {fill(t.mrssCaution, HEALTHY_CHILDREN_MRSS)} {t.source} {MRSS_CITATION}
      </p>
    </div>
  );
}
