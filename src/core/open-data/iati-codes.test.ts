import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dacRegionFor, percentages } from './iati-codes';

describe('percentages', () => {
  it('splits 100 in proportion, in hundredths, summing to exactly 100', () => {
    expect(percentages([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(percentages([3, 1])).toEqual([75, 25]);
    expect(percentages([0, 5])).toEqual([0, 100]);
    expect(percentages([0, 0])).toEqual([50, 50]);
    expect(percentages([])).toEqual([]);
  });

  it('always sums to 100 with at most two decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (w) => {
          const p = percentages(w);
          const cents = p.map((x) => Math.round(x * 100));
          expect(cents.reduce((a, b) => a + b, 0)).toBe(10_000);
          p.forEach((x, i) => expect(Math.abs(x * 100 - cents[i]!)).toBeLessThan(1e-6));
        },
      ),
    );
  });

  it('refuses negative or non-finite weights', () => {
    expect(() => percentages([1, -1])).toThrow(/weights must be finite and >= 0/);
    expect(() => percentages([Number.NaN])).toThrow(RangeError);
  });
});

describe('dacRegionFor', () => {
  it('maps an organisation region to an OECD DAC regional code, the world to 998', () => {
    expect(dacRegionFor('Africa')).toBe('298');
    expect(dacRegionFor('Europe')).toBe('89');
    expect(dacRegionFor('Asia')).toBe('798');
    expect(dacRegionFor(null)).toBe('998');
  });
});
