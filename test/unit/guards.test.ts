// Numbers that look like another field's (src/criteria/guards.ts): flagged, not counted until
// confirmed, then counted; impossible ones never; no worked example or vignette value trips a guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  FACTS,
  GUARDS,
  guardOf,
  screenAnswers,
  type Answers,
  type Confirmed,
  type FactId,
} from '../../src/criteria';
import examples from '../fixtures/examples.json';

const statusOf = (answers: Answers, id: string) => evaluate(answers).criteria.find((c) => c.id === id)!.status;

describe('the guards', () => {
  it.each([
    ['ast_x_uln', 35, 'resultNotMultiple', 'I6'],
    ['alt_x_uln', 40, 'resultNotMultiple', 'I6'],
    ['bilirubin_x_uln', 12, 'resultNotMultiple', 'I6'],
    ['max_glucocorticoid_mg_per_kg_day', 10, 'mgNotPerKg', 'I5'],
    ['lvef_pct', 35, 'shorteningNotEjection', 'I6'],
    ['spo2_pct', 72, 'pulseNotSaturation', 'I6'],
    ['fvc_pct_pred', 2.1, 'measuredNotPredicted', 'I6'],
    ['dlco_pct_pred', 6.5, 'measuredNotPredicted', 'I6'],
    ['egfr', 0.6, 'creatinineNotEgfr', 'I6'],
    ['months_without_remission', 2, 'yearsNotMonths', 'I5'],
    ['age_years', 19, 'nominalAge', 'I1'],
  ] as const)('%s %s: %s, not known until confirmed, then counted', (fact, value, mistake, criterion) => {
    const answers = { [fact]: value } as Answers;
    expect(guardOf(fact, value, answers)?.mistake).toBe(mistake);
    const flagged = screenAnswers(answers, {});
    expect(flagged.flags[fact]?.mistake).toBe(mistake);
    expect(flagged.answers[fact]).toBeUndefined();
    expect(statusOf(flagged.answers, criterion)).not.toBe('fail');
    // A confirmation of another value does not count for this one.
    expect(screenAnswers(answers, { [fact]: value + 1 }).answers[fact]).toBeUndefined();
    const confirmed = screenAnswers(answers, { [fact]: value });
    expect(confirmed.answers[fact]).toBe(value);
    expect(confirmed.flags[fact]?.mistake).toBe(mistake);
  });

  it('a fraction typed as a percentage, and more months than the child has lived, cannot be confirmed', () => {
    expect(screenAnswers({ lvef_pct: 0.62 }, { lvef_pct: 0.62 }).answers.lvef_pct).toBeUndefined();
    expect(screenAnswers({ spo2_pct: 0.95 }, { spo2_pct: 0.95 }).answers.spo2_pct).toBeUndefined();
    const longer = screenAnswers({ age_years: 8, months_without_remission: 120 }, { months_without_remission: 120 });
    expect(longer.flags.months_without_remission?.mistake).toBe('longerThanAge');
    expect(longer.answers.months_without_remission).toBeUndefined();
    // Without the age there is nothing to compare: 120 months counts.
    expect(screenAnswers({ months_without_remission: 120 }, {}).answers.months_without_remission).toBe(120);
  });

  it('leave values at the criteria boundaries alone', () => {
    const fine: Answers = {
      age_years: 18,
      max_glucocorticoid_mg_per_kg_day: 2,
      months_without_remission: 3.5,
      lvef_pct: 54,
      egfr: 30,
      ast_x_uln: 3.1,
      alt_x_uln: 10,
      bilirubin_x_uln: 2.1,
      spo2_pct: 91,
      dlco_pct_pred: 39,
      fvc_pct_pred: 49,
    };
    const screened = screenAnswers(fine, {});
    expect(screened.flags).toEqual({});
    expect(screened.answers).toEqual(fine);
  });

  it('every guarded fact is a number fact, and every guard lies inside its range', () => {
    for (const [fact, guards] of Object.entries(GUARDS) as [FactId, NonNullable<(typeof GUARDS)[FactId]>][]) {
      const spec = FACTS[fact];
      expect('min' in spec).toBe(true);
      for (const g of guards) {
        if (g.to !== undefined) expect(g.to).toBeLessThanOrEqual((spec as { max: number }).max);
        if (g.from !== undefined) expect(g.from).toBeGreaterThanOrEqual((spec as { min: number }).min);
      }
    }
  });

  it('no value of the worked examples trips a guard', () => {
    for (const { name, answers } of examples as { name: string; answers: Answers }[])
      expect([name, screenAnswers(answers, {}).flags]).toEqual([name, {}]);
  });

  it('a flagged value never rules a child out: screening only ever removes answers', () => {
    const numberFacts = Object.keys(GUARDS) as FactId[];
    const arb = fc.record(
      Object.fromEntries(
        numberFacts.map((fact) => {
          const spec = FACTS[fact] as { type: string; min: number; max: number };
          const n =
            spec.type === 'integer'
              ? fc.integer({ min: spec.min, max: spec.max })
              : fc.double({ min: spec.min, max: spec.max, noNaN: true });
          return [fact, n];
        }),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, fc.boolean(), (answers, confirmAll) => {
        const confirmed = confirmAll ? answers : {};
        const { answers: kept, flags } = screenAnswers(answers as Answers, confirmed as Confirmed);
        for (const fact of Object.keys(kept) as FactId[]) expect(kept[fact]).toBe((answers as Answers)[fact]);
        for (const fact of Object.keys(flags) as FactId[])
          if (!confirmAll || flags[fact]!.impossible) expect(kept[fact]).toBeUndefined();
        // Unconfirmed, no flagged fact is left for the engine to fail on.
        if (!confirmAll) expect(Object.keys(kept).filter((f) => f in flags)).toEqual([]);
      }),
    );
  });
});
