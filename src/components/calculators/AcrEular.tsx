/**
 * The 2013 ACR/EULAR classification criteria for SSc: the sufficient item, then one choice per item; the
 * total, and whether it reaches the threshold, answers the question `yes` or `no` (src/calculators/scores.ts).
 */
import { useContext, useState } from 'preact/hooks';
import { ACR_EULAR_CITATION } from '../../calculators/citations';
import {
  ACR_EULAR_ITEMS,
  ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
  acrEularTotal,
  CLASSIFICATION_THRESHOLD,
  SUFFICIENT_WEIGHT,
  type AcrEularChoices,
} from '../../calculators/scores';
import { fill } from '../../i18n/format';
import { Words } from './fields';
import type { CalculatorProps } from './types';
import UseValue from './UseValue';

export default function AcrEular({ fact, onUse }: CalculatorProps) {
  const t = useContext(Words);
  const [choices, setChoices] = useState<AcrEularChoices>({});
  const total = acrEularTotal(choices);
  const met = total >= CLASSIFICATION_THRESHOLD;
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
      <UseValue value={met ? 'yes' : 'no'} shown={met ? t.acrOptions.yes : t.acrOptions.no} onUse={onUse} />
      <p class="calc-source">
        {t.acrCaveat} {t.source} {ACR_EULAR_CITATION}
      </p>
    </div>
  );
}
