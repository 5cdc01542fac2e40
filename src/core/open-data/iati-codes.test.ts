import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dacRegionFor,
  DEFAULT_PUBLISHER,
  isPlaceholderPublisher,
  orgRefProblem,
  percentages,
  PLACEHOLDER_PUBLISHER_REF,
  publisherWith,
} from './iati-codes';

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

describe('the publisher', () => {
  it('is the placeholder by default, and a configured one is not', () => {
    expect(DEFAULT_PUBLISHER.reporting.ref).toBe(PLACEHOLDER_PUBLISHER_REF);
    expect(isPlaceholderPublisher(DEFAULT_PUBLISHER)).toBe(true);
    const p = publisherWith({ ref: 'GB-GOV-1', nameEn: ' Example Office ', nameZh: '示例办公室' });
    expect(isPlaceholderPublisher(p)).toBe(false);
    expect(p.reporting).toEqual({
      ref: 'GB-GOV-1',
      type: '10',
      nameEn: 'Example Office',
      nameZh: '示例办公室',
      secondaryReporter: true,
    });
    expect(p.funding).toEqual(DEFAULT_PUBLISHER.funding);
    expect(publisherWith({ ref: 'GB-GOV-1', nameEn: 'X', nameZh: ' ' }).reporting.nameZh).toBe(
      undefined,
    );
  });

  it('accepts IATI organisation identifiers and names what is wrong with others', () => {
    for (const ref of [
      'XM-DAC-41114',
      'GB-COH-01234567',
      'CN-USCC-91110000717828315T',
      PLACEHOLDER_PUBLISHER_REF,
    ]) {
      expect(orgRefProblem(ref)).toBeNull();
    }
    expect(orgRefProblem('XM-DAC 41114')).toMatch(/white space/);
    expect(orgRefProblem('XM-DAC-41/114')).toMatch(/\/ & \| \?/);
    expect(orgRefProblem('41114')).toMatch(/agency prefix/);
    expect(orgRefProblem('XM-DAC')).toMatch(/agency prefix/);
    expect(() => publisherWith({ ref: 'my org', nameEn: 'X' })).toThrow(
      /"my org" must have no white space/,
    );
    expect(() => publisherWith({ ref: 'XM-DAC-1', nameEn: ' ' })).toThrow(/needs a name/);
  });
});
