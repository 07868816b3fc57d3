import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, FACTS, FACT_IDS, IMMUNOMODULATORS, type FactId } from '../../src/criteria';

const STATUSES = ['pass', 'fail', 'unknown', 'review'];

/** A valid value for each fact, drawn from its type and range. */
function valueOf(id: FactId): fc.Arbitrary<unknown> {
  const spec = FACTS[id];
  if (spec.type === 'boolean') return fc.boolean();
  if (spec.type === 'enum[]') return fc.uniqueArray(fc.constantFrom(...IMMUNOMODULATORS), { maxLength: 3 });
  if (spec.type === 'integer') return fc.integer({ min: spec.min, max: spec.max });
  return fc.double({ min: spec.min, max: spec.max, noNaN: true });
}

/** Full, valid, non-contradictory answers: the yes/no pulmonary hypertension answer agrees with a measured mPAP. */
const fullAnswers = fc
  .record(Object.fromEntries(FACT_IDS.map((id) => [id, valueOf(id)])) as Record<FactId, fc.Arbitrary<unknown>>)
  .map((a) => ({ ...a, severe_pulmonary_hypertension: (a.mpap_mmhg as number) > 45 }));

describe('evaluate, for any input', () => {
  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...FACT_IDS, '__proto__', 'x'), fc.jsonValue())),
        (input) => {
          const result = evaluate(input);
          expect(['likely_eligible', 'review', 'incomplete', 'ineligible']).toContain(result.verdict);
          expect(result.criteria).toHaveLength(20);
          for (const c of result.criteria) expect(STATUSES).toContain(c.status);
          for (const i of result.invalid) expect(i.message).toContain(i.field === '(answers)' ? 'answers' : i.field);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('evaluate is monotone', () => {
  it('adding answers never changes a criterion already passed or failed, nor undoes ineligible', () => {
    fc.assert(
      fc.property(
        fullAnswers,
        fc.array(fc.boolean(), { minLength: FACT_IDS.length, maxLength: FACT_IDS.length }),
        fc.array(fc.boolean(), { minLength: FACT_IDS.length, maxLength: FACT_IDS.length }),
        (full, keepA, keepB) => {
          // partial ⊆ superset ⊆ full
          const partial = Object.fromEntries(
            FACT_IDS.filter((_, i) => keepA[i] && keepB[i]).map((id) => [id, full[id]]),
          );
          const superset = Object.fromEntries(FACT_IDS.filter((_, i) => keepA[i]).map((id) => [id, full[id]]));
          const before = evaluate(partial);
          const after = evaluate(superset);
          before.criteria.forEach((c, i) => {
            if (c.status === 'pass' || c.status === 'fail') expect(after.criteria[i]!.status, c.id).toBe(c.status);
          });
          if (before.verdict === 'ineligible') expect(after.verdict).toBe('ineligible');
        },
      ),
      { numRuns: 500 },
    );
  });
});
