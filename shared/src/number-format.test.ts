import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decimalsIn,
  formatSwedishNumber,
  NumberTooLargeError,
  parseAntal,
  parseSwedishNumber,
} from './number-format';

describe('parseSwedishNumber', () => {
  it.each([
    ['26 946', 26946],
    ['26\u00a0383', 26383],
    ['14,2', 14.2],
    ['41%', 41],
    ['41 %', 41],
    ['\u22123,5', -3.5],
    ['-7', -7],
  ])('reads %s as %d', (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });

  it('reads empty text as no value, not zero', () => {
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('  ')).toBeNull();
  });

  it.each(['abc', '1,2,3', '12a', '--1'])('refuses %s with a Swedish message', (text) => {
    expect(() => parseSwedishNumber(text)).toThrow(/är inte ett tal/);
  });

  it('reads back what it formats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, d) => {
          const value = n / 10 ** d;
          expect(parseSwedishNumber(formatSwedishNumber(value, d))).toBeCloseTo(value, d);
        },
      ),
    );
  });
});

describe('formatSwedishNumber', () => {
  it('writes decimal comma and thin-space thousands', () => {
    expect(formatSwedishNumber(26383)).toBe('26\u202f383');
    expect(formatSwedishNumber(14.2, 1)).toBe('14,2');
  });
});

describe('parseAntal', () => {
  it.each([
    ['15', { min: 15, max: 15 }],
    ['50-75', { min: 50, max: 75 }],
    ['2,4', { min: 2.4, max: 2.4 }],
  ])('reads %s', (raw, bounds) => {
    expect(parseAntal(raw)).toEqual(bounds);
  });

  it('gives null where there is no number', () => {
    expect(parseAntal(null)).toBeNull();
    expect(parseAntal('ett par')).toBeNull();
  });
});

describe('decimalsIn', () => {
  it('counts decimals after the comma', () => {
    expect(decimalsIn('14,2')).toBe(1);
    expect(decimalsIn('26 946')).toBe(0);
  });
});

describe('numbers past what a figure can be', () => {
  it('refuses a number text JavaScript would read as Infinity, or past ±1e12', () => {
    expect(() => parseSwedishNumber('9'.repeat(400))).toThrow(NumberTooLargeError);
    expect(() => parseSwedishNumber('-1 000 000 000 001')).toThrow(/för stort/);
    expect(parseSwedishNumber('1 000 000 000 000')).toBe(1e12);
    expect(() => parseAntal(`1-${'9'.repeat(400)}`)).toThrow(NumberTooLargeError);
  });
});
