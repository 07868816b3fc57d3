/**
 * The 2013 ACR/EULAR classification criteria for SSc: the sufficient item, then one choice per item,
 * every item unchosen at first. The result is decided only from what is chosen (src/calculators/scores.ts):
 * classified once the chosen items reach the threshold, not classified only when every item is chosen and
 * the total is below it; until then it says how many points are still possible, and nothing can be used.
 */
import { useContext } from 'preact/hooks';
import { ACR_EULAR_CITATION } from '../../calculators/citations';
import {
  ACR_EULAR_ITEMS,
  ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
  acrEularStatus,
  CLASSIFICATION_THRESHOLD,
  SUFFICIENT_WEIGHT,
} from '../../calculators/scores';
import { fill } from '../../i18n/format';
import { Radios, useReport, Words } from './fields';
import type { CalculatorProps } from './types';
import UseValue from './UseValue';

/** The sufficient item as an item of its own: yes (9) or no. */
const SUFFICIENT = {
  id: 'sufficient',
  options: [
    ['no', 0],
    ['yes', SUFFICIENT_WEIGHT],
  ],
} as const;

export default function AcrEular({ fact, inputs, input }: CalculatorProps) {
  const t = useContext(Words);
  const { total, possible, decided } = acrEularStatus(inputs);
  const threshold = CLASSIFICATION_THRESHOLD;
  const said = decided
    ? fill(t.acrTotal, {
        total,
        max: ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
        met: fill(decided === 'met' ? t.acrMet : t.acrNotMet, { threshold }),
      })
    : fill(t.acrOpen, { total, possible, threshold });
  useReport('', said);
  return (
    <div class="calc">
      {[SUFFICIENT, ...ACR_EULAR_ITEMS].map((item) => (
        <Radios
          name={`c-${fact}-${item.id}`}
          legend={item.id === 'sufficient' ? fill(t.acrSufficient, { weight: SUFFICIENT_WEIGHT }) : t.acrItems[item.id]}
          options={item.options.map(
            ([option, weight]) => [option, option, fill(t.acrOption, { label: t.acrOptions[option], weight })] as const,
          )}
          chosen={inputs[item.id]}
          choose={(option) => input(item.id, option)}
        />
      ))}
      <p aria-live="polite">
        <strong class="calc-result">{said}</strong>
      </p>
      {decided && (
        <UseValue
          value={decided === 'met' ? 'yes' : 'no'}
          shown={decided === 'met' ? t.acrOptions.yes : t.acrOptions.no}
        />
      )}
      <p class="calc-source">
        {t.acrCaveat} {t.source} {ACR_EULAR_CITATION}
      </p>
    </div>
  );
}
