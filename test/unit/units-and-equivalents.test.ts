// The calculators never read a creatinine in the wrong unit silently, and turn any glucocorticoid into
// its prednisone equivalent (CLINICAL-REFERENCE: a child's creatinine is about 15-90 µmol/L, 0.2-1.0
// mg/dL; prednisone 5 = prednisolone 5 = methylprednisolone 4 = hydrocortisone 20 = dexamethasone 0.75).
import { describe, expect, it } from 'vitest';
import { bedsideSchwartz, creatinineMgDl, likelyCreatinineUnit } from '../../src/calculators/egfr';
import { GLUCOCORTICOIDS, prednisoneEquivalentMg, prednisoneMgPerKgPerDay } from '../../src/calculators/glucocorticoid';
import { rounded } from '../../src/calculators/simple';

describe('the creatinine unit', () => {
  it('converts with mg/dL = µmol/L / 88.4', () => {
    expect(creatinineMgDl(88.4, 'µmol/L')).toBe(1);
    expect(creatinineMgDl(0.9, 'mg/dL')).toBe(0.9);
  });

  it('gives an eGFR near 134 for 38 µmol/L at 140 cm, and about 1.5 if 38 were read as mg/dL', () => {
    const right = bedsideSchwartz(140, creatinineMgDl(38, 'µmol/L'));
    const wrong = bedsideSchwartz(140, creatinineMgDl(38, 'mg/dL'));
    expect(right.ok && rounded(right.value, 1)).toBe('134.5');
    expect(wrong.ok && rounded(wrong.value, 1)).toBe('1.5');
  });

  it.each([
    [38, 'mg/dL', 'µmol/L'],
    [10, 'mg/dL', 'µmol/L'],
    [0.5, 'µmol/L', 'mg/dL'],
    [1.9, 'µmol/L', 'mg/dL'],
    [5, 'µmol/L', 'mg/dL'],
  ] as const)('flags %s %s as a child’s creatinine probably in %s', (value, unit, likely) => {
    expect(likelyCreatinineUnit(value, unit)).toBe(likely);
  });

  it.each([
    [38, 'µmol/L'],
    [15, 'µmol/L'],
    [90, 'µmol/L'],
    [0.2, 'mg/dL'],
    [1, 'mg/dL'],
    [9.9, 'mg/dL'],
  ] as const)('accepts %s %s', (value, unit) => {
    expect(likelyCreatinineUnit(value, unit)).toBeUndefined();
  });
});

describe('glucocorticoids as prednisone', () => {
  it('offers exactly the five choices of the automation contract', () => {
    expect(GLUCOCORTICOIDS).toEqual([
      'prednisone',
      'prednisolone',
      'methylprednisolone',
      'hydrocortisone',
      'dexamethasone',
    ]);
  });

  it.each([
    ['prednisone', 15, 15],
    ['prednisolone', 15, 15],
    ['methylprednisolone', 12, 15],
    ['hydrocortisone', 60, 15],
    ['dexamethasone', 2.25, 15],
  ] as const)('%s %s mg is %s mg of prednisone, as the prescribing information says', (drug, mg, prednisone) => {
    expect(prednisoneEquivalentMg(mg, drug)).toBeCloseTo(prednisone, 10);
  });

  it('gives 0.54 mg/kg/day for methylprednisolone 12 mg/day at 28 kg, not the unconverted 0.43', () => {
    const r = prednisoneMgPerKgPerDay('methylprednisolone', 12, 28);
    expect(r.ok && rounded(r.value, 2)).toBe('0.54');
    const unconverted = prednisoneMgPerKgPerDay('prednisone', 12, 28);
    expect(unconverted.ok && rounded(unconverted.value, 2)).toBe('0.43');
  });

  it('asks for the medicine, the dose and the weight', () => {
    expect(prednisoneMgPerKgPerDay(undefined, 12, 28)).toEqual({ ok: false, problem: 'drug' });
    expect(prednisoneMgPerKgPerDay('prednisone', undefined, 28)).toEqual({ ok: false, problem: 'dose' });
    expect(prednisoneMgPerKgPerDay('prednisone', 12, 0)).toEqual({ ok: false, problem: 'weight' });
  });
});
