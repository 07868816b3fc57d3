// What people type into number fields, with an English or a Chinese keyboard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/lib/numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    [' 0,5 ', 0.5],
    ['12.', 12],
    ['.5', 0.5],
    ['１２', 12],
    ['１２，５', 12.5],
    ['１２．５', 12.5],
    ['　５５　', 55],
    ['３．０', 3],
  ])('reads %j as %s', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', 'sixty', '12,5,0', '1e3', '-4', '五十五', '１２。５', '12 5', '0x10'])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('reads full-width digits exactly as their ASCII twins', () => {
    const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,4}([.,]\d{0,3})?$/), (ascii) => {
        expect(parseNumber(fullWidth(ascii))).toBe(parseNumber(ascii));
      }),
    );
  });
});
