import { describe, expect, it } from 'vitest';
import { measureEvaluate } from '../../scripts/measure-evaluate';

describe('evaluate on a full answer set', () => {
  it('takes under 20 µs (median) in Node', () => {
    const median = measureEvaluate();
    console.log(`evaluate median: ${median.toFixed(2)} µs`);
    expect(median).toBeLessThan(20);
  });
});
