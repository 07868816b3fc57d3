import { describe, expect, it } from 'vitest';
import {
  AGE_LIMITS,
  bedsideSchwartz,
  CHILD_CREATININE,
  CKID_AGES,
  ckidU25,
  ckidU25K,
  creatinineMgDl,
} from '../../src/calculators/egfr';
import type { Problem } from '../../src/calculators/result';
import {
  ACR_EULAR_ITEMS,
  acrEularStatus,
  acrEularTotal,
  MRSS_AREAS,
  mrssScored,
  mrssTotal,
} from '../../src/calculators/scores';
import { mgPerKgPerDay, multipleOfUln, rounded } from '../../src/calculators/simple';
import { en } from '../../src/i18n/en';
import { fill } from '../../src/i18n/format';
import { zh } from '../../src/i18n/zh';

const value = (r: { ok: boolean; value?: number }) => (r.ok ? r.value! : Number.NaN);

describe('CKiD U25', () => {
  it("matches the authors' check value: male, 11 years, 1.2 m, 0.9 mg/dL -> 51.6", () => {
    expect(rounded(value(ckidU25('male', 11, 120, 0.9)), 1)).toBe('51.6');
  });
  it.each([
    ['male', 11.99, 39.0 * 1.008 ** -0.01],
    ['male', 12, 39.0],
    ['male', 17.99, 39.0 * 1.045 ** 5.99],
    ['male', 18, 50.8],
    ['female', 11.99, 36.1 * 1.008 ** -0.01],
    ['female', 12, 36.1],
    ['female', 17.99, 36.1 * 1.023 ** 5.99],
    ['female', 18, 41.4],
  ] as const)('uses K for a %s aged %s', (sex, age, k) => {
    expect(ckidU25K(sex, age)).toBeCloseTo(k, 10);
  });
  it.each([0.5, 26])('refuses age %s', (age) => {
    expect(ckidU25('female', age, 120, 0.9)).toEqual({ ok: false, problem: 'ckidAge' });
  });
  it('needs sex and age', () => {
    expect(ckidU25(undefined, 11, 120, 0.9).ok).toBe(false);
    expect(ckidU25('male', undefined, 120, 0.9).ok).toBe(false);
  });
});

describe('bedside Schwartz', () => {
  it('is 0.413 × height / creatinine: 120 cm, 0.9 mg/dL -> 55.1', () => {
    expect(rounded(value(bedsideSchwartz(120, 0.9)), 1)).toBe('55.1');
  });
  it('converts µmol/L: 79.56 µmol/L is 0.9 mg/dL', () => {
    expect(creatinineMgDl(79.56, 'µmol/L')).toBeCloseTo(0.9, 10);
    expect(rounded(value(bedsideSchwartz(120, creatinineMgDl(79.56, 'µmol/L'))), 1)).toBe('55.1');
  });
  it.each([
    [0, 0.9],
    [-5, 0.9],
    [120, 0],
    [120, -1],
    [undefined, 0.9],
    [120, Number.NaN],
  ])('refuses height %s and creatinine %s', (h, c) => {
    expect(bedsideSchwartz(h, c).ok).toBe(false);
  });
  it('refuses an age outside the 1-16 years it was derived at', () => {
    expect(bedsideSchwartz(160, 0.9, 17)).toEqual({ ok: false, problem: 'schwartzAge' });
  });
});

describe('multiples of ULN and dose per kg', () => {
  it('divides by the lab ULN and rounds to 2 decimals', () => {
    expect(rounded(value(multipleOfUln(100, 40)), 2)).toBe('2.5');
    expect(rounded(value(multipleOfUln(123, 40)), 2)).toBe('3.08');
  });
  it('refuses a ULN of zero and a negative result', () => {
    expect(multipleOfUln(100, 0)).toEqual({ ok: false, problem: 'uln' });
    expect(multipleOfUln(-1, 40).ok).toBe(false);
  });
  it('gives mg/kg/day: 20 mg for 32 kg is 0.63', () => {
    expect(rounded(value(mgPerKgPerDay(20, 32)), 2)).toBe('0.63');
    expect(mgPerKgPerDay(20, 0).ok).toBe(false);
  });
});

