/**
 * What each calculator was given and what it gave, in words, for the summary a family hands to a doctor
 * (Copy summary and the print view), so that the figures can be checked: the medicine, its daily dose,
 * the weight and the prednisone equivalent; creatinine with its unit, height, sex and age, each formula's
 * result; a lab value and its upper limit; the ACR/EULAR items chosen; the mRSS areas scored.
 */
import { prednisoneEquivalentMg, prednisoneMgPerKgPerDay, type Glucocorticoid } from '../../calculators/glucocorticoid';
import type { Result } from '../../calculators/result';
import {
  ACR_EULAR_ITEMS,
  ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
  acrEularStatus,
  CLASSIFICATION_THRESHOLD,
  MRSS_AREAS,
  MRSS_MAX,
  MRSS_PAIRED,
  SUFFICIENT_WEIGHT,
} from '../../calculators/scores';
import { multipleOfUln, rounded } from '../../calculators/simple';
import type { FactId } from '../../criteria';
import { fill } from '../../i18n/format';
import type { CalculatorStrings } from '../../i18n/types';
import { egfrOutcome, unitOf } from './Egfr';
import { num } from './fields';
import { mrssOutcome } from './Mrss';
import { CALCULATOR_FOR } from './types';

type Line = (label: string, text: string) => string;

/** Each calculator given anything, by its fact: one line of what it was given and gave. */
export function describeCalculators(
  calc: Partial<Record<FactId, Record<string, string>>>,
  t: CalculatorStrings,
  line: Line,
): Partial<Record<FactId, string>> {
  const described: Partial<Record<FactId, string>> = {};
  for (const [fact, inputs] of Object.entries(calc) as [FactId, Record<string, string>][]) {
    if (!inputs || !Object.values(inputs).some((v) => v.trim() !== '')) continue;
    const kind = CALCULATOR_FOR[fact];
    if (kind) described[fact] = parts(kind, inputs, t, line).filter(Boolean).join(t.gap);
  }
  return described;
}

function parts(kind: string, inputs: Record<string, string>, t: CalculatorStrings, line: Line): string[] {
  const text = (key: string) => (inputs[key] ?? '').trim();
  const given = (label: string, key: string, unit = '') => (text(key) ? line(label, text(key) + unit) : '');
  const result = (r: Result | null, decimals: number, unit: keyof CalculatorStrings['units']) =>
    r?.ok ? fill(t.result, { value: rounded(r.value, decimals), unit: t.units[unit] }) : '';
  if (kind === 'uln')
    return [given(t.value, 'a'), given(t.uln, 'b'), result(multipleOfUln(num(text('a')), num(text('b'))), 2, 'x_uln')];
  if (kind === 'dose') {
    const drug = inputs.drug as Glucocorticoid | undefined;
    const mg = num(text('a'));
    const dose =
      drug && mg !== undefined && Number.isFinite(mg)
        ? drug === 'prednisone'
          ? fill(t.drugDose, { drug: t.drugs[drug], mg: text('a') })
          : fill(t.doseEquivalent, {
              drug: t.drugs[drug],
              dose: text('a'),
              prednisone: rounded(prednisoneEquivalentMg(mg, drug), 2),
            })
        : drug
          ? line(t.drug, t.drugs[drug])
          : '';
    return [
      dose,
      drug ? '' : given(t.doseMg, 'a'),
      given(t.weightKg, 'b'),
      result(prednisoneMgPerKgPerDay(drug, mg, num(text('b'))), 2, 'mg_per_kg_day'),
    ];
  }
  if (kind === 'egfr') {
    const { unit, key, schwartz, ckid, limit, split } = egfrOutcome(inputs, t);
    return [
      given(t.heightCm, 'h'),
      given(t.creatinine, 'c', unit ? ` ${unit}` : ''),
      inputs.confirmed === key ? fill(t.unitConfirm, { value: text('c'), unit: unitOf(inputs, t)! }) : '',
      inputs.sex === 'male' || inputs.sex === 'female' ? line(t.sex, t[inputs.sex]) : '',
      given(t.ageYears, 'age'),
      schwartz?.ok ? line(t.schwartz, result(schwartz, 1, 'ml_min_173')) : '',
      ckid?.ok ? line(t.ckid, result(ckid, 1, 'ml_min_173')) : '',
      split ? fill(t.egfrWhich, { limit }) : '',
      split ? t.egfrSplit : '',
    ];
  }
  if (kind === 'acr') {
    const { total, possible, decided } = acrEularStatus(inputs);
    const chosen = [
      {
        id: 'sufficient',
        options: [
          ['no', 0],
          ['yes', SUFFICIENT_WEIGHT],
        ],
      } as const,
      ...ACR_EULAR_ITEMS,
    ].map((item) => {
      const option = (item.options as readonly (readonly [string, number])[]).find(([id]) => id === inputs[item.id]);
      const label =
        item.id === 'sufficient' ? fill(t.acrSufficient, { weight: SUFFICIENT_WEIGHT }) : t.acrItems[item.id];
      return option
        ? line(
            label,
            fill(t.acrOption, { label: (t.acrOptions as Record<string, string>)[option[0]]!, weight: option[1] }),
          )
        : '';
    });
    const threshold = CLASSIFICATION_THRESHOLD;
    const outcome = decided
      ? fill(t.acrTotal, {
          total,
          max: ACR_EULAR_MAX_WITHOUT_SUFFICIENT,
          met: fill(decided === 'met' ? t.acrMet : t.acrNotMet, { threshold }),
        })
      : fill(t.acrOpen, { total, possible, threshold });
    return [...chosen, outcome];
  }
  // mRSS: each area scored, then the total or how many are scored.
  const name = (area: string) => {
    const paired = MRSS_PAIRED.find((a) => area === `${a}Right` || area === `${a}Left`);
    return paired ? `${t.areas[paired]}, ${area.endsWith('Right') ? t.right : t.left}` : t.areas[area as 'face'];
  };
  const { scored, total } = mrssOutcome(inputs);
  return [
    ...MRSS_AREAS.filter((area) => /^[0-3]$/.test(text(area))).map((area) => line(name(area), text(area))),
    total === undefined
      ? fill(t.mrssPartial, { scored, areas: MRSS_AREAS.length })
      : fill(t.mrssTotal, { total, max: MRSS_MAX }),
  ];
}
