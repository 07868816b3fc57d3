import { describe, expect, it } from 'vitest';
import { and, not, or, type Tri } from '../../src/criteria/logic';

const T = true,
  F = false,
  U = null;
const name = (v: Tri) => (v === null ? 'unknown' : String(v));

describe('Kleene three-valued logic, full truth tables', () => {
  it.each([
    [T, T, T, T],
    [T, F, F, T],
    [T, U, U, T],
    [F, T, F, T],
    [F, F, F, F],
    [F, U, F, U],
    [U, T, U, T],
    [U, F, F, U],
    [U, U, U, U],
  ] as const)('%s and/or %s', (a, b, expectedAnd, expectedOr) => {
    expect(name(and([a, b]))).toBe(name(expectedAnd));
    expect(name(or([a, b]))).toBe(name(expectedOr));
  });
  it.each([
    [T, F],
    [F, T],
    [U, U],
  ] as const)('not %s is %s', (a, expected) => {
    expect(not(a)).toBe(expected);
  });
  it('treats empty AND as true and empty OR as false', () => {
    expect(and([])).toBe(true);
    expect(or([])).toBe(false);
  });
});