describe('2013 ACR/EULAR total', () => {
  it('scores the sufficient item alone as 9', () => expect(acrEularTotal({ sufficient: true })).toBe(9));
  it('counts only the chosen (higher) option of a "count only the higher" item', () => {
    expect(acrEularTotal({ fingers: 'sclerodactyly' })).toBe(4);
    expect(acrEularTotal({ fingers: 'puffy' })).toBe(2);
    expect(acrEularTotal({ tips: 'pitting' })).toBe(3);
  });
  it('reaches at most 19 without the sufficient item', () => {
    const max = Object.fromEntries(ACR_EULAR_ITEMS.map((item) => [item.id, item.options.at(-1)![0]]));
    expect(acrEularTotal(max)).toBe(19);
  });
});

describe('2013 ACR/EULAR decided only from the items chosen', () => {
  const none = Object.fromEntries(ACR_EULAR_ITEMS.map((item) => [item.id, item.options[0][0]]));
  it('decides nothing from nothing: every item unchosen is 28 points still possible', () =>
    expect(acrEularStatus({})).toEqual({ total: 0, possible: 28, decided: undefined }));
  it('classifies as soon as the chosen items reach 9, whatever is unchosen', () => {
    expect(acrEularStatus({ sufficient: 'yes' }).decided).toBe('met');
    expect(acrEularStatus({ fingers: 'sclerodactyly', raynaud: 'yes', capillaries: 'yes' })).toMatchObject({
      total: 9,
      decided: 'met',
    });
  });
  it('says "not classified" only when every item is chosen and the total is below 9', () => {
    expect(acrEularStatus({ ...none, antibodies: 'yes' })).toMatchObject({ total: 3, possible: 9, decided: undefined });
    expect(acrEularStatus({ ...none, antibodies: 'yes', sufficient: 'no' })).toEqual({
      total: 3,
      possible: 0,
      decided: 'notMet',
    });
  });
});

describe('mRSS total', () => {
  it('counts the areas scored (0-3), not those left unscored or holding anything else', () => {
    expect(mrssScored({})).toBe(0);
    expect(mrssScored({ face: '0', chest: '3', abdomen: '', fingersRight: '4', feetLeft: 'x' })).toBe(2);
    expect(mrssScored(Object.fromEntries(MRSS_AREAS.map((a) => [a, '0'])))).toBe(17);
  });
  it('has 17 areas and totals 0 to 51', () => {
    expect(MRSS_AREAS).toHaveLength(17);
    expect(mrssTotal({})).toBe(0);
    expect(mrssTotal(Object.fromEntries(MRSS_AREAS.map((a) => [a, 3])))).toBe(51);
    expect(mrssTotal({ face: 2, fingersRight: 1, fingersLeft: 3 })).toBe(6);
  });
});

describe("the calculators' words, filled from the data", () => {
  const problems = Object.keys(en.calculators.problems) as Problem[];
  it.each([
    ['en', en.calculators],
    ['zh', zh.calculators],
  ] as const)('%s: every problem and the unit check quote their limits, with no placeholder left', (_lang, t) => {
    for (const problem of problems) expect(fill(t.problems[problem], { ...AGE_LIMITS[problem] })).not.toMatch(/[{}]/);
    const check = fill(t.unitCheck, { ...CHILD_CREATININE, value: '38', unit: 'mg/dL', likely: 'µmol/L' });
    expect(check).not.toMatch(/[{}]/);
    expect(check).toContain(String(CHILD_CREATININE.umolHigh));
    expect(fill(t.problems.ckidAge, { ...AGE_LIMITS.ckidAge })).toContain(String(CKID_AGES.max));
  });
});
