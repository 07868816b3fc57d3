// What this tab keeps for Back and reload (src/components/checker/tabState.ts): read back like a saved
// file, so that nothing the form could not hold comes back; anything else in history.state is left alone.
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, readSnapshot } from '../../src/components/checker/tabState';

const KEY = 'nct06792344-checker';

describe('the snapshot kept in the history entry', () => {
  it('is empty when the entry holds none, or something else', () => {
    for (const state of [null, undefined, 'x', 3, [], {}, { other: 1 }, { [KEY]: 'text' }, { [KEY]: [] }])
      expect(readSnapshot(state)).toEqual(EMPTY_SNAPSHOT);
  });

  it('reads back answers, calculator inputs, open calculators and confirmed values', () => {
    const kept = {
      answers: { age_years: '12', ecg_normal: 'yes', other_immunomodulators: ['mycophenolate'], lvef_pct: '40' },
      calc: { egfr: { heightCm: '140', creatinine: '38', '=schwartz': 'Bedside Schwartz: Result: 134.5' } },
      open: ['egfr'],
      confirmed: { lvef_pct: 40 },
    };
    expect(readSnapshot({ [KEY]: kept, other: true })).toEqual(kept);
  });

  it('drops what no question or calculator could hold', () => {
    const snapshot = readSnapshot({
      [KEY]: {
        answers: { ecg_normal: 'maybe', no_such_fact: 'yes', age_years: '9', other_immunomodulators: ['x'] },
        calc: { egfr: { heightCm: 140, creatinine: 'x'.repeat(401), sex: 'male' }, nonsense: { a: '1' } },
        open: ['egfr', 'nonsense', 7],
        confirmed: { ecg_normal: 1, lvef_pct: '40' },
      },
    });
    expect(snapshot).toEqual({
      answers: { age_years: '9' },
      calc: { egfr: { sex: 'male' } },
      open: ['egfr'],
      confirmed: {},
    });
  });
});
