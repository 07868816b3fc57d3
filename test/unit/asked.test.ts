// Which questions apply is data beside the criteria, decided by the same engine.
import { describe, expect, it } from 'vitest';
import { isAsked, type Answers } from '../../src/criteria';

describe('which questions are asked', () => {
  it.each([
    [{}, false],
    [{ childbearing_potential: false }, false],
    [{ childbearing_potential: true }, true],
  ] as [Answers, boolean][])('pregnancy questions with %o: %s', (answers, asked) => {
    for (const fact of ['urine_pregnancy_negative', 'contraception_agreed', 'blood_pregnancy_positive'] as const) {
      expect(isAsked(fact, answers), fact).toBe(asked);
    }
  });

  it.each([
    [{}, true],
    [{ hbsag_positive: false }, true],
    [{ hbsag_positive: false, hbcab_positive: false }, false],
    [{ hbsag_positive: true, hbcab_positive: false }, true],
    [{ hbsag_positive: false, hbcab_positive: true }, true],
  ] as [Answers, boolean][])('HBV DNA with %o: %s', (answers, asked) => {
    expect(isAsked('hbv_dna_above_normal', answers)).toBe(asked);
  });

  it.each([
    [{}, true],
    [{ hcv_ab_positive: true }, true],
    [{ hcv_ab_positive: false }, false],
  ] as [Answers, boolean][])('HCV RNA with %o: %s', (answers, asked) => {
    expect(isAsked('hcv_rna_above_normal', answers)).toBe(asked);
  });

  it('always asks the questions without a rule', () => expect(isAsked('mrss', {})).toBe(true));
});
